/**
 * Escapes text for Telegram's HTML parse mode: the three characters Telegram requires escaped
 * outside tags (https://core.telegram.org/bots/api#html-style), plus `"` so the result is safe in attributes too.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}
