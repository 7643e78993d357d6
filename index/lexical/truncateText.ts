// Cutting text without breaking a character: the one helper for every place that shortens text.

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Longest grapheme cluster looked at around a cut (emoji ZWJ sequences and flags stay far below this). */
const WINDOW_UNITS = 64;

/**
 * The largest grapheme boundary at or before `at` (a UTF-16 offset into `text`): a cut there splits neither a
 * surrogate pair (a Han character outside the BMP, 𠀀) nor a user-perceived character (👍🏽, 🇨🇳, e + ◌́). Pure.
 */
export function graphemeBoundary(text: string, at: number): number {
  if (at <= 0) return 0;
  if (at >= text.length) return text.length;
  const start = Math.max(0, at - WINDOW_UNITS);
  let boundary = start;
  for (const { index } of graphemes.segment(text.slice(start, Math.min(text.length, at + WINDOW_UNITS)))) {
    if (start + index > at) break;
    boundary = start + index;
  }
  // The window may begin inside a cluster; never go back before it, and never split a surrogate pair.
  if (boundary === start && start > 0 && isLowSurrogate(text.charCodeAt(at))) return at - 1;
  return boundary;
}

/**
 * `text` when it has at most `maxUnits` UTF-16 code units (Telegram's measure), else its longest prefix ending on a
 * grapheme boundary that leaves room for `ellipsis`, followed by it. Never returns a lone surrogate. Pure.
 */
export function truncateText(text: string, maxUnits: number, ellipsis = ''): string {
  if (text.length <= maxUnits) return text;
  const room = Math.max(0, maxUnits - ellipsis.length);
  return text.slice(0, graphemeBoundary(text, room)) + ellipsis;
}

/** True when `text` has no lone surrogate, so it is valid UTF-16 and can be encoded as UTF-8 (Telegram refuses otherwise). */
export function isWellFormedText(text: string): boolean {
  return !/\p{Cs}/u.test(text);
}

/** `text` with every lone surrogate replaced by U+FFFD, as TextEncoder would encode it. */
export function toWellFormedText(text: string): string {
  return text.replace(/\p{Cs}/gu, '\uFFFD');
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}
