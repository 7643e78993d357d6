// A question's analysis: the rule for a valid question, its normal form, names, topic words and intent.
export { analyzeQuestion, yearMismatch } from './analyzeQuestion.js';
export type { CorpusNames, QuestionAnalysis } from './analyzeQuestion.js';
export { checkQuestion, MAX_QUERY_CHARS } from './checkQuestion.js';
export type { QueryProblem, QuestionCheck } from './checkQuestion.js';
export { prepareQuery } from './prepareQuery.js';
export type { PreparedQuery } from './prepareQuery.js';
export { ftsMatch, queryTerms } from './queryTerms.js';
export type { QueryTerms } from './queryTerms.js';
export { namedReports, reportAliases } from './reportAliases.js';
export { isMostlyLatin, translateEnglish } from './translateEnglish.js';
export { asksAboutManyPlaces } from './asksAboutManyPlaces.js';
export { previousQuestion, resolveFollowUp } from './resolveFollowUp.js';
export type { PreviousQuestion } from './resolveFollowUp.js';
export { suggestSpellings } from './suggestSpellings.js';
export type { Spelling, SpellingSource } from './suggestSpellings.js';
