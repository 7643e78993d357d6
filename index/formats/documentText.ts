/** The file formats a report can be read from. */
export type DocumentFormat = 'txt' | 'docx' | 'doc' | 'pdf' | 'html';

/** A report file read into plain text, ready for the cleaning pipeline. */
export interface DocumentText {
  /** The document's words in reading order, `\n` line ends; docx, doc, pdf and html put a blank line between paragraphs. */
  text: string;
  format: DocumentFormat;
  /** Encoding the bytes were decoded from, as a WHATWG name (`utf-8`, `gb18030`, `big5`, `utf-16le` …); txt and html only. */
  encoding?: string;
  /** Number of pages; pdf only. */
  pages?: number;
  /** Pages read by OCR (they had no text layer); pdf only, when any. */
  ocrPages?: number;
  /** Labelled header fields of a web page (索引号, 发布机构, 文号, 发布日期, 成文日期, 标题) as printed; html only, when any. */
  fields?: Record<string, string>;
}
