import type { PdfLine } from '../pdfLines.js';

/** One line as the OCR engine reports it: pixel box (y down) and confidence 0–100. */
export interface OcrRawLine {
  text: string;
  confidence: number;
  bbox: { x0: number; y0: number; x1: number; y1: number };
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
    .map((line) => ({ ...line, text: cleanOcrText(line.text) }))
    .filter((line) => line.confidence >= MIN_CONFIDENCE && line.text !== '');
  const heights = kept.map((line) => line.bbox.y1 - line.bbox.y0).sort((a, b) => a - b);
  const usual = heights[Math.floor(heights.length / 2)] ?? 0;
  const placed = [...kept].sort((a, b) => a.bbox.y1 - b.bbox.y1 || a.bbox.x0 - b.bbox.x0);
  const texts = pairQuotes(placed.map((line) => line.text));
  return placed
    .map((line, i): PdfLine => {
      const height = line.bbox.y1 - line.bbox.y0;
      return {
        text: texts[i] ?? line.text,
        x: line.bbox.x0 / page.scale,
        right: line.bbox.x1 / page.scale,
        y: (page.heightPx - line.bbox.y1) / page.scale,
        size: (height > TALL_LINE * usual ? height : usual) / page.scale,
      };
    })
    .sort((a, b) => b.y - a.y || a.x - b.x);
}
