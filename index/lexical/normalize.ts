import * as OpenCC from 'opencc-js';

const toSimplified = OpenCC.Converter({ from: 't', to: 'cn' });

/** Traditional → simplified Chinese (OpenCC `t` → `cn`), character by character; other text unchanged. */
export function toSimplifiedChinese(text: string): string {
  return toSimplified(text);
}

/**
 * A pinyin gloss such as `(jiān)` right after a Han character, as some converters insert: one syllable,
 * at most 6 letters (`zhuàng`; 8 code points allows decomposed tone marks), so `(暫行)` or `(2021-2025年)` stay.
 */
export const PINYIN_GLOSS = /(?<=\p{Script=Han})\((?:[a-zü]|[\u00e0-\u01dc\u0300-\u036f]){1,8}\)/gu;

/**
 * The form text is compared and indexed in: simplified script, NFKC (full-width → half-width),
 * pinyin glosses removed, no whitespace. Quotes shown to users are never this form.
 */
export function normalizeForIndex(text: string): string {
  const simplified = toSimplifiedChinese(text.normalize('NFKC'));
  return simplified.replace(PINYIN_GLOSS, '').replace(/\s+/gu, '');
}
