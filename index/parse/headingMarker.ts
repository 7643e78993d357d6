import { structureView } from './clean/normalizeText.js';

/** Outline levels of a report: 一、 (or 第一部分) > （一） > 1. > （1） > ①. Items (一是…) sit below all of them. */
export type HeadingLevel = 1 | 2 | 3 | 4 | 5;

/** A heading marker found at the start of a line. */
export interface HeadingMarker {
  level: HeadingLevel;
  /** The marker as read in the structure view (NFKC), e.g. `(一)`, `1.`. */
  marker: string;
}

const CN_NUMERAL = '[一二三四五六七八九十]{1,3}';

// Read on the NFKC view, where （一） ㈠ become (一), ⑴ becomes (1) and １． becomes 1.; most general
// first; `1.` must not be a decimal such as 1.5万, and 第一 must be followed by a punctuation mark
// (第一责任人 is a word).
const MARKERS: ReadonlyArray<[HeadingLevel, RegExp]> = [
  [1, new RegExp(`^${CN_NUMERAL}(?:、|[.](?!\\d))`, 'u')],
  // 第一部分 主要工作, 第二章: the parts of a report, read at the top level.
  [1, new RegExp(`^第${CN_NUMERAL}(?:部分|章|篇)`, 'u')],
  [2, new RegExp(`^\\(${CN_NUMERAL}\\)`, 'u')],
  [3, /^\d{1,2}(?:、|[.](?!\d))/u],
  [4, /^\(\d{1,2}\)/u],
  // 第一，… 第二，…: enumerations inside a section, below every numbered level.
  [5, new RegExp(`^第${CN_NUMERAL}[、,:.](?!\\d)`, 'u')],
];
// Circled numbers ①–⑳: NFKC turns them into bare digits, so they are read before it.
const CIRCLED = /^[\u2460-\u2473]/u;

/**
 * The outline marker a line starts with, or null: `一、` `一.` `第一，`, `（一）` `(一)` `㈠`, `1.` `1、`
 * `1．`, `（1）` `⑴`, `①`. Leading white space and invisible characters are ignored.
 */
export function headingMarker(line: string): HeadingMarker | null {
  const trimmed = line.trimStart();
  const circled = CIRCLED.exec(trimmed);
  if (circled) return { level: 5, marker: circled[0] };
  const view = structureView(trimmed).trimStart();
  for (const [level, pattern] of MARKERS) {
    const match = pattern.exec(view);
    if (match) return { level, marker: match[0] };
  }
  return null;
}

/** Characters that end a sentence; a heading sentence ends at the first of them. */
export const SENTENCE_END = /[。！？!?]/u;
