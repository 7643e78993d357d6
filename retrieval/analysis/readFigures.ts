import { ACT_GROUPS, UNIT_FAMILIES } from './lexicon/figureWords.js';

/** A figure stated in a text: where it stands and the family of its measure word (件, 人, 次, %: UNIT_FAMILIES). */
export interface Figure {
  /** [start, end) of the number and its measure word in the text read. */
  start: number;
  end: number;
  family: string;
}

const escape = (word: string) => word.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');
/** The measure words, longest first, as regex alternatives. */
export const UNIT_WORDS = UNIT_FAMILIES.map(([word]) => escape(word)).join('|');
const FAMILY = new Map(UNIT_FAMILIES);
// A number (Arabic, or Chinese but not a lone 一: 一件事, 一次性 are words, not counts), 万/亿, 余/多, then the
// measure word. Not an ordinal (第3名) nor the tail of a longer number.
const FIGURE = new RegExp(
  String.raw`(?<![第\d.])(?:\d+(?:\.\d+)?|[两二三四五六七八九十百千][〇零一二三四五六七八九十百千]*)\s*(?:万|亿)?(?:余|多)?\s*(${UNIT_WORDS}|％)`,
  'gu',
);

/** The figures a text states, in order (pure). `text` is read as given: normalise it first (NFKC) for ％ and full-width digits. */
export function readFigures(text: string): Figure[] {
  return [...text.matchAll(FIGURE)].map((m) => ({ start: m.index, end: m.index + m[0].length, family: FAMILY.get(m[1]!) ?? '%' }));
}

/** The acts besides a plain count that a text names (诉讼 for 诉至法院, 纠错 for 撤销…: ACT_GROUPS), in the lexicon's order (pure). */
export function actsIn(text: string): string[] {
  return ACT_GROUPS.filter(([, words]) => words.test(text)).map(([act]) => act);
}
