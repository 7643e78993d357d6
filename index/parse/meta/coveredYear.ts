const YEAR = /(?<!\d)(20\d{2}|19\d{2})\s*年/gu;

/**
 * The year a report covers: the year in its title (关于2023年度… → 2023); without a title, the year
 * its text names most often; else the year before its issue date (reports are issued early in the
 * next year); else null.
 */
export function coveredYear(title: string | undefined, text: string, date: string | undefined): number | null {
  const inTitle = title ? /(?<!\d)(\d{4})\s*年/u.exec(title)?.[1] : undefined;
  if (inTitle) return Number(inTitle);
  const counts = new Map<number, number>();
  for (const match of text.matchAll(YEAR)) {
    const year = Number(match[1]);
    counts.set(year, (counts.get(year) ?? 0) + 1);
  }
  const [top] = [...counts].sort((a, b) => b[1] - a[1] || a[0] - b[0]);
  if (top) return top[0];
  return date ? Number(date.slice(0, 4)) - 1 : null;
}
