import { IMPLIED_UNITS, UNIT_FAMILIES } from './lexicon/figureWords.js';
import { actsIn, UNIT_WORDS } from './readFigures.js';

/** What figure a question asks for; the quote marks the sentence whose figure answers it (quote/figureFit.ts). */
export interface AskedFigure {
  /** Families of the measure words asked (多少件 → 件, 几场 → 次, 比例 → %: UNIT_FAMILIES); empty when none is said (多少). */
  units: string[];
  /** Acts besides the plain count that the question names (起诉 → 诉讼, 撤销 → 纠错: ACT_GROUPS). */
  acts: string[];
}

/** Words by which a question asks for a number: how many, how much, what share. */
const ASKS_FOR_FIGURE = new RegExp(`多少|几(?:${UNIT_WORDS})|数量|比例|比率|占比`, 'u');
/** 多少 or 几 and the measure word after it. */
const ASKED_UNIT = new RegExp(`(?:多少|几)(${UNIT_WORDS})`, 'gu');
const FAMILY = new Map(UNIT_FAMILIES);

/**
 * The figure a question asks for, or undefined when it asks for none (pure). `text` is the question as searched
 * (an English question's glossary words first: how many → 多少).
 */
export function askedFigure(text: string): AskedFigure | undefined {
  const question = text.replace(/\s+/gu, '');
  if (!ASKS_FOR_FIGURE.test(question)) return undefined;
  const units = new Set([...question.matchAll(ASKED_UNIT)].map((m) => FAMILY.get(m[1]!)!));
  for (const [words, family] of IMPLIED_UNITS) if (words.test(question)) units.add(family);
  return { units: [...units], acts: actsIn(question) };
}
