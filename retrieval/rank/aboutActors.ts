import { normalizeForIndex } from '../../index/index.js';
import type { CorpusSnapshot } from '../corpusSnapshot.js';
import type { DocumentFrequencies } from './termWeights.js';

/**
 * Share of passages from which a sector's name is common report vocabulary (行政, 国家, 政府), not one
 * body: a question about 行政机关 is not narrowed to passages that say 行政.
 */
export const COMMON_ACTOR_SHARE = 0.05;

/** The sectors a question asks about that are particular in this corpus: held by under 5 % of passages (pure). */
export function particularActors(actors: readonly string[], df: DocumentFrequencies): string[] {
  return actors.filter((actor) => (df.words.get(actor) ?? 0) < COMMON_ACTOR_SHARE * df.passages);
}

/**
 * Whether a passage can speak for the sectors a question asks about (税务部门, 公安机关): it names each
 * of them, or its report is issued by such a body (a 卫生健康局's report says 我局, not 卫生). A passage
 * of another body that matches only the rest of the question (推进法治建设、规范执法) does not answer
 * a question about tax offices. True when there is no particular sector (pure over the snapshot).
 */
export function aboutActors(rowid: number, actors: readonly string[], snapshot: CorpusSnapshot): boolean {
  if (actors.length === 0) return true;
  const text = snapshot.normalized.get(rowid) ?? '';
  const reportId = snapshot.passages.get(rowid)?.reportId;
  const report = reportId === undefined ? undefined : snapshot.reports.get(reportId);
  const issuer = report ? [report.org, ...(snapshot.aliases.get(report.id) ?? [])].map(normalizeForIndex).join(' ') : '';
  return actors.every((actor) => text.includes(actor) || issuer.includes(actor));
}
