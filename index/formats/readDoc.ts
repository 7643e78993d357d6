import WordExtractor from 'word-extractor';
import { AppError } from '../../errors/index.js';
import { unsupported } from './sniffFormat.js';

/** Names of OLE (Compound File) streams, as stored in the directory (UTF-16LE), that tell the file's kind. */
const stream = (name: string): Buffer => Buffer.from(name, 'utf16le');
const WORD_STREAM = stream('WordDocument');
const OTHER_STREAMS: ReadonlyArray<{ name: Buffer; what: string }> = [
  { name: stream('EncryptedPackage'), what: 'a password-protected Word or Office file; open it, remove the password and save it as .docx' },
  { name: stream('Workbook'), what: 'an Excel workbook (.xls), not a report' },
  { name: stream('PowerPoint Document'), what: 'a PowerPoint presentation (.ppt), not a report' },
];

/**
 * The text of a Word 97–2003 binary document (.doc), or a WPS Office .wps file saved in the same binary
 * (OLE/Compound File) format, read with word-extractor: the body's paragraphs, a blank line between them (no
 * headers, footers or footnotes). Throws FILE_UNSUPPORTED for another kind of OLE file (Excel, PowerPoint,
 * an encrypted package, an older Kingsoft WPS format), naming it and what to convert it to, and
 * FILE_UNREADABLE when a Word file is damaged or encrypted.
 */
export async function readDoc(bytes: Uint8Array, fileName: string): Promise<string> {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (!buffer.includes(WORD_STREAM)) {
    const other = OTHER_STREAMS.find(({ name }) => buffer.includes(name));
    const wps = /\.wps$/i.test(fileName);
    throw unsupported(
      fileName,
      other?.what ??
        (wps
          ? 'a WPS Office file in an older WPS format, not the Word-compatible one; open it in WPS Office and save it as .docx (文件 › 另存为 › Word 文件) or export a PDF'
          : 'an old-style Office file that is not a Word document; open it in Word or WPS and save it as .docx or PDF'),
    );
  }
  let body: string;
  try {
    // filterUnicode off: keep “”‘’ and — as printed (its filter turns them into ASCII look-alikes).
    const document = await new WordExtractor().extract(Buffer.from(buffer));
    body = (document.getBody as (options: { filterUnicode: boolean }) => string).call(document, { filterUnicode: false });
  } catch (cause) {
    throw new AppError(
      'FILE_UNREADABLE',
      `${fileName} could not be read as a Word 97–2003 (.doc) or WPS document; it may be damaged or password-protected. Open it in Word or WPS, save it as .docx (or export a PDF) and send that.`,
      { cause },
    );
  }
  return body
    .replace(/\r\n?/g, '\n')
    .replace(/\t+/g, ' ') // table cell ends
    .split('\n')
    .map((line) => line.replace(/[ \t\u3000]+$/u, ''))
    .filter((line) => line.trim() !== '')
    .join('\n\n')
    .trim();
}
