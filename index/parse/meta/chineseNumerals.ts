const DIGITS: Readonly<Record<string, number>> = {
  '〇': 0, '○': 0, '零': 0, 'Ｏ': 0, O: 0, '0': 0, '一': 1, '二': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9,
};
/** A year written digit by digit in Chinese numerals: 二〇二三, 二○二三, 二零二三. */
export const CN_YEAR = '[一二][〇○零Ｏ0O一二三四五六七八九]{3}';
const CN_SMALL = '[一二三四五六七八九十]{1,3}|元';

/** 二〇二三 → 2023 (digit by digit); 十五 → 15, 二十一 → 21, 三十 → 30 (counting); undefined when not a numeral. */
export function chineseNumber(text: string): number | undefined {
  if (/^\d+$/u.test(text)) return Number(text);
  if (text === '元') return 1; // 元月: January
  if (new RegExp(`^${CN_YEAR}$`, 'u').test(text)) return Number([...text].map((c) => DIGITS[c]).join(''));
  const match = /^([一二三四五六七八九])?(十)?([一二三四五六七八九])?$/u.exec(text);
  if (!match || text === '') return undefined;
  const [, tens, ten, ones] = match;
  if (!ten) return tens && !ones ? DIGITS[tens] : undefined;
  return (tens ? (DIGITS[tens] ?? 0) : 1) * 10 + (ones ? (DIGITS[ones] ?? 0) : 0);
}

/** A year written `2023` or `二〇二三` followed by 年, as a pattern source with one capture group. */
export const ANY_YEAR = `(?<!\\d)((?:19|20)\\d{2}|${CN_YEAR})\\s*年`;
/** A month or day in Arabic or Chinese numerals, as a pattern source. */
export const ANY_SMALL = `(\\d{1,2}|${CN_SMALL})`;
