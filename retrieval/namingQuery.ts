import { hanBigrams } from '../index/index.js';
import type { QuestionAnalysis } from './analysis/index.js';
import { topicWords } from './judgeReport.js';

/**
 * Which passages may name a topic, as one FTS5 query over the bigrams column: `match` finds at least every
 * passage that judgeReport reads as naming it; `none` when nothing can (the topic has no words); `unknown` when
 * no query can tell (a word without two Han characters in a row, such as OA or 12345).
 */
export type NamingQuery = { match: string } | { names: 'none' } | { names: 'unknown' };

/** An FTS5 expression, or true for "every passage" (a condition the bigrams column cannot express). */
type Expr = string | true;

/**
 * The FTS5 query for the passages that may name the topic (pure): those holding its key word `key` — whole or by
 * all of its parts (旁听…庭审) — or, without a key word, all of its topic words, as judgeReport decides. A word
 * held in a passage's normalised text has the bigrams of each of its Han runs side by side in that passage's
 * bigrams column (index/lexical hanBigrams reads the same normalised text), so a passage the query misses cannot
 * name the topic: a report none of whose passages matches is known to be silent on it. The converse is near
 * exact (a phrase may straddle two runs: 述，法…), so a count of matching reports may be slightly high.
 */
export function namingQuery(question: Pick<QuestionAnalysis, 'terms'>, key: string | undefined): NamingQuery {
  const words = key === undefined ? topicWords(question) : [key];
  if (words.length === 0) return { names: 'none' };
  const held = (word: string): Expr => {
    const parts = question.terms.parts.get(word) ?? [];
    return any([substring(word), ...(parts.length > 0 ? [all(parts.map(substring))] : [])]);
  };
  const expr = all(words.map(held));
  return expr === true ? { names: 'unknown' } : { match: `bigrams : (${expr})` };
}

/** The passages holding `text` as a substring: each Han run of two or more characters as a phrase of its bigrams. */
function substring(text: string): Expr {
  // Split into Han runs and cut into bigrams exactly as the index does (hanBigrams).
  const runs = (text.match(/\p{Script=Han}+/gu) ?? []).map((run) => hanBigrams(run)).filter((grams) => grams.length > 0);
  return all(runs.map((grams) => `"${grams.join(' ')}"`));
}

function all(exprs: Expr[]): Expr {
  const bounded = exprs.filter((e): e is string => e !== true);
  return bounded.length === 0 ? true : bounded.length === 1 ? bounded[0]! : `(${bounded.join(' AND ')})`;
}

function any(exprs: Expr[]): Expr {
  if (exprs.some((e) => e === true)) return true;
  return exprs.length === 1 ? exprs[0]! : `(${exprs.join(' OR ')})`;
}
