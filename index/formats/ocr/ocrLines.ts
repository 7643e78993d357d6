import type { PdfLine } from '../pdfLines.js';

/** One line as the OCR engine reports it: pixel box (y down) and confidence 0–100. */
export interface OcrRawLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  /** Where the line's characters stand, y down; without it the box's bottom is taken. */
  baseline?: { x0: number; y0: number; x1: number; y1: number };
  /** The line's words (for Chinese, runs of characters between spaces) with their confidence. */
  words?: Array<{ text: string; confidence: number }>;
}

/** A page's OCR result with the scale it was rendered at. */
export interface OcrPage {
  lines: OcrRawLine[];
  /** Pixels per PDF point. */
  scale: number;
  /** Rendered page height in pixels. */
  heightPx: number;
}

/** Lines read with less confidence than this are noise: a seal's rim text, a smudge, a fold. */
const MIN_CONFIDENCE = 45;
/** A word at a line's end (or start), set apart by a space and read with less confidence than this, is seal or smudge residue. */
const MIN_EDGE_WORD_CONFIDENCE = 50;
/** The outer share of a page, top and bottom, where only running headers, footers and page numbers sit. */
const MARGIN_BAND = 0.08;
/** A line in that band with at most this many characters is a page number or mark, however it was misread. */
const MARGIN_MARK_CHARS = 4;
/** A line this many times taller than the page's usual line keeps its own size (a title); others get the usual. */
const TALL_LINE = 1.3;

const CJK = String.raw`\p{Script=Han}\u3000-\u303F\uFF01-\uFF60“”‘’…—`;
const SPACE_IN_CJK = new RegExp(`(?<=[${CJK}])\\s+(?=[${CJK}0-9])|(?<=[${CJK}0-9])\\s+(?=[${CJK}])`, 'gu');
const FULL_WIDTH: Readonly<Record<string, string>> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '?': '？', '!': '！' };
const HALF_PUNCT_NEAR_HAN = new RegExp(`(?<=[${CJK}])\\s*([,:;()?!])|([,:;()?!])\\s*(?=[${CJK}])`, 'gu');

/** A document number's year in square brackets: 发文字号 print it in 〔〕 (GB/T 9704-2012, 7.2.4). */
const DOC_NUMBER_YEAR = /(?<=\p{Script=Han})[[［【]\s*((?:19|20)\d{2})\s*[\]］】](?=\s*\d+\s*号)/gu;

/**
 * An OCR line's text as the report prints it (pure): no spaces between Chinese characters (or between them
 * and digits), the half-width punctuation OCR engines emit beside Chinese text turned full-width, and a
 * document number's year bracketed 〔2024〕.
 */
export function cleanOcrText(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .trim()
    .replace(SPACE_IN_CJK, '')
    .replace(HALF_PUNCT_NEAR_HAN, (_match, before: string | undefined, after: string | undefined) => FULL_WIDTH[before ?? after ?? ''] ?? '')
    .replace(SPACE_IN_CJK, '')
    .replace(DOC_NUMBER_YEAR, '〔$1〕');
}

/** The line's baseline, y down: residue hanging below a line (a seal's rim) stretches its box, not its baseline. */
function baselineOf(line: OcrRawLine): number {
  return line.baseline ? Math.max(line.baseline.y0, line.baseline.y1) : line.bbox.y1;
}

/** The height of the line's characters above the baseline, in pixels. */
function glyphHeight(line: OcrRawLine): number {
  return Math.max(1, Math.min(line.bbox.y1, baselineOf(line)) - line.bbox.y0);
}

/** The line's text without low-confidence words that stand apart at its ends (seal residue beside a signature). */
function trimResidue(line: OcrRawLine): string {
  let text = line.text.trim();
  const words = [...(line.words ?? [])];
  for (let word = words.pop(); word && word.confidence < MIN_EDGE_WORD_CONFIDENCE && text.endsWith(` ${word.text.trim()}`); word = words.pop()) {
    text = text.slice(0, -word.text.trim().length).trimEnd();
  }
  for (let word = words.shift(); word && word.confidence < MIN_EDGE_WORD_CONFIDENCE && text.startsWith(`${word.text.trim()} `); word = words.shift()) {
    text = text.slice(word.text.trim().length).trimStart();
  }
  return text;
}

/** A few characters in the top or bottom margin: a page number or mark (“- 1 -” misread as “东-”). */
function isMarginMark(line: OcrRawLine, heightPx: number): boolean {
  const inBand = line.bbox.y1 < MARGIN_BAND * heightPx || line.bbox.y0 > (1 - MARGIN_BAND) * heightPx;
  return inBand && line.text.replace(/\s/g, '').length <= MARGIN_MARK_CHARS;
}

const AFTER_CLOSING = /[，。、；：！？）)》」,.;:!?“”"]/u;
const BEFORE_OPENING = /[，。、；：（(《「\s“”"]/u;

/**
 * Chinese double quotes set right (pure): OCR often reads a closing ” as an opening “. Reading the lines in
 * order, a quote followed by punctuation or a line end closes, one after punctuation or a line start opens,
 * and any other alternates with the last.
 */
export function pairQuotes(lines: readonly string[]): string[] {
  let open = false;
  return lines.map((line) =>
    line.replace(/[“”"]/gu, (_quote, offset: number) => {
      const next = line[offset + 1];
      const previous = line[offset - 1];
      const closes = next === undefined || AFTER_CLOSING.test(next) ? true : previous === undefined || BEFORE_OPENING.test(previous) ? false : open;
      open = !closes;
      return closes ? '”' : '“';
    }),
  );
}

/**
 * A page's OCR lines as PDF lines in points, top to bottom (pure), so that the text-layer pipeline (running
 * lines, paragraphs, page joins) reads scanned pages the same way. Low-confidence lines are dropped; every line
 * gets the page's usual line height as its size unless it is clearly taller, so that the small height
 * differences of OCR boxes do not break paragraphs.
 */
export function ocrPageLines(page: OcrPage): PdfLine[] {
  const kept = page.lines
    .map((line) => ({ ...line, text: cleanOcrText(trimResidue(line)) }))
    .filter((line) => line.confidence >= MIN_CONFIDENCE && line.text !== '' && !isMarginMark(line, page.heightPx));
  const heights = kept.map(glyphHeight).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  const placed = [...kept].sort((a, b) => baselineOf(a) - baselineOf(b) || a.bbox.x0 - b.bbox.x0);
  const texts = pairQuotes(placed.map((line) => line.text));
  return placed
    .map((line, i): PdfLine => {
      const height = glyphHeight(line);
      return {
        text: texts[i] ?? line.text,
        x: line.bbox.x0 / page.scale,
        right: line.bbox.x1 / page.scale,
        y: (page.heightPx - baselineOf(line)) / page.scale,
        size: (height > TALL_LINE * usual ? height : usual) / page.scale,
      };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
}
