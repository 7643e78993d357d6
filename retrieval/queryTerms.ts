import { hanBigrams, queryWords } from '../index/index.js';
import { QUESTION_WORDS } from './lexicon/questionWords.js';

/** The searchable words of a question. */
export interface QueryTerms {
  /** Topic words (jieba precise mode, question words dropped), in order, without repeats. */
  words: string[];
  /** Han bigrams inside each topic word, without repeats. */
  bigrams: string[];
}

/** Splits a normalised question into topic words and their bigrams (pure). */
export function queryTerms(normalized: string): QueryTerms {
  const words = [...new Set(queryWords(normalized.replace(/\s+/g, ' ')).filter((w) => !QUESTION_WORDS.has(w)))];
  const bigrams = [...new Set(words.flatMap((w) => hanBigrams(w)))];
  return { words, bigrams };
}

/** An FTS5 MATCH expression: any topic word in the words column or any bigram in the bigrams column. */
export function ftsMatch(terms: QueryTerms): string | undefined {
  const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
  const parts: string[] = [];
  if (terms.words.length) parts.push(`words : (${terms.words.map(quote).join(' OR ')})`);
  if (terms.bigrams.length) parts.push(`bigrams : (${terms.bigrams.map(quote).join(' OR ')})`);
  return parts.length ? parts.join(' OR ') : undefined;
}
