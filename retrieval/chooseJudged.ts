import type { ReportMeta } from '../index/index.js';

/**
 * Most reports a comparison judges in full (each against all of its passages: judgeReport). Measured with
 * `npm run bench:compare` on the synthetic 10⁵-passage index (2,500 reports of 40 passages): judging costs
 * 2–4 ms a report on this 2-core machine (its passages and vectors read, BM25 within it, ranking, the quote),
 * so 60 reports keep a comparison near 0.2–0.3 s of judging on a quiet machine and under a second or two at a
 * load average of 8; more would not be read either: at about eight quoted reports a message, 60 reports
 * already fill seven or eight pages. Past it, the filter buttons narrow the comparison to what is left.
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
