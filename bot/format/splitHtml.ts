import { type HtmlToken, tokenizeHtml } from './htmlTokens.js';

type OpenTag = Extract<HtmlToken, { kind: 'open' }>;

/** Characters after which a cut reads naturally: line ends and Chinese/Latin sentence ends. */
const BREAK_AFTER = new Set(['\n', '。', '！', '？', '；', '!', '?', ';']);

const closeAll = (stack: OpenTag[]): string => [...stack].reverse().map((t) => `</${t.name}>`).join('');
const reopen = (stack: OpenTag[]): string => stack.map((t) => t.raw).join('');

/**
 * Cuts well-formed HTML into pieces of at most `maxChars` visible characters (Telegram's count), never inside a
 * tag, an entity or a surrogate pair. Prefers to cut after a sentence end in the second half of a piece; tags open
 * at a cut are closed and reopened in the next piece, so every piece is balanced. The first piece may be given a
 * smaller limit (`firstMaxChars`), to fill what is left of a message.
 */
export function splitHtml(html: string, maxChars: number, firstMaxChars = maxChars): string[] {
  if (maxChars < 1 || firstMaxChars < 1) throw new RangeError(`limits must be at least 1, got ${maxChars} and ${firstMaxChars}`);
  const tokens = tokenizeHtml(html);
  const pieces: string[] = [];
  let start = 0;
  let prefix: OpenTag[] = [];
  while (start < tokens.length) {
    const limit = start === 0 ? firstMaxChars : maxChars;
    const stack = [...prefix];
    let visible = 0;
    let end = tokens.length;
    let endStack = stack;
    let lastBreak: { index: number; stack: OpenTag[]; visible: number } | undefined;
    for (let i = start; i < tokens.length; i++) {
      const t = tokens[i] as HtmlToken;
      if (t.kind === 'open') stack.push(t);
      else if (t.kind === 'close') stack.pop();
      else if (visible + t.length > limit && visible > 0) {
        if (lastBreak !== undefined && lastBreak.visible >= limit / 2) {
          end = lastBreak.index;
          endStack = lastBreak.stack;
        } else {
          end = i;
          endStack = [...stack];
          // Leave tags opened right at the cut for the next piece rather than sending them empty.
          while (end > start && tokens[end - 1]?.kind === 'open') {
            end--;
            endStack.pop();
          }
        }
        break;
      } else {
        visible += t.length;
        if (BREAK_AFTER.has(t.value)) lastBreak = { index: i + 1, stack: [...stack], visible };
      }
    }
    const body = tokens.slice(start, end).map((t) => t.raw).join('');
    const piece = reopen(prefix) + body + (end < tokens.length ? closeAll(endStack) : '');
    if (tokens.slice(start, end).some((t) => t.kind === 'char' && t.value.trim() !== '')) pieces.push(piece);
    start = end;
    prefix = endStack;
  }
  return pieces;
}
