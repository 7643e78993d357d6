/**
 * Reorders ranked items so that no report holds more than `perReport` of the leading places while others
 * have results: the best items of each report first, in rank order, then the rest (stable, pure). `keyOf`
 * groups items otherwise (a place's several reports as one); by default each report is its own group.
 */
export function diversifyByReport<T extends { reportId: string }>(ranked: T[], perReport: number, keyOf: (item: T) => string = (item) => item.reportId): T[] {
  const counts = new Map<string, number>();
  const head: T[] = [];
  const tail: T[] = [];
  for (const item of ranked) {
    const key = keyOf(item);
    const n = counts.get(key) ?? 0;
    (n < perReport ? head : tail).push(item);
    counts.set(key, n + 1);
  }
  return [...head, ...tail];
}
