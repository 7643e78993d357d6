import mammoth from 'mammoth';
import { AppError } from '../../errors/index.js';
import { readZipEntry } from '../embedding/model/readZipEntry.js';
import { docxParagraphs } from './docxParagraphs.js';
import { checkZipArchive } from './checkZipArchive.js';

/**
 * The text of a Word .docx file, one paragraph per line and a blank line between paragraphs, with
 * each list paragraph's automatic number written as Word shows it (一、 （一） 1. from numbering.xml).
 * Falls back to mammoth's raw text when the main part cannot be read directly. The package is checked
 * first (checkZipArchive: FILE_TOO_COMPLEX for a zip bomb, before anything inflates it). Throws
 * FILE_UNREADABLE when the package cannot be opened.
 */
export async function readDocx(bytes: Uint8Array, fileName: string): Promise<string> {
  checkZipArchive(bytes, fileName);
  const direct = readParts(Buffer.from(bytes));
  if (direct) return tidy(direct.join('\n\n'));
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
  return tidy(raw);
}

/** The paragraphs read straight from word/document.xml, or undefined when the package will not open that way. */
function readParts(zip: Buffer): string[] | undefined {
  try {
    const part = (name: string) => readZipEntry(zip, name)?.toString('utf8');
    const document = part('word/document.xml');
    if (!document) return undefined;
    const numbering = part('word/numbering.xml');
    const styles = part('word/styles.xml');
    const paragraphs = docxParagraphs({ document, ...(numbering ? { numbering } : {}), ...(styles ? { styles } : {}) });
    return paragraphs.length > 0 ? paragraphs : undefined;
  } catch {
    return undefined;
  }
}

function tidy(raw: string): string {
  return raw
    .replace(/\r\n?/g, '\n')
    .replace(/[ \t]+$/gm, '')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}
