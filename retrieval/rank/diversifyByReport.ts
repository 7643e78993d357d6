/**
 * Reorders ranked items so that no report holds more than `perReport` of the leading places while others
 * have results: the best item of each report first, in rank order, then the rest (stable, pure).
 */
export function diversifyByReport<T extends { reportId: string }>(ranked: T[], perReport: number): T[] {
  const counts = new Map<string, number>();
  const head: T[] = [];
  const tail: T[] = [];
  for (const item of ranked) {
    const n = counts.get(item.reportId) ?? 0;
    (n < perReport ? head : tail).push(item);
    counts.set(item.reportId, n + 1);
  }
  return [...head, ...tail];
}
