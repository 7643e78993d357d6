import mammoth from 'mammoth';
import { AppError } from '../../errors/index.js';
import { checkZipArchive } from './checkZipArchive.js';

/**
 * The text of a Word .docx file, one paragraph per line and a blank line between paragraphs
 * (mammoth's raw-text output: body, tables and lists; no headers, footers or footnote marks).
 * The package is checked first (checkZipArchive: FILE_TOO_COMPLEX for a zip bomb, before anything
 * inflates it). Throws FILE_UNREADABLE when the package cannot be opened.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  checkZipArchive(bytes, fileName);
  let raw: string;
  try {
    ({ value: raw } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) }));
  } catch (cause) {
    throw new AppError(
      'FILE_UNREADABLE',
      `${fileName} could not be opened as a Word document; it may be damaged. Open it in Word or WPS, save it again as .docx (or export a PDF) and resend it.`,
      { cause },
    );
  }
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
