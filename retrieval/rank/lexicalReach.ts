import type { QueryTerms } from '../analysis/index.js';
import { idf } from './termWeights.js';
import type { DocumentFrequencies } from './termWeights.js';

/**
 * How much of a question the lexical leg can match at all: the IDF-weighted share of its topic words that
 * occur in some passage, 0–1 (1 when it has none). A question put in words no report uses (乡里换了干部以后…
 * 会不会散) leaves BM25 the few words it shares, often generic ones, while its meaning is the dense leg's to
 * find; the lexical list's weight in fusion is scaled by this share (pure).
 */
export function lexicalReach(terms: QueryTerms, df: DocumentFrequencies): number {
  let total = 0;
  let reachable = 0;
  for (const word of terms.words) {
    const n = df.words.get(word) ?? 0;
    const weight = idf(n, df.passages);
    total += weight;
    if (n > 0) reachable += weight;
  }
  return total === 0 ? 1 : reachable / total;
}
