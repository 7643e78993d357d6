import { SIGNATURE } from '../clean/closingLines.js';
import { ANY_SMALL, ANY_YEAR, chineseNumber } from './chineseNumerals.js';

// 2024年1月15日, 2024 年 1 月 15 日印发, 二〇二四年一月十五日, 2025-01-21, 2022年02月15日
const CN_DATE = new RegExp(`^${ANY_YEAR}\\s*${ANY_SMALL}\\s*月\\s*${ANY_SMALL}\\s*日`, 'u');
const ISO_DATE = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})/u;

/** A printed date (`2024年1月15日`, `二〇二四年一月十五日`, `2025-01-21`) as YYYY-MM-DD, or undefined. */
export function parseDate(text: string): string | undefined {
  const match = CN_DATE.exec(text.trim()) ?? ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [year, month, day] = [match[1], match[2], match[3]].map((part) => chineseNumber(part ?? ''));
  if (year === undefined || month === undefined || day === undefined || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

// 2024年2月, 二〇二四年二月: a date line that leaves out the day, alone or after the signature.
const CN_MONTH = new RegExp(`${ANY_YEAR}\\s*${ANY_SMALL}\\s*月$`, 'u');

/**
 * The year and month of a date line printed without its day (2024年2月, 二〇二四年元月) as YYYY-MM, among
 * a report's closing lines; undefined when none. Such a line dates the report for its covered year only.
 */
export function closingMonth(closing: readonly string[]): string | undefined {
  for (const line of closing) {
    const match = CN_MONTH.exec(line.trim());
    const [year, month] = [match?.[1], match?.[2]].map((part) => chineseNumber(part ?? ''));
    if (year !== undefined && month !== undefined && month >= 1 && month <= 12) return `${year}-${String(month).padStart(2, '0')}`;
  }
  return undefined;
}

/**
 * The issue date among a report's closing lines: the date under the signature, else the 印发 date
 * of the office that printed it; undefined when none is printed.
 */
export function closingDate(closing: readonly string[]): string | undefined {
  const dates = closing.map(withoutSignature);
  const signed = dates.find((line) => parseDate(line) && !/印\s*[发發]$/u.test(line));
  const printed = dates.find((line) => parseDate(line));
  return parseDate(signed ?? printed ?? '');
}

/** A closing line without the signature it may start with (汝城县人民政府 2024年1月15日 → 2024年1月15日). */
function withoutSignature(line: string): string {
  if (parseDate(line)) return line; // 二〇二四年一月十五日 alone is Han characters too
  const names = SIGNATURE.exec(line)?.[1];
  return names ? line.slice(names.length) : line;
}
