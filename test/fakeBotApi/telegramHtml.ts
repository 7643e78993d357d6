/** Result of parsing a message the way Telegram does in HTML parse mode. */
export type ParsedHtml = { ok: true; text: string } | { ok: false; error: string };

// https://core.telegram.org/bots/api#html-style: the supported tags.
const TAGS = new Set(['b', 'strong', 'i', 'em', 'u', 'ins', 's', 'strike', 'del', 'a', 'code', 'pre', 'tg-spoiler', 'span', 'blockquote', 'tg-emoji']);
const TAG = /^<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z-]+(?:="[^"]*"|='[^']*')?)*)\s*>/;
const ENTITY = /^&(#\d+|#x[0-9a-fA-F]+|lt|gt|amp|quot);/;
const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function attributeError(name: string, attrs: string): string | undefined {
  if (name === 'span' && !/^\s+class="tg-spoiler"$/.test(attrs)) return 'span needs class="tg-spoiler"';
  if (name === 'a' && !/^\s+href="[^"]*"$/.test(attrs)) return 'a needs exactly an href attribute';
  if (name === 'code' && attrs !== '' && !/^\s+class="language-[\w+-]+"$/.test(attrs)) return 'code takes only class="language-…"';
  if (name === 'blockquote' && attrs !== '' && !/^\s+expandable$/.test(attrs)) return 'blockquote takes only expandable';
  if (name === 'tg-emoji' && !/^\s+emoji-id="\d+"$/.test(attrs)) return 'tg-emoji needs emoji-id';
  if (!['span', 'a', 'code', 'blockquote', 'tg-emoji'].includes(name) && attrs.trim() !== '') return `${name} takes no attributes`;
  return undefined;
}

/**
 * Parses Telegram HTML strictly, as an independent check on the bot: only the supported tags, with their
 * attributes; tags balanced and properly nested; no nested blockquotes; every <, > and & outside tags escaped;
 * only &lt; &gt; &amp; &quot; and numeric entities. Returns the text Telegram would show.
 */
export function parseTelegramHtml(html: string): ParsedHtml {
  const stack: string[] = [];
  let text = '';
  let i = 0;
  const fail = (why: string): ParsedHtml => ({ ok: false, error: `Bad Request: can't parse entities: ${why} at byte offset ${Buffer.byteLength(html.slice(0, i))}` });
  while (i < html.length) {
    const rest = html.slice(i);
    const c = html[i] as string;
    if (c === '<') {
      const m = TAG.exec(rest);
      if (m === null) return fail("unexpected '<' (not a tag; escape it as &lt;)");
      const [raw, slash, rawName = '', attrs = ''] = m;
      const name = rawName.toLowerCase();
      if (slash === '/') {
        if (stack[stack.length - 1] !== name) return fail(`can't find end tag corresponding to start tag "${stack[stack.length - 1] ?? name}"`);
        stack.pop();
      } else {
        if (!TAGS.has(name)) return fail(`unsupported start tag "${name}"`);
        const bad = attributeError(name, attrs);
        if (bad !== undefined) return fail(bad);
        if (name === 'blockquote' && stack.includes('blockquote')) return fail('blockquote entities can\'t be nested');
        stack.push(name);
      }
      i += raw.length;
    } else if (c === '&') {
      const m = ENTITY.exec(rest);
      if (m === null) return fail("unescaped '&' (escape it as &amp;)");
      const body = m[1] as string;
      text += body.startsWith('#x') ? String.fromCodePoint(parseInt(body.slice(2), 16)) : body.startsWith('#') ? String.fromCodePoint(Number(body.slice(1))) : NAMED[body];
      i += m[0].length;
    } else if (c === '>') {
      return fail("unescaped '>' (escape it as &gt;)");
    } else {
      text += c;
      i++;
    }
  }
  if (stack.length > 0) return fail(`can't find end tag corresponding to start tag "${stack[stack.length - 1]}"`);
  return { ok: true, text };
}
