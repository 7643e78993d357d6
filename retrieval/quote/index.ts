// Quoting: a passage as a user sees it, its citation, and its context.
export { quotePassage, sentenceSpans } from './quotePassage.js';
export type { QuoteOptions, TermWeights } from './quotePassage.js';
export { citePassage, CITATION_SEPARATOR } from './citePassage.js';
export { passageContext } from './passageContext.js';
export type { ContextSource } from './passageContext.js';
