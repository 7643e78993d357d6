import { toSimplifiedChinese } from '../../index/index.js';
import { checkQuestion } from './checkQuestion.js';
import type { QueryProblem } from './checkQuestion.js';

/** A question ready to search. */
export interface PreparedQuery {
  /** What the user typed, trimmed, tags removed: echoed back in answers. */
  display: string;
  /** Simplified script, NFKC, lower-case Latin, single spaces: what is segmented and embedded. */
  normalized: string;
}

/** Normalises a question or says why it cannot be searched (checkQuestion's rule) (pure). */
export function prepareQuery(raw: string): PreparedQuery | { problem: QueryProblem } {
  const check = checkQuestion(raw);
  if (!check.ok) return { problem: check.problem };
  const normalized = toSimplifiedChinese(check.display.normalize('NFKC')).toLowerCase();
  return { display: check.display, normalized };
}
