import * as OpenCC from 'opencc-js';

// OpenCC's Hong Kong table reads the Hong Kong and Macao forms (衞, 綫, 着) as well as the standard traditional ones.
const toSimplified = OpenCC.Converter({ from: 'hk', to: 'cn' });

/**
 * Traditional → simplified Chinese (OpenCC `hk` → `cn`: standard traditional, and the Hong Kong and Macao
 * variant forms a converted report may carry, 廣州市衞生健康委員會 → 广州市卫生健康委员会), character by
 * character; simplified text and other text unchanged.
 */
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
