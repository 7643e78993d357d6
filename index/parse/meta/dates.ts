// 2024年1月15日, 2024 年 1 月 15 日印发, 2025-01-21
const CN_DATE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/u;
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})/u;

/** A printed date (`2024年1月15日`, `2025-01-21`) as YYYY-MM-DD, or undefined. */
export function parseDate(text: string): string | undefined {
  const match = CN_DATE.exec(text.trim()) ?? ISO_DATE.exec(text.trim());
  if (!match) return undefined;
  const [, year = '', month = '', day = ''] = match;
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/**
 * The issue date among a report's closing lines: the date under the signature, else the 印发 date
 * of the office that printed it; undefined when none is printed.
 */
export function closingDate(closing: readonly string[]): string | undefined {
  const signed = closing.find((line) => parseDate(line) && !/印\s*[发發]$/u.test(line));
  const printed = closing.find((line) => parseDate(line));
  return parseDate(signed ?? printed ?? '');
}
