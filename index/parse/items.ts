import { truncateText } from '../lexical/truncateText.js';

/** One 一是/二是… item of a paragraph. */
export interface Item {
  /** The item's lead clause without its marker, e.g. 深化商事制度改革; at most ~30 chars. */
  lead: string;
  /** The item's full words, starting from its marker (一是…). */
  text: string;
}

/** A paragraph cut at its 一是/二是… markers. */
export interface ItemSplit {
  /** Text before the first item (may be empty). */
  intro: string;
  items: Item[];
}

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
// A marker starts the paragraph or follows a punctuation mark: `；二是`, `。三是`, `,一是`.
const MARKER = /(?<=^|[。；;：:，,！？!?])\s*([一二三四五六七八九十])是/gu;
/** Longest lead kept whole; a longer one is cut and ends with …. */
export const MAX_LEAD_CHARS = 30;

/**
 * Splits a paragraph at its item markers 一是, 二是, … — only a run that counts up from 一 (or from
 * the marker the paragraph starts with), so a stray 三是 inside a sentence stays text.
 */
export function splitItems(text: string): ItemSplit {
  const starts = itemStarts(text);
  const first = starts[0];
  if (first === undefined) return { intro: text, items: [] };
  const items = starts.map((start, i) => {
    const itemText = text.slice(start, starts[i + 1] ?? text.length);
    return { lead: leadOf(itemText), text: itemText };
  });
  return { intro: text.slice(0, first), items };
}

function itemStarts(text: string): number[] {
  const starts: number[] = [];
  let expected = 0;
  for (const match of text.matchAll(MARKER)) {
    const numeral = NUMERALS.indexOf(match[1] ?? '');
    const index = (match.index ?? 0) + match[0].length - 2;
    const opensParagraph = starts.length === 0 && index === 0;
    if (numeral === expected || opensParagraph) {
      starts.push(index);
      expected = numeral + 1;
    }
  }
  return starts;
}

/**
 * The lead clause of an item: its first sentence when short, else its first clause, else its first
 * MAX_LEAD_CHARS characters and `…`; without the marker and trailing punctuation.
 */
export function leadOf(itemText: string): string {
  const body = itemText.replace(/^[一二三四五六七八九十]是/u, '');
  const sentence = /^[^。；;！？!?]+/u.exec(body)?.[0] ?? body;
  if (sentence.length <= MAX_LEAD_CHARS) return trimPunctuation(sentence);
  const clause = /^[^，,：:]+/u.exec(sentence)?.[0] ?? sentence;
  if (clause.length <= MAX_LEAD_CHARS) return trimPunctuation(clause);
  return truncateText(clause, MAX_LEAD_CHARS + 1, '…');
}

function trimPunctuation(text: string): string {
  return text.replace(/[\s，,、：:。；;]+$/u, '').trim();
}
