import { actsIn, readFigures } from '../analysis/index.js';
import type { AskedFigure } from '../analysis/index.js';

/** What a figure counted in another measure word than the one asked is worth (多少件 asked, a % stated). */
export const OTHER_UNIT = 0.3;
/**
 * What a figure about an act the question does not name is worth: asked how many cases were received, the
 * cases later taken to court (诉至法院 10件) answer another question.
 */
export const OTHER_ACT = 0.25;
/** Punctuation between clauses, full-width and (after NFKC) half-width: a figure belongs to its own clause. */
const CLAUSE_BREAK = /[,;:!?。，；：！？]/u;

/**
 * How well the best figure of a sentence answers the figure a question asks for (pure): from 0 (no figure, or
 * none in a clause holding the question's words) to 1 (the measure word asked, in a clause holding every term of
 * the question, about no act the question does not name). A figure's worth is the weighted share of the
 * question's terms in its clause, times OTHER_UNIT for another measure word, times OTHER_ACT for another act.
 * `sentence` is normalised as passages are indexed (normalizeForIndex); `weights` are the question's terms.
 */
export function figureFit(sentence: string, asked: AskedFigure, weights: ReadonlyMap<string, number>): number {
  const total = [...weights.values()].reduce((a, b) => a + b, 0);
  if (total <= 0) return 0;
  let best = 0;
  for (const figure of readFigures(sentence)) {
    const clause = clauseAround(sentence, figure.start, figure.end);
    let near = 0;
    for (const [term, weight] of weights) if (clause.includes(term)) near += weight;
    const unit = asked.units.length === 0 || asked.units.includes(figure.family) ? 1 : OTHER_UNIT;
    const act = actsIn(clause).some((other) => !asked.acts.includes(other)) ? OTHER_ACT : 1;
    best = Math.max(best, (near / total) * unit * act);
  }
  return best;
}

/** Most characters before a figure in its clause that only lead to it (共, 累计, 合计为): its words are the clause before. */
const LEAD_CHARS = 3;

/**
 * The clause of `text` holding [start, end): from the break before it to the break after it; with the clause
 * before when the figure's own opens with it (检查发文情况，共83件).
 */
function clauseAround(text: string, start: number, end: number): string {
  const back = (at: number) => {
    while (at > 0 && !CLAUSE_BREAK.test(text[at - 1]!)) at--;
    return at;
  };
  let from = back(start);
  if (start - from <= LEAD_CHARS && from > 0) from = back(from - 1);
  let to = end;
  while (to < text.length && !CLAUSE_BREAK.test(text[to]!)) to++;
  return text.slice(from, to);
}
