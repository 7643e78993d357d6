import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { AppError } from '../../errors/index.js';
import { joinPdfPages } from './joinPdfPages.js';
import { groupTextLines, type PdfLine } from './pdfLines.js';
import { pdfParagraphs } from './pdfParagraphs.js';
import { removeRunningLines } from './pdfRunningLines.js';

/** A page with fewer non-space characters than this has no usable text layer. */
const MIN_CHARS_PER_TEXT_PAGE = 15;

// pdf.js's own data: predefined CJK CMaps (needed for fonts without a ToUnicode map) and the
// standard fonts. It reads these from its package, never the document from disk.
const pdfjsDir = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));

/**
 * The text of a PDF's text layer in reading order: lines grouped by baseline, running headers,
 * footers and page numbers removed, paragraphs separated by a blank line, sentences broken by a
 * page boundary joined. Throws FILE_SCANNED when most pages have no text, FILE_UNREADABLE when the
 * PDF is encrypted or damaged.
 */
export async function readPdf(bytes: Uint8Array, fileName: string): Promise<{ text: string; pages: number }> {
  const pages = await readPageLines(bytes, fileName);
  const textPages = pages.filter((lines) => countChars(lines) >= MIN_CHARS_PER_TEXT_PAGE).length;
  if (textPages * 2 < pages.length || textPages === 0) {
    throw new AppError(
      'FILE_SCANNED',
      `${fileName} is a scanned PDF: ${pages.length - textPages} of ${pages.length} pages have no text layer. Run it through OCR (e.g. WPS or Adobe Acrobat “识别文字”/“Recognize Text”) and send the result.`,
    );
  }
  const text = joinPdfPages(pdfParagraphs(removeRunningLines(pages)));
  return { text, pages: pages.length };
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
      const content = await page.getTextContent();
      pages.push(groupTextLines(content.items.filter((item) => 'str' in item)));
      page.cleanup();
    }
    return pages;
  } catch (cause) {
    throw unreadable(fileName, cause);
  } finally {
    await task.destroy();
  }
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
