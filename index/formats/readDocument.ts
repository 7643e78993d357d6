import { AppError } from '../../errors/index.js';
import type { DocumentText } from './documentText.js';
import { readDoc } from './readDoc.js';
import { readDocx } from './readDocx.js';
import { readHtml } from './readHtml.js';
import { readPdf } from './readPdf.js';
import { readText } from './readText.js';
import { sniffFormat } from './sniffFormat.js';

export type { DocumentFormat, DocumentText } from './documentText.js';

/** Limits on what readDocument() accepts. */
export interface ReadLimits {
  /** Largest file accepted, in bytes; default 20 MiB. */
  maxBytes?: number;
  /** Progress of reading scanned PDF pages by OCR: pages done, pages to read. */
  onOcrProgress?: (done: number, total: number) => void;
  /** The text limit a web page is held to before it is parsed (see readHtml); default: no check. */
  maxTextChars?: number;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Reads a report file — plain text, .docx, .doc/.wps (Word 97–2003 binary), .pdf (scanned pages by OCR),
 * or an .html article page — into plain text. The format comes from the bytes first and `fileName`'s extension second; nothing is
 * read from disk. Throws AppError FILE_TOO_LARGE, FILE_EMPTY, FILE_UNSUPPORTED, FILE_SCANNED or
 * FILE_UNREADABLE with a message that says what to do.
 */
export async function readDocument(bytes: Uint8Array, fileName: string, limits: ReadLimits = {}): Promise<DocumentText> {
  const maxBytes = limits.maxBytes ?? DEFAULT_MAX_BYTES; // an explicit `undefined` means the default too
  if (bytes.byteLength > maxBytes) {
    throw new AppError(
      'FILE_TOO_LARGE',
      `${fileName} is ${formatSize(bytes.byteLength)}; the limit is ${formatSize(maxBytes)}. Send the report without images (as .docx or .txt) or split it into parts.`,
    );
  }
  if (bytes.byteLength === 0) throw empty(fileName);
  const document = await readByFormat(bytes, fileName, limits);
  if (document.text.trim() === '') throw empty(fileName);
  return document;
}

async function readByFormat(bytes: Uint8Array, fileName: string, limits: ReadLimits): Promise<DocumentText> {
  const format = sniffFormat(bytes, fileName);
  switch (format) {
    case 'txt':
      return { format, ...readText(bytes, fileName) };
    case 'docx':
      return { format, text: await readDocx(bytes, fileName) };
    case 'doc':
      return { format, text: await readDoc(bytes, fileName) };
    case 'pdf':
      return { format, ...(await readPdf(bytes, fileName, { onOcrProgress: limits.onOcrProgress })) };
    case 'html': {
      const { text, encoding, fields } = readHtml(bytes, fileName, limits.maxTextChars);
      return Object.keys(fields).length > 0 ? { format, text, encoding, fields } : { format, text, encoding };
    }
  }
}

function empty(fileName: string): AppError {
  return new AppError('FILE_EMPTY', `${fileName} has no text in it. Check that it is the report itself and send it again.`);
}

/** "20 MiB", "1.5 MiB", "300 KiB", "512 bytes". */
function formatSize(bytes: number): string {
  const [value, unit] =
    bytes >= 1024 * 1024 ? [bytes / (1024 * 1024), 'MiB'] : bytes >= 1024 ? [bytes / 1024, 'KiB'] : [bytes, 'bytes'];
  return `${Number.isInteger(value) ? value : value.toFixed(1)} ${unit}`;
}
