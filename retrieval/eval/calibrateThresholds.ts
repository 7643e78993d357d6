import { relevanceScore } from '../rank/index.js';
import type { RelevanceFeatures, RelevanceThresholds } from '../rank/index.js';

/** The best candidate's evidence for a question, and whether the question is in scope. */
export interface CalibrationPoint {
  features: RelevanceFeatures;
  inScope: boolean;
}

/** How well thresholds separate the points. */
export interface CalibrationResult {
  thresholds: Pick<RelevanceThresholds, 'coverageWeight' | 'threshold'>;
  /** Share of in-scope questions answered. */
  recall: number;
  /** Share of out-of-scope questions answered "nothing found". */
  rejection: number;
  /** Smallest distance of any point's score from the threshold, relative to the score scale. */
  margin: number;
}

/**
 * Fits the not-found rule: for each coverage weight on a grid, the threshold halfway across the widest
 * gap that best separates in-scope from out-of-scope points (mean of recall and rejection first, then
 * margin). With `fixedCoverageWeight`, only the threshold is fitted. Pure.
 */
export function calibrateThresholds(points: CalibrationPoint[], fixedCoverageWeight?: number): CalibrationResult {
  let best: CalibrationResult | undefined;
  const weights = fixedCoverageWeight === undefined ? Array.from({ length: 41 }, (_, step) => Number((step * 0.05).toFixed(2))) : [fixedCoverageWeight];
  for (const coverageWeight of weights) {
    const scored = points
      .map((p) => ({ score: relevanceScore(p.features, { coverageWeight, threshold: 0, tailMargin: 0 }), inScope: p.inScope }))
      .sort((a, b) => a.score - b.score);
    const scale = 1 + coverageWeight;
    for (let cut = 0; cut <= scored.length; cut++) {
      const below = scored[cut - 1]?.score ?? (scored[0]?.score ?? 0) - 0.1;
      const above = scored[cut]?.score ?? below + 0.1;
      const threshold = (below + above) / 2;
      const inScope = scored.filter((p) => p.inScope);
      const outScope = scored.filter((p) => !p.inScope);
      const recall = inScope.filter((p) => p.score >= threshold).length / Math.max(1, inScope.length);
      const rejection = outScope.filter((p) => p.score < threshold).length / Math.max(1, outScope.length);
      const margin = (above - below) / 2 / scale;
      const candidate = { thresholds: { coverageWeight, threshold: Number(threshold.toFixed(3)) }, recall, rejection, margin };
      if (!best || better(candidate, best)) best = candidate;
    }
  }
  return best!;
}

function better(a: CalibrationResult, b: CalibrationResult): boolean {
  const accuracy = (r: CalibrationResult) => (r.recall + r.rejection) / 2;
  if (Math.abs(accuracy(a) - accuracy(b)) > 1e-9) return accuracy(a) > accuracy(b);
  return a.margin > b.margin;
}
