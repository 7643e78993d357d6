import { hanBigrams, indexWords, queryWords } from '../../index/index.js';
import { QUESTION_WORDS } from './lexicon/questionWords.js';

/** The searchable words of a question. */
export interface QueryTerms {
  /** Topic words (jieba precise mode, question words dropped), in order, without repeats. */
  words: string[];
  /** Han bigrams inside each topic word, without repeats. */
  bigrams: string[];
  /** The shorter words inside each compound topic word (信访工作 → 信访, 工作), as the index splits them. */
  parts: Map<string, string[]>;
}

/** Splits a normalised question into topic words and their bigrams (pure). */
export function queryTerms(normalized: string): QueryTerms {
  // A lone Latin letter (石狮 x 法律顾问) is a typo, not a topic.
  const words = [...new Set(queryWords(normalized.replace(/\s+/g, ' ')).filter((w) => !QUESTION_WORDS.has(w) && !/^[a-z]$/.test(w)))];
  const bigrams = [...new Set(words.flatMap((w) => hanBigrams(w)))];
  const parts = new Map(words.map((w) => [w, indexWords(w).filter((part) => part !== w && part.length >= 2)]));
  return { words, bigrams, parts };
}

/** An FTS5 MATCH expression: any topic word in the words column or any bigram in the bigrams column. */
export function ftsMatch(terms: QueryTerms): string | undefined {
  const quote = (term: string) => `"${term.replace(/"/g, '""')}"`;
  const parts: string[] = [];
  if (terms.words.length) parts.push(`words : (${terms.words.map(quote).join(' OR ')})`);
  if (terms.bigrams.length) parts.push(`bigrams : (${terms.bigrams.map(quote).join(' OR ')})`);
  return parts.length ? parts.join(' OR ') : undefined;
}
