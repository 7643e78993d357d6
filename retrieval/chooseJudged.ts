import type { ReportMeta } from '../index/index.js';

/**
 * Most reports a comparison judges in full (each against all of its passages: judgeReport). Measured with
 * `npm run bench:compare -- --data-dir DIR --judged N` on the synthetic 10⁵-passage index (2,500 reports of 40
 * passages, 10 topics, load average 8–9 on 2 cores): CPU per comparison 54 ms judging none (the topic's
 * embedding, the naming query, the candidate pool), 107 ms at 20, 210 ms at 60, 324 ms at 120 — about 2–3 ms
 * a report (its passages and vectors read, BM25 within it, ranking, the quote); wall clock p50 0.45 s at 60,
 * 0.64 s at 120, the slowest cold one 1.4 s either way. 60 keeps a comparison well within a second or two on a
 * loaded machine, and more would not be read: 60 quoted reports already fill three to five messages. Past
 * it the filter buttons narrow the comparison to what is left.
 */
export const JUDGED_REPORTS = 60;

/** Which of a comparison's reports are judged, and what is known of the others. */
export interface JudgingPlan {
  /** Judged in full, best placed first. */
  judged: ReportMeta[];
  /** Not judged, and may name the topic (or, when that cannot be told, every report not judged). */
  unjudged: ReportMeta[];
  /** Not judged, and known to hold none of the topic's words: silent without judging. */
  silent: ReportMeta[];
}

/**
 * Chooses the reports a comparison judges (pure). Up to `limit` reports all are judged, as before. Past it:
 * first the reports that may name the topic (`naming`: report id → passages that may name it; undefined when
 * that cannot be told), those among the corpus-wide candidates (`pool`, report ids best first) in that order,
 * then the others by how many of their passages name it; then, while room is left, the candidates' other
 * reports (close in meaning, perhaps "related"). A report not judged that names nothing is silent; one that may
 * name the topic is counted as not judged, never called silent.
 */
export function chooseJudged(allowed: readonly ReportMeta[], naming: ReadonlyMap<string, number> | undefined, pool: readonly string[], limit = JUDGED_REPORTS): JudgingPlan {
  if (allowed.length <= limit) return { judged: [...allowed], unjudged: [], silent: [] };
  const rank = new Map(pool.map((id, i) => [id, i]));
  const names = (r: ReportMeta): boolean => naming === undefined || naming.has(r.id);
  const byPool = (a: ReportMeta, b: ReportMeta) => (rank.get(a.id) ?? Infinity) - (rank.get(b.id) ?? Infinity);
  const holders = allowed
    .filter(names)
    .sort((a, b) => byPool(a, b) || (naming?.get(b.id) ?? 0) - (naming?.get(a.id) ?? 0) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const close = allowed.filter((r) => !names(r) && rank.has(r.id)).sort(byPool);
  const judged = [...holders, ...close].slice(0, limit);
  const chosen = new Set(judged.map((r) => r.id));
  const rest = allowed.filter((r) => !chosen.has(r.id));
  return { judged, unjudged: rest.filter(names), silent: rest.filter((r) => !names(r)) };
}
