// Public surface of index/: turning reports into stored, searchable passages and reading them back.
export type { Passage, ParsedReport, ReportMeta } from './types.js';
export { AppError, isAppError } from './error.js';
export type { ErrorCode } from './error.js';
export type { Embedder } from './embedder.js';
export { loadTransformersEmbedder } from './transformersEmbedder.js';
export { normalizeForIndex, toSimplifiedChinese, PINYIN_GLOSS } from './normalize.js';
export { hanBigrams, queryWords } from './lexicalTerms.js';
export { PassageStore } from './store/passageStore.js';
export type { IndexStamp, StoredPassage, StoredReport } from './store/passageStore.js';
export { VectorIndex } from './store/vectorIndex.js';
export type { VectorHit } from './store/vectorIndex.js';
export { addReport } from './addReport.js';
export type { AddReportResult, ProgressFn } from './addReport.js';
export { syncSeeds } from './syncSeeds.js';
export type { SyncResult } from './syncSeeds.js';
export { reportIdOf } from './reportId.js';
export { indexPaths } from './indexPaths.js';
export { MODEL_ID } from './model/modelFiles.js';
