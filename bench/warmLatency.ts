import type { Searcher } from '../retrieval/index.js';

/** Warm latency of a searcher: one warm-up pass over `questions`, then `rounds` timed passes. */
export interface WarmLatency {
  /** Median, in milliseconds. */
  p50: number;
  /** 95th percentile, in milliseconds. */
  p95: number;
  /** How many questions were timed. */
  count: number;
  /** CPU time of this process per timed question (ms, all its threads: the model's included): what the method costs, less sensitive than wall time to other work on the machine. */
  cpuMs: number;
  /** Each question's median over the rounds (ms), slowest first. */
  perQuestion: Array<{ question: string; ms: number }>;
}

/**
 * Times `searcher.search` on every question, `rounds` times, after a warm-up pass (ms, wall clock): from the
 * question's text to its ranked, quoted and cited passages, the question's embedding included. `forget`, when
 * given, runs (untimed) before each timed question so that nothing kept from its earlier asking (its analysis)
 * is reused: each is timed as a user's new question.
 */
export async function warmLatency(searcher: Pick<Searcher, 'search'>, questions: readonly string[], rounds: number, forget?: () => void): Promise<WarmLatency> {
  for (const q of questions) await searcher.search(q);
  const times: number[] = [];
  const cpu = process.cpuUsage();
  const byQuestion = new Map<string, number[]>(questions.map((q) => [q, []]));
  for (let round = 0; round < rounds; round++) {
    for (const q of questions) {
      forget?.();
      const t = performance.now();
      await searcher.search(q);
      const ms = performance.now() - t;
      times.push(ms);
      byQuestion.get(q)!.push(ms);
    }
  }
  const used = process.cpuUsage(cpu);
  const perQuestion = [...byQuestion].map(([question, ms]) => ({ question, ms: percentile(ms, 50) })).sort((a, b) => b.ms - a.ms);
  return { p50: percentile(times, 50), p95: percentile(times, 95), count: times.length, cpuMs: (used.user + used.system) / 1000 / Math.max(1, times.length), perQuestion };
}

/** The `p`-th percentile of `values` (nearest rank); NaN when empty. */
export function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
}
