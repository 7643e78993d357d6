import { hanBigrams } from '../index/index.js';
import type { QueryTerms } from './queryTerms.js';

/** Document frequencies of the index, per column, and its size. */
export interface DocumentFrequencies {
  words: Map<string, number>;
  bigrams: Map<string, number>;
  passages: number;
}

/** BM25's inverse document frequency: rare terms weigh more; a term found nowhere weighs most. */
export function idf(df: number, n: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/**
 * Weights of a question's terms for finding the answering sentence and judging coverage:
 * IDF of each topic word, and half the IDF of each bigram (pure).
 */
export function termWeights(terms: QueryTerms, df: DocumentFrequencies): Map<string, number> {
  const weights = new Map<string, number>();
  for (const word of terms.words) weights.set(word, idf(df.words.get(word) ?? 0, df.passages));
  for (const gram of terms.bigrams) {
    if (!weights.has(gram)) weights.set(gram, 0.5 * idf(df.bigrams.get(gram) ?? 0, df.passages));
  }
  return weights;
}

/**
 * Share of a question's topic words (IDF-weighted) that occur in `normalizedText`, from 0 to 1.
 * Words in `ignored` (e.g. the name of the passage's own issuer) do not count either way. A long word
 * written differently (行政执法三项制度 as 行政执法“三项制度”) counts in part, by the share of its bigrams present.
 */
export function termCoverage(terms: QueryTerms, df: DocumentFrequencies, normalizedText: string, ignored: ReadonlySet<string> = new Set()): number {
  let total = 0;
  let covered = 0;
  for (const word of terms.words) {
    if (ignored.has(word)) continue;
    const weight = idf(df.words.get(word) ?? 0, df.passages);
    total += weight;
    covered += weight * wordPresence(word, normalizedText);
  }
  return total === 0 ? 0 : covered / total;
}

/** 1 when `word` occurs in the text; else, for a word of three or more Han characters, the share of its bigrams present when most are. */
function wordPresence(word: string, normalizedText: string): number {
  if (normalizedText.includes(word)) return 1;
  const grams = hanBigrams(word);
  if (word.length < 3 || grams.length === 0) return 0;
  const share = grams.filter((gram) => normalizedText.includes(gram)).length / grams.length;
  return share >= 0.75 ? share : 0; // a few shared bigrams (志愿 of 高考志愿) are chance, not the word
}
