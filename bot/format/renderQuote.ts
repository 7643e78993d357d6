import { escapeHtml } from '../../prompts/index.js';
import type { Quote } from '../../retrieval/index.js';

const isLowSurrogate = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
};

/**
 * Highlight ranges made safe to use: clamped to the text, widened off the middle of a surrogate pair,
 * empty ones dropped, sorted, and overlapping or touching ones merged.
 */
export function normalizeHighlights(text: string, highlights: Array<[number, number]>): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const [a, b] of highlights) {
    let start = Math.max(0, Math.min(text.length, Math.floor(a)));
    let end = Math.max(0, Math.min(text.length, Math.ceil(b)));
    if (start > 0 && isLowSurrogate(text, start)) start--;
    if (end < text.length && isLowSurrogate(text, end)) end++;
    if (end > start) ranges.push([start, end]);
  }
  ranges.sort((x, y) => x[0] - y[0]);
  const merged: Array<[number, number]> = [];
  for (const r of ranges) {
    const last = merged[merged.length - 1];
    if (last !== undefined && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else merged.push([r[0], r[1]]);
  }
  return merged;
}

/** A quote as Telegram HTML: its text escaped, the sentences that answer the question (`highlights`, [start, end) UTF-16 offsets) in <b>. */
export function renderQuote(quote: Quote): string {
  let html = '';
  let pos = 0;
  for (const [start, end] of normalizeHighlights(quote.text, quote.highlights)) {
    html += escapeHtml(quote.text.slice(pos, start)) + '<b>' + escapeHtml(quote.text.slice(start, end)) + '</b>';
    pos = end;
  }
  return html + escapeHtml(quote.text.slice(pos));
}
