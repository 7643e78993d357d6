import { AppError } from '../../errors/index.js';
import type { DocumentFormat } from './documentText.js';

/** The formats readDocument() reads, for messages that turn a file away. */
export const SUPPORTED_FORMATS =
  'plain text (.txt in UTF-8, GB18030/GBK, Big5 or UTF-16), Word (.docx, and .doc 97–2003), WPS (.wps of the Word-compatible kind), PDF (.pdf; scanned pages are read by OCR) and web pages (.html)';

/** The Compound File (OLE) signature of Word 97–2003, WPS, Excel .xls and other old Office files. */
const OLE_MAGIC = '\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1';

/** File signatures of things that are not reports we can read, with what to tell the sender. */
const FOREIGN_SIGNATURES: ReadonlyArray<{ magic: string; what: string }> = [
  { magic: '\x89PNG', what: 'a PNG image; a photographed or scanned report needs OCR first' },
  { magic: '\xFF\xD8\xFF', what: 'a JPEG image; a photographed or scanned report needs OCR first' },
  { magic: 'GIF8', what: 'a GIF image' },
  { magic: 'II*\x00', what: 'a TIFF image; a scanned report needs OCR first' },
  { magic: 'MM\x00*', what: 'a TIFF image; a scanned report needs OCR first' },
  { magic: '{\\rtf', what: 'an RTF document; open it in Word or WPS and save it as .docx' },
  { magic: 'Rar!', what: 'a RAR archive; unpack it and send the report itself' },
  { magic: '7z\xBC\xAF\x27\x1C', what: 'a 7-Zip archive; unpack it and send the report itself' },
  { magic: '\x1F\x8B', what: 'a gzip archive; unpack it and send the report itself' },
  { magic: '\x7FELF', what: 'a program, not a document' },
];

/** How far into the file a PDF header may start (PDF 32000-1, 7.5.2 allows leading bytes; readers look in the first KiB). */
const PDF_HEADER_WINDOW = 1024;

/**
 * Decides how to read a file: by its magic bytes first (PDF header, a ZIP that holds `word/`, an OLE file),
 * then by its extension, then by whether it starts like HTML; anything else is read as text.
 * Throws FILE_UNSUPPORTED for known non-report files, FILE_UNREADABLE for a .pdf/.docx that isn't one.
 */
export function sniffFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  const head = latin1(bytes.subarray(0, PDF_HEADER_WINDOW));
  if (head.includes('%PDF-')) return 'pdf';
  if (head.startsWith('PK\x03\x04')) return zipFormat(bytes, fileName);
  if (head.startsWith(OLE_MAGIC)) return 'doc';
  const foreign = FOREIGN_SIGNATURES.find(({ magic }) => head.startsWith(magic));
  if (foreign) throw unsupported(fileName, foreign.what);

  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase() ?? '';
  if (extension === 'pdf' || extension === 'docx') {
    throw new AppError(
      'FILE_UNREADABLE',
      `${fileName} is named .${extension} but is not a ${extension.toUpperCase()} file inside; it may be damaged or renamed. Export or download it again.`,
    );
  }
  if (extension === 'doc') {
    throw new AppError('FILE_UNREADABLE', `${fileName} is named .doc but is not a Word 97–2003 file inside; it may be damaged or renamed. Open it in Word or WPS and save it as .docx.`);
  }
  if (extension === 'wps') {
    throw unsupported(fileName, 'a WPS file in a format only WPS Office reads (not the Word-compatible kind); open it in WPS Office and save it as .docx (文件 › 另存为 › Word 文件) or export a PDF');
  }
  if (['html', 'htm', 'shtml', 'xhtml'].includes(extension)) return 'html';
  if (extension === 'txt') return 'txt';
  return /^(\uFEFF|\xEF\xBB\xBF)?\s*(<!doctype html|<html|<head|<meta|<!--)/i.test(head) || /<body[\s>]/i.test(head)
    ? 'html'
    : 'txt';
}

/** An AppError FILE_UNSUPPORTED naming what the file seems to be and the formats that work. */
export function unsupported(fileName: string, what: string): AppError {
  return new AppError('FILE_UNSUPPORTED', `${fileName} is ${what}. Supported formats: ${SUPPORTED_FORMATS}.`);
}

function zipFormat(bytes: Uint8Array, fileName: string): DocumentFormat {
  // Entry names are stored uncompressed in local headers and the central directory.
  const names = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const has = (name: string): boolean => names.includes(name, 0, 'latin1');
  if (has('word/')) return 'docx';
  if (has('OFD.xml')) throw unsupported(fileName, 'an OFD document; export it to PDF (版式文件另存为 PDF) first');
  if (has('xl/')) throw unsupported(fileName, 'an Excel workbook, not a report');
  if (has('ppt/')) throw unsupported(fileName, 'a PowerPoint presentation, not a report');
  throw unsupported(fileName, 'a ZIP archive, not a Word document; unpack it and send the report itself');
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}
