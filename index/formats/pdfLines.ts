/** The part of a pdf.js text item that line grouping needs (pdf.js `TextItem`). */
export interface PdfTextItem {
  str: string;
  /** Text matrix [a, b, c, d, x, y]: x, y is the baseline start in PDF points, y growing upwards. */
  transform: number[];
  /** Advance width in points. */
  width: number;
}

/** One visual line of a page: its text and where it sits, in PDF points. */
export interface PdfLine {
  text: string;
  /** Left edge. */
  x: number;
  /** Right edge. */
  right: number;
  /** Baseline, growing upwards. */
  y: number;
  /** Font size (the largest on the line). */
  size: number;
}

/** Han characters and full-width CJK punctuation: no space belongs between two of them. */
const CJK = String.raw`[\p{Script=Han}\u3000-\u303F\uFF01-\uFF60\u2018\u2019\u201C\u201D\u2026\u2014]`;
const SPACE_BETWEEN_CJK = new RegExp(`(?<=${CJK}) +(?=${CJK})`, 'gu');

/** Items whose baselines differ by less than this share of the font size sit on one line. */
const SAME_LINE = 0.5;
/** A horizontal gap wider than this share of the font size is a word space. */
const WORD_GAP = 0.25;

/**
 * Groups a page's text items into lines, top to bottom; items on a line are joined left to right,
 * with a space where the gap is wide, but never between two CJK characters (justified Chinese
 * text is spread out, and pdf.js reads the spread as spaces).
 */
export function groupTextLines(items: readonly PdfTextItem[]): PdfLine[] {
  const placed = items
    .filter((item) => item.str.trim() !== '')
    .map((item) => ({ item, x: item.transform[4] ?? 0, y: item.transform[5] ?? 0, size: fontSize(item) }))
    .sort((a, b) => b.y - a.y || a.x - b.x);
  const groups: (typeof placed)[] = [];
  for (const entry of placed) {
    const line = groups.at(-1);
    const first = line?.[0];
    if (line && first && Math.abs(first.y - entry.y) < SAME_LINE * Math.max(first.size, entry.size)) line.push(entry);
    else groups.push([entry]);
  }
  return groups.map((group) => toLine(group.sort((a, b) => a.x - b.x)));
}

function toLine(group: ReadonlyArray<{ item: PdfTextItem; x: number; y: number; size: number }>): PdfLine {
  let text = '';
  let end = -Infinity;
  let size = 0;
  for (const { item, x, size: itemSize } of group) {
    const gap = x - end;
    if (text !== '' && gap > WORD_GAP * itemSize && !/\s$/.test(text) && !/^\s/.test(item.str)) text += ' ';
    text += item.str;
    end = Math.max(end, x + item.width);
    size = Math.max(size, itemSize);
  }
  return {
    text: text.replace(/\s+/g, ' ').replace(SPACE_BETWEEN_CJK, '').trim(),
    x: group[0]?.x ?? 0,
    right: end,
    y: group[0]?.y ?? 0,
    size,
  };
}

function fontSize(item: PdfTextItem): number {
  const [a = 0, b = 0, c = 0, d = 0] = item.transform;
  // The vertical scale of the text matrix is the font size for upright text; fall back to the horizontal one.
  return Math.hypot(c, d) || Math.hypot(a, b) || 1;
}
