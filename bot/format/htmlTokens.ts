/** One piece of Telegram HTML: a tag, or one visible character (a code point or an entity). */
export type HtmlToken =
  | { kind: 'open'; name: string; raw: string }
  | { kind: 'close'; name: string; raw: string }
  /** `length` is what the character counts in Telegram's limit: UTF-16 code units after entity parsing. */
  | { kind: 'char'; raw: string; value: string; length: number };

const NAMED: Record<string, string> = { lt: '<', gt: '>', amp: '&', quot: '"' };

function decodeEntity(raw: string): string {
  const body = raw.slice(1, -1);
  if (body.startsWith('#x') || body.startsWith('#X')) return String.fromCodePoint(parseInt(body.slice(2), 16));
  if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
  return NAMED[body] ?? raw;
}

/**
 * Splits HTML the bot produced (well-formed, escaped) into tags and visible characters. Lenient by design:
 * validating belongs to the fake Bot API in tests, not to the bot.
 */
export function tokenizeHtml(html: string): HtmlToken[] {
  const tokens: HtmlToken[] = [];
  const re = /<\/([a-z-]+)\s*>|<([a-z-]+)(\s[^>]*)?>|&(?:#x[0-9a-f]+|#\d+|[a-z]+);|[\s\S]/giu;
  for (const m of html.matchAll(re)) {
    const raw = m[0];
    if (m[1] !== undefined) tokens.push({ kind: 'close', name: m[1].toLowerCase(), raw });
    else if (m[2] !== undefined) tokens.push({ kind: 'open', name: m[2].toLowerCase(), raw });
    else {
      const value = raw.startsWith('&') && raw.length > 1 ? decodeEntity(raw) : raw;
      tokens.push({ kind: 'char', raw, value, length: value.length });
    }
  }
  return tokens;
}

/** The text Telegram shows for `html`: tags removed, entities decoded. */
export function htmlToText(html: string): string {
  return tokenizeHtml(html)
    .map((t) => (t.kind === 'char' ? t.value : ''))
    .join('');
}

/** Length of `html` as Telegram counts it against the 4096 limit: UTF-16 code units of the text after entity parsing. */
export function telegramLength(html: string): number {
  let n = 0;
  for (const t of tokenizeHtml(html)) if (t.kind === 'char') n += t.length;
  return n;
}
