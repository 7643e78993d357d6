/** One ranked list to fuse: ids best first, and how much this list counts. */
export interface RankedList {
  ids: number[];
  weight: number;
}

/**
 * Weighted reciprocal-rank fusion (Cormack et al., 2009): score(id) = Σ weight / (k + rank), rank from 1.
 * Returns ids with fused scores, best first. `k` defaults to 60, the paper's value.
 */
export function fuseRanks(lists: RankedList[], k = 60): Array<{ id: number; score: number }> {
  const scores = new Map<number, number>();
  for (const list of lists) {
    list.ids.forEach((id, index) => scores.set(id, (scores.get(id) ?? 0) + list.weight / (k + index + 1)));
  }
  return [...scores].map(([id, score]) => ({ id, score })).sort((a, b) => b.score - a.score || a.id - b.id);
}
