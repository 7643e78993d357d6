/** Knobs of the ranking, with the defaults measured best on the dev set (`npm run eval`). */
export interface RankingConfig {
  /** Candidates taken from each of the lexical and dense lists. */
  candidates: number;
  /** Weight of the BM25 list in rank fusion. */
  lexicalWeight: number;
  /** Weight of the dense list in rank fusion. */
  denseWeight: number;
  /** Reciprocal-rank-fusion constant. */
  rrfK: number;
  /** BM25 weights of the words and bigrams columns. */
  bm25: { words: number; bigrams: number };
  /** When a question asks about several places: most results one report may hold before others get a turn. */
  perReportWhenMany: number;
  /** Prepend the model card's query instruction before embedding questions. */
  queryInstruction: boolean;
  /** Weight of each candidate's evidence (similarity + coverageWeight × coverage) added to the fused score. */
  evidenceWeight: number;
  /** Weight of coverage within that evidence. */
  coverageWeight: number;
  /** Weight of phrase matches (adjacent question words side by side in the passage) within that evidence. */
  phraseWeight: number;
  /** Which ranking: both lists fused with evidence (default), or one list alone, for comparison (the not-found rule is the same for all). */
  mode: 'fused' | 'lexical' | 'dense';
}

/** The defaults. */
export const DEFAULT_RANKING: RankingConfig = {
  candidates: 50,
  lexicalWeight: 1,
  denseWeight: 1,
  rrfK: 60,
  bm25: { words: 1, bigrams: 0.5 },
  perReportWhenMany: 2,
  evidenceWeight: 0.02,
  coverageWeight: 0.3,
  phraseWeight: 0.2,
  queryInstruction: true,
  mode: 'fused',
};
