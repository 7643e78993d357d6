import type { PassageReader, VectorHit } from '../index/index.js';
import { cosine } from './corpusSnapshot.js';
import type { RankingConfig } from './rank/index.js';

/**
 * Most named reports whose own passages are searched besides the corpus-wide lists: a name that stands for
 * more (福建 naming every Fujian report) is left to the lists and the place filter. Bounds the work to this
 * many reports' passages (a report holds 20–300).
 */
export const NAMED_REPORTS_SEARCHED = 8;

/** The two candidate lists of a question: BM25 hits and nearest vectors, best first. */
export interface CandidateLists {
  lexical: Array<{ rowid: number; score: number }>;
  dense: VectorHit[];
}

/**
 * The corpus-wide lists with the named reports' own nearest passages merged into the dense list at the places
 * their similarities give them (exact cosine to each of the report's stored vectors). A report named by the
 * question (海南省2022年…有什么亮点) is answered from its own passages even when none of them is among the
 * corpus-wide top `ranking.candidates`, which at 10⁶ passages is the rule rather than the exception; their
 * words still count through each candidate's coverage. BM25 within the report is not run: FTS5 scores the
 * whole corpus's postings before the report filter applies (+25–40 ms CPU per question at 10⁵ passages).
 * Reads the store (one prepared statement per report); no change when nothing or too much is named.
 */
export function withNamedReports(reader: Pick<PassageReader, 'reportPassageVectors'>, named: readonly string[], vector: Float32Array | undefined, ranking: RankingConfig, lists: CandidateLists): CandidateLists {
  if (named.length === 0 || named.length > NAMED_REPORTS_SEARCHED || !vector || ranking.mode === 'lexical') return lists;
  const dense = [...lists.dense];
  for (const reportId of named) {
    const own = reader.reportPassageVectors(reportId).map((r) => ({ rowid: r.rowid, similarity: cosine(vector, r.vector) }));
    dense.push(...own.sort((a, b) => b.similarity - a.similarity).slice(0, ranking.candidates));
  }
  return { lexical: lists.lexical, dense: uniqueBest(dense, (h) => h.similarity) };
}

/** One hit per row id, best first (pure). */
function uniqueBest<T extends { rowid: number }>(hits: T[], score: (hit: T) => number): T[] {
  const seen = new Set<number>();
  return hits.sort((a, b) => score(b) - score(a) || a.rowid - b.rowid).filter((h) => !seen.has(h.rowid) && seen.add(h.rowid));
}
