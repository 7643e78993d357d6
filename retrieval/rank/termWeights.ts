import { hanBigrams } from '../../index/index.js';
import type { QueryTerms } from '../analysis/index.js';

/** In how many passages each term occurs; undefined or 0 when in none (a Map, or a lookup in the store). */
export interface TermCounts {
  get(term: string): number | undefined;
}

/** Document frequencies of the index, per column, and its size. */
export interface DocumentFrequencies {
  words: TermCounts;
  bigrams: TermCounts;
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
    covered += weight * wordPresence(word, normalizedText, terms.parts.get(word) ?? [], df);
  }
  return total === 0 ? 0 : covered / total;
}

/**
 * 1 when `word` occurs in the text. Else, for a compound, the IDF-weighted share of its parts that occur
 * (信访工作: 信访 carries it), counted when it is at least half; for a word without parts, the share of its
 * bigrams, counted when it is at least three quarters.
 */
function wordPresence(word: string, normalizedText: string, parts: readonly string[], df: DocumentFrequencies): number {
  if (normalizedText.includes(word)) return 1;
  if (parts.length > 0) {
    const weights = parts.map((part) => idf(df.words.get(part) ?? 0, df.passages));
    const present = parts.reduce((sum, part, i) => sum + (normalizedText.includes(part) ? weights[i]! : 0), 0);
    const share = present / weights.reduce((a, b) => a + b, 0);
    return share >= 0.5 ? share : 0; // 志愿 of 高考志愿 is chance, not the word
  }
  const grams = hanBigrams(word);
  if (word.length < 3 || grams.length === 0) return 0;
  const share = grams.filter((gram) => normalizedText.includes(gram)).length / grams.length;
  return share >= 0.75 ? share : 0; // a few shared bigrams (志愿 of 高考志愿) are chance, not the word
}
