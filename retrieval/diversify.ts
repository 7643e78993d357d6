/** Words by which a question asks about several places at once. */
const MANY_PLACES = /各地|各个地方|多地|哪些地方|哪些地区|各区|各县|各市|各部门|各单位|各级|分别|对比|比较|异同/u;

/** True when the question asks how several places or bodies handle something. */
export function asksAboutManyPlaces(normalizedQuery: string): boolean {
  return MANY_PLACES.test(normalizedQuery);
}

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
