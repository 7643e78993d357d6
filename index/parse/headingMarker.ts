/** Outline levels of a report: 一、 > （一） > 1. > （1）. Items (一是…) sit below all of them. */
export type HeadingLevel = 1 | 2 | 3 | 4;

/** A heading marker found at the start of a line. */
export interface HeadingMarker {
  level: HeadingLevel;
  /** The marker as printed, e.g. `（一）`, `(一)`, `1.`. */
  marker: string;
}

const CN_NUMERAL = '[一二三四五六七八九十]{1,3}';

// Most general first; `1.` must not be a decimal such as 1.5万.
const MARKERS: ReadonlyArray<[HeadingLevel, RegExp]> = [
  [1, new RegExp(`^${CN_NUMERAL}、`, 'u')],
  [2, new RegExp(`^[（(]${CN_NUMERAL}[）)]`, 'u')],
  [3, /^\d{1,2}[.．、](?!\d)/u],
  [4, /^[（(]\d{1,2}[）)]/u],
];

/** The outline marker a line starts with, or null: `一、`, `（一）`/`(一)`, `1.`/`1、`, `（1）`. */
export function headingMarker(line: string): HeadingMarker | null {
  for (const [level, pattern] of MARKERS) {
    const match = pattern.exec(line);
    if (match) return { level, marker: match[0] };
  }
  return null;
}

/** Characters that end a sentence; a heading sentence ends at the first of them. */
export const SENTENCE_END = /[。！？!?]/u;
