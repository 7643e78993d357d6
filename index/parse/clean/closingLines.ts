/** A report's body lines and the closing lines that followed them. */
export interface ClosingSplit {
  body: string[];
  /** 特此报告。, signature, date, 抄送, contact and 印发 lines, in order. */
  closing: string[];
}

// 2024年1月15日, 二〇二四年一月十五日, and a date line without its day (2024年2月).
const DATE = String.raw`(?:\d{4}|[一二][〇○零Ｏ0O一二三四五六七八九]{3})\s*年\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3}|元)\s*月(?:\s*(?:\d{1,2}|[一二三四五六七八九十]{1,3})\s*日)?`;

/**
 * A signature line: one body's name (石狮市人民政府, 福州高新区党政办公室) or a joint one (中共汝城县委 汝城县人民政府,
 * 中共某县委、某县人民政府), Han characters only, optionally followed by the date on the same line. Group 1: the names.
 */
export const SIGNATURE = new RegExp(String.raw`^(\p{Script=Han}{4,30}?(?:[\s、]+(?!${DATE})\p{Script=Han}{2,30}?){0,3})(?:\s*${DATE})?$`, 'u');

const CLOSING: readonly RegExp[] = [
  /^特此(?:报告|報告)[。.]?$/u,
  // 2024年1月15日, 2024年1月15日印发, 二〇二四年一月十五日, 2025-01-21
  new RegExp(String.raw`^${DATE}\s*(?:印\s*发|印\s*發)?$`, 'u'),
  /^\d{4}-\d{1,2}-\d{1,2}$/u,
  /^(?:抄送|抄報|抄报|主送)\s*[:：]/u,
  /^[(（]\s*(?:联系人|聯繫人|联系电话)\s*[:：]/u,
  /^[(（]此件(?:主动|公开|不予)[^)）]*[)）]$/u,
  SIGNATURE,
];

/**
 * Splits off the closing block at the end of a report: the trailing run of lines that are each a
 * closing line (特此报告。, signature, date, 抄送：…, the contact line, XX办公室 and its 印发 date).
 * Lines must be trimmed and non-empty.
 */
export function splitClosingLines(lines: readonly string[]): ClosingSplit {
  let start = lines.length;
  while (start > 0 && isClosingLine(lines[start - 1] ?? '')) start -= 1;
  return { body: lines.slice(0, start), closing: lines.slice(start) };
}

/** True for a line that closes a report rather than says something in it. */
export function isClosingLine(line: string): boolean {
  return CLOSING.some((pattern) => pattern.test(line));
}
