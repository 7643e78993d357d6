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

/**
 * `npm run calibrate -- --coverage-weight 0.3` fits threshold 0.61 on the 50 calibration questions: every
 * in-scope one answered, 24 of 25 out-of-scope rejected (怎么申请专利 shares 专利 and 申请 with a passage), with
 * a margin of 0.044. A free coverage weight (0.05) separates all 50 but by a margin of 0.004, and weighs
 * coverage too little to keep weak passages from being shown as padding.
 */
export const DEFAULT_THRESHOLDS: RelevanceThresholds = { coverageWeight: 0.3, threshold: 0.61, tailMargin: 0.16 };

/** The evidence of relevance as one number; the decision compares it with `threshold`. */
export function relevanceScore(f: RelevanceFeatures, t: RelevanceThresholds = DEFAULT_THRESHOLDS): number {
  return f.similarity + t.coverageWeight * f.coverage;
}

/** True when a passage plausibly answers the question (pure). */
export function judgeRelevance(f: RelevanceFeatures, t: RelevanceThresholds = DEFAULT_THRESHOLDS): boolean {
  return relevanceScore(f, t) >= t.threshold;
}
