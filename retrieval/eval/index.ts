// Measuring retrieval: scoring eval question files, and fitting the not-found rule.
export { EvalItemSchema, parseEvalFile, scoreItem, summarize } from './evaluate.js';
export type { EvalItem, EvalRun, EvalSummary, ItemScore } from './evaluate.js';
export { calibrateThresholds } from './calibrateThresholds.js';
export type { CalibrationPoint, CalibrationResult } from './calibrateThresholds.js';
