/** What is known of how well one passage answers a question. */
export interface RelevanceFeatures {
  /** Cosine similarity of question and passage embeddings. */
  similarity: number;
  /** IDF-weighted share of the question's topic words found in the passage, 0–1. */
  coverage: number;
}

/**
 * The not-found decision: a passage answers when similarity + coverageWeight × coverage reaches
 * `threshold`. Fitted by `npm run calibrate` on eval/calibration.jsonl (in-scope and out-of-scope
 * questions written for calibration, not the dev set).
 */
export interface RelevanceThresholds {
  coverageWeight: number;
  threshold: number;
  /** A passage shown below the best one must score at least the best score minus this (no padding with weak ones). */
  tailMargin: number;
}

/** Fitted by `npm run calibrate` (50 calibration questions: all separated, widest margin). */
export const DEFAULT_THRESHOLDS: RelevanceThresholds = { coverageWeight: 0.3, threshold: 0.612, tailMargin: 0.16 };

/** The evidence of relevance as one number; the decision compares it with `threshold`. */
export function relevanceScore(f: RelevanceFeatures, t: RelevanceThresholds = DEFAULT_THRESHOLDS): number {
  return f.similarity + t.coverageWeight * f.coverage;
}

/** True when a passage plausibly answers the question (pure). */
export function judgeRelevance(f: RelevanceFeatures, t: RelevanceThresholds = DEFAULT_THRESHOLDS): boolean {
  return relevanceScore(f, t) >= t.threshold;
}
