import type { Searcher } from '../retrieval/index.js';

/** Warm latency of a searcher: one warm-up pass over `questions`, then `rounds` timed passes. */
export interface WarmLatency {
  /** Median, in milliseconds. */
  p50: number;
  /** 95th percentile, in milliseconds. */
  p95: number;
  /** How many questions were timed. */
  count: number;
}

/** Times `searcher.search` on every question, `rounds` times, after a warm-up pass (ms, wall clock). */
export async function warmLatency(searcher: Pick<Searcher, 'search'>, questions: readonly string[], rounds: number): Promise<WarmLatency> {
  for (const q of questions) await searcher.search(q);
  const times: number[] = [];
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      const t = performance.now();
      await searcher.search(q);
      times.push(performance.now() - t);
    }
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), count: times.length };
}

/** The `p`-th percentile of `values` (nearest rank); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
