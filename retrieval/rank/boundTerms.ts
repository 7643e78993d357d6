import type { QueryTerms } from '../analysis/index.js';
import type { DocumentFrequencies } from './termWeights.js';

/**
 * Most postings the lexical leg may score for one question. BM25 in FTS5 scores every passage holding any
 * OR-ed term, so its work is the sum of the terms' document frequencies: at 10⁶ passages one common bigram
 * (法治) holds hundreds of thousands. Scoring 10,000 takes about 15 ms on this machine; no question on the
 * seed corpus comes near it (165 passages × its terms).
 */
export const POSTINGS_BUDGET = 10_000;

/**
 * The terms the lexical leg searches: rarest (highest IDF) first, as long as their summed document
 * frequency stays within `budget`; the rarest term is always kept. The common terms
 * left out weigh least in BM25, and still count in coverage and quoting (pure).
 */
export function boundTerms(terms: QueryTerms, df: DocumentFrequencies, budget = POSTINGS_BUDGET): QueryTerms {
  const scored = [
    ...terms.words.map((term) => ({ term, col: 'words' as const, df: df.words.get(term) ?? 0 })),
    ...terms.bigrams.map((term) => ({ term, col: 'bigrams' as const, df: df.bigrams.get(term) ?? 0 })),
  ];
  const total = scored.reduce((sum, t) => sum + t.df, 0);
  if (total <= budget) return terms;
  const kept = new Set<string>();
  let spent = 0;
  for (const t of [...scored].sort((a, b) => a.df - b.df || (a.col === 'words' ? -1 : 1))) {
    if (kept.size > 0 && spent + t.df > budget) continue; // the rarest term is always searched
    kept.add(`${t.col}\t${t.term}`);
    spent += t.df;
  }
  return {
    words: terms.words.filter((w) => kept.has(`words\t${w}`)),
    bigrams: terms.bigrams.filter((b) => kept.has(`bigrams\t${b}`)),
    parts: terms.parts,
  };
}
