import { tokenizeHtml } from '../format/htmlTokens.js';

const ANSI = { bold: ['\x1b[1m', '\x1b[22m'], italic: ['\x1b[3m', '\x1b[23m'], underline: ['\x1b[4m', '\x1b[24m'] } as const;
const STYLE: Record<string, keyof typeof ANSI> = { b: 'bold', strong: 'bold', i: 'italic', em: 'italic', u: 'underline', ins: 'underline' };
/** Drawn before each line of a blockquote. */
const QUOTE_BAR = '│ ';

/**
 * Telegram HTML as terminal text: entities decoded, bold/italic/underline as ANSI styles when `color`, bold as
 * **…** otherwise, blockquotes with a bar on each line, links followed by their address.
 */
export function htmlToConsole(html: string, options: { color: boolean }): string {
  let out = '';
  let quoteDepth = 0;
  const hrefs: string[] = [];
  for (const token of tokenizeHtml(html)) {
    if (token.kind === 'char') {
      out += token.value === '\n' && quoteDepth > 0 ? `\n${QUOTE_BAR}` : token.value;
      continue;
    }
    const style = STYLE[token.name];
    const opening = token.kind === 'open';
    if (style !== undefined) {
      if (options.color) out += ANSI[style][opening ? 0 : 1];
      else if (style === 'bold') out += '**';
    } else if (token.name === 'blockquote') {
      if (opening) {
        if (out !== '' && !out.endsWith('\n')) out += '\n';
        out += QUOTE_BAR;
        quoteDepth++;
      } else quoteDepth = Math.max(0, quoteDepth - 1);
    } else if (token.name === 'a') {
      if (opening) hrefs.push(/href="([^"]*)"/.exec(token.raw)?.[1] ?? '');
      else out += ` (${hrefs.pop() ?? ''})`;
    }
  }
  return out;
}
