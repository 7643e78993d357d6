import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError, isAppError } from '../../errors/index.js';
import { joinPdfPages } from './joinPdfPages.js';
import { ocrPdfPages } from './ocr/ocrPdfPages.js';
import type { OcrModel } from './ocr/ocrPdfPages.js';
import { groupTextLines, type PdfLine, type PdfTextItem } from './pdfLines.js';
import { pdfParagraphs } from './pdfParagraphs.js';
import { removeRunningLines } from './pdfRunningLines.js';

/** Most text runs one page may have: a dense page of Chinese has ~2,500 even when every glyph is its own run. */
export const MAX_TEXT_ITEMS_PER_PAGE = 20_000;

/** A page with fewer non-space characters than this has no usable text layer. */
const MIN_CHARS_PER_TEXT_PAGE = 15;

// pdf.js's own data: predefined CJK CMaps (needed for fonts without a ToUnicode map) and the
// standard fonts. It reads these from its package, never the document from disk.
const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/** How a PDF is read. All optional. */
export interface PdfOptions {
  /** Progress of OCR over the scanned pages: pages done, pages to read. */
  onOcrProgress?: (done: number, total: number) => void;
  /** Most scanned pages read by OCR in one file; default 200 (about 15 minutes on two cores). */
  maxOcrPages?: number;
  /** The OCR model; default OCR_MODEL. */
  ocrModel?: OcrModel;
}

/**
 * The text of a PDF in reading order: the text layer where a page has one, OCR (Chinese, on a worker thread)
 * where it has none, so scanned and mixed PDFs read too; lines grouped by baseline, running headers, footers
 * and page numbers removed, paragraphs separated by a blank line, sentences broken by a page boundary joined.
 * Throws FILE_SCANNED when OCR finds no text, FILE_TOO_LARGE past `maxOcrPages`, FILE_UNREADABLE when the
 * PDF is encrypted or damaged, FILE_TOO_COMPLEX for a page over MAX_TEXT_ITEMS_PER_PAGE text runs.
 */
export async function readPdf(bytes: Uint8Array, fileName: string, options: PdfOptions = {}): Promise<{ text: string; pages: number; ocrPages?: number }> {
  const pages = await readPageLines(bytes, fileName);
  const scanned = pages.flatMap((lines, i) => (countChars(lines) < MIN_CHARS_PER_TEXT_PAGE ? [i + 1] : []));
  const maxOcrPages = options.maxOcrPages ?? 200;
  if (scanned.length > maxOcrPages) {
    throw new AppError('FILE_TOO_LARGE', `${fileName} has ${scanned.length} scanned pages; at most ${maxOcrPages} are read by OCR. Split the PDF, or send a version with a text layer.`);
  }
  const read = await ocrPdfPages(bytes, fileName, scanned, { onProgress: options.onOcrProgress, model: options.ocrModel });
  scanned.forEach((number, i) => (pages[number - 1] = read[i] ?? []));
  if (pages.every((lines) => countChars(lines) === 0)) {
    throw new AppError(
      'FILE_SCANNED',
      `${fileName} is a scanned PDF in which OCR found no text (${pages.length} pages). Check that it is the report and legible, or send the original document.`,
    );
  }
  const text = joinPdfPages(pdfParagraphs(removeRunningLines(pages)));
  return scanned.length ? { text, pages: pages.length, ocrPages: scanned.length } : { text, pages: pages.length };
}

/** Each page's visual lines, top to bottom; translates pdf.js failures into AppErrors. */
async function readPageLines(bytes: Uint8Array, fileName: string): Promise<PdfLine[][]> {
  const { getDocument, VerbosityLevel } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const task = getDocument({
    data: new Uint8Array(bytes), // a copy: pdf.js may transfer the buffer it is given
    verbosity: VerbosityLevel.ERRORS,
    isEvalSupported: false,
    disableFontFace: true,
    useSystemFonts: false,
    cMapUrl: join(pdfjsDir, 'cmaps') + '/',
    cMapPacked: true,
    standardFontDataUrl: join(pdfjsDir, 'standard_fonts') + '/',
  });
  try {
    const doc = await task.promise;
    const pages: PdfLine[][] = [];
    for (let number = 1; number <= doc.numPages; number += 1) {
      const page = await doc.getPage(number);
      pages.push(groupTextLines(await pageTextItems(page, fileName, number)));
      page.cleanup();
    }
    await task.destroy();
    return pages;
  } catch (cause) {
    if (isAppError(cause)) {
      // Refused mid-page: pdf.js may never settle destroying a cancelled text stream, so do not wait for it.
      void task.destroy().catch(() => undefined);
      throw cause;
    }
    await task.destroy();
    throw unreadable(fileName, cause);
  }
}

/** A page's text runs, streamed so that a page of hostile size is refused (FILE_TOO_COMPLEX) as soon as it passes the limit. */
async function pageTextItems(page: { streamTextContent(): ReadableStream<{ items: unknown[] }> }, fileName: string, number: number): Promise<PdfTextItem[]> {
  const reader = page.streamTextContent().getReader();
  const items: PdfTextItem[] = [];
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
    for (const item of chunk.value.items) if (typeof item === 'object' && item !== null && 'str' in item) items.push(item as PdfTextItem);
    if (items.length > MAX_TEXT_ITEMS_PER_PAGE) {
      void reader.cancel().catch(() => undefined);
      throw new AppError('FILE_TOO_COMPLEX', `${fileName}: page ${number} has more than ${MAX_TEXT_ITEMS_PER_PAGE} text runs (the limit); it is not an ordinary report page. Export or print the report to PDF again and resend it.`);
    }
  }
  return items;
}

function unreadable(fileName: string, cause: unknown): AppError {
  const encrypted = cause instanceof Error && cause.name === 'PasswordException';
  return new AppError(
    'FILE_UNREADABLE',
    encrypted
      ? `${fileName} is password-protected. Remove the password (open it and save or print it as a new PDF) and send it again.`
      : `${fileName} could not be read as a PDF; it may be damaged or incomplete. Download or export it again and resend it.`,
    { cause },
  );
}

function countChars(lines: readonly PdfLine[]): number {
  return lines.reduce((sum, line) => sum + line.text.replace(/\s/g, '').length, 0);
}
