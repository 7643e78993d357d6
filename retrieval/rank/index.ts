// Ranking: fusing the lexical and dense lists, the evidence of each candidate, and the not-found rule.
export { rankCandidates, phraseShare } from './rankCandidates.js';
export type { RankedCandidate, RankingQuery } from './rankCandidates.js';
export { fuseRanks } from './fuseRanks.js';
export type { RankedList } from './fuseRanks.js';
export { diversifyByReport } from './diversifyByReport.js';
export { DEFAULT_RANKING } from './rankingConfig.js';
export type { RankingConfig } from './rankingConfig.js';
export { idf, termCoverage, termWeights } from './termWeights.js';
export type { DocumentFrequencies } from './termWeights.js';
export { DEFAULT_THRESHOLDS, judgeRelevance, relevanceScore } from './judgeRelevance.js';
export type { RelevanceFeatures, RelevanceThresholds } from './judgeRelevance.js';
export { passageKind } from './passageKind.js';
export type { PassageKind } from './passageKind.js';
export { selectReports, matchesFilter, liesIn, issuerTier, placeOrder } from './selectReports.js';
export type { ReportSelection } from './selectReports.js';
export { kindOrder } from './kindOrder.js';
export { filterChoices, MAX_FILTER_CHOICES } from './filterChoices.js';
export type { FilterChoice } from './filterChoices.js';
