import { headingMarker } from '../parse/headingMarker.js';
import type { PdfLine } from './pdfLines.js';

/** The paragraphs of one page, and whether the first of them visibly starts a new paragraph. */
export interface PageParagraphs {
  paragraphs: string[];
  /** The page's first line is indented: it cannot continue the previous page's sentence. */
  startsParagraph: boolean;
}

/** Where a page's text column sits and how far apart its lines are, in PDF points. */
interface Layout {
  left: number;
  right: number;
  lineGap: number;
}

/** A gap this many times the usual line gap separates paragraphs. */
const PARAGRAPH_GAP = 1.35;
/** A line starting this many ems right of the column starts a paragraph (Chinese text indents two ems). */
const INDENT_EMS = 0.8;
/** A line ending this many ems short of the column ends its paragraph. */
const SHORT_LINE_EMS = 1.5;
/** A font size differing by more than this share starts a new paragraph (a title above body text). */
const SIZE_CHANGE = 0.2;
/** Pages with fewer lines than this use the whole document's layout. */
const MIN_LINES_FOR_PAGE_LAYOUT = 4;

/**
 * Joins each page's lines into paragraphs. A paragraph ends where the vertical gap is large,
 * the next line is indented, the line stops well short of the right margin, the font size
 * changes, or the next line starts with an outline marker (一、 （二） 1.) after a line ending in 。；：
 * (wherever that line ends); wrapped lines are joined without a space (with one between two Latin words).
 */
export function pdfParagraphs(pages: readonly (readonly PdfLine[])[]): PageParagraphs[] {
  const documentLayout = measureLayout(pages.flat(), pages);
  return pages.map((lines) => {
    const layout = lines.length >= MIN_LINES_FOR_PAGE_LAYOUT ? measureLayout(lines, [lines]) : documentLayout;
    const paragraphs: string[] = [];
    let current = '';
    lines.forEach((line, i) => {
      const previous = lines[i - 1];
      if (previous && breaksBetween(previous, line, layout)) {
        paragraphs.push(current);
        current = '';
      }
      current = joinWrapped(current, line.text);
    });
    if (current !== '') paragraphs.push(current);
    const first = lines[0];
    return { paragraphs, startsParagraph: first !== undefined && isIndented(first, layout) };
  });
}

// A line ending a sentence or clause: a heading may follow it even when it reaches the margin.
const CLAUSE_END = /[。；：;:](?:[”’」』）)]*)$/u;

function breaksBetween(above: PdfLine, below: PdfLine, layout: Layout): boolean {
  const gap = above.y - below.y;
  return (
    gap <= 0 ||
    (CLAUSE_END.test(above.text.trim()) && headingMarker(below.text) !== null) ||
    gap > PARAGRAPH_GAP * layout.lineGap ||
    isIndented(below, layout) ||
    layout.right - above.right > SHORT_LINE_EMS * above.size ||
    Math.abs(above.size - below.size) > SIZE_CHANGE * Math.max(above.size, below.size)
  );
}

function isIndented(line: PdfLine, layout: Layout): boolean {
  return line.x - layout.left > INDENT_EMS * line.size;
}

/** Joins text wrapped onto a new line: no space between CJK characters, one between two Latin words. */
export function joinWrapped(paragraph: string, line: string): string {
  if (paragraph === '') return line;
  return /[A-Za-z0-9]$/.test(paragraph) && /^[A-Za-z0-9]/.test(line) ? `${paragraph} ${line}` : paragraph + line;
}

/** The most common left and right edges of `lines`, and the median gap between consecutive lines of `pages`. */
function measureLayout(lines: readonly PdfLine[], pages: readonly (readonly PdfLine[])[]): Layout {
  const gaps = pages.flatMap((page) =>
    page.slice(1).map((line, i) => (page[i]?.y ?? line.y) - line.y).filter((gap) => gap > 0),
  );
  return {
    left: mostCommon(lines.map((line) => line.x), (a, b) => a < b),
    right: mostCommon(lines.map((line) => line.right), (a, b) => a > b),
    lineGap: median(gaps) ?? Infinity,
  };
}

/** The most frequent value at 2-point precision; ties go to the value `prefer` picks. */
function mostCommon(values: readonly number[], prefer: (a: number, b: number) => boolean): number {
  const counts = new Map<number, number>();
  for (const value of values) {
    const bucket = Math.round(value / 2) * 2;
    counts.set(bucket, (counts.get(bucket) ?? 0) + 1);
  }
  let best = values[0] ?? 0;
  let bestCount = 0;
  for (const [bucket, count] of counts) {
    if (count > bestCount || (count === bestCount && prefer(bucket, best))) [best, bestCount] = [bucket, count];
  }
  return best;
}

function median(values: readonly number[]): number | undefined {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
