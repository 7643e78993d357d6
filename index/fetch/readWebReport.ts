import { parse } from 'parse5';
import { AppError } from '../../errors/index.js';
import { readDocument } from '../formats/readDocument.js';
import type { DocumentText, ReadLimits } from '../formats/readDocument.js';
import { decodeHtml, readHtml } from '../formats/readHtml.js';
import { sniffFormat } from '../formats/sniffFormat.js';
import { fetchResource } from './fetchResource.js';
import type { FetchLimits, FetchedResource } from './fetchResource.js';
import { findAttachments } from './findAttachments.js';
import { hanCount, MIN_REPORT_HAN } from '../reportLength.js';

/** A report read from the web. */
export interface WebReport {
  /** The report's text, with the page's header fields (发布机构, 文号, 索引号, dates) when it came from a page. */
  document: DocumentText;
  /** The name of the file the text came from (the page's or the attachment's). */
  fileName: string;
  /** The address the report was asked for by (the page, even when its attachment was read). */
  sourceUrl: string;
  /** The attachment read instead of the page's body, when it was. */
  attachmentUrl?: string;
  /** The bytes the text was read from (the page's, the linked file's or the attachment's), kept as the original. */
  bytes: Uint8Array;
}

/** A page body with fewer Han characters than this is "little more than a link": its attachment is read instead. */
const MIN_BODY_HAN = 200;
/** How far into a report its title (with 报告 in it) is looked for, in characters. */
const TITLE_WINDOW = 300;
/** Attachments tried, in order, before giving up. */
const MAX_ATTACHMENTS = 3;

/** Reads a fetched file into text (readDocument, or the same on a worker thread with limits: parseInWorker). */
export type ReadFile = (bytes: Uint8Array, fileName: string) => Promise<DocumentText>;

/**
 * Fetches a report from `url` within `limits`: a link straight to a .pdf/.doc/.docx/.wps is read as that
 * file; a web page's article body and header fields are read as for .html files, and when the body is little
 * more than a link to an attachment, the attachment is fetched and read instead, keeping the page's fields.
 * Throws PAGE_NOT_REPORT for a page that holds no report, and the fetch and file errors otherwise. Files
 * (the link's own or an attachment) are read by `readFile`, by default readDocument() on this thread; the page
 * itself is read here by readHtml (bounded by `maxBytes` and its tag limit).
 */
export async function readWebReport(url: string, limits: FetchLimits & ReadLimits = {}, readFile: ReadFile = (bytes, name) => readDocument(bytes, name, limits)): Promise<WebReport> {
  const page = await fetchResource(url, limits);
  if (!isHtml(page)) {
    const document = await readFile(page.bytes, page.fileName);
    requireReport(url, document.text, page.fileName);
    return { document, fileName: page.fileName, sourceUrl: url, bytes: page.bytes };
  }
  const html = readHtml(page.bytes, page.fileName);
  const pageFields = html.fields;
  const document: DocumentText = { format: 'html', text: html.text, encoding: html.encoding, fields: pageFields };
  if (hanCount(withoutTitle(document.text, pageFields['标题'])) < MIN_BODY_HAN) {
    const attachments = findAttachments(parse(decodeHtml(page.bytes).html), page.url).slice(0, MAX_ATTACHMENTS);
    let lastError: unknown;
    for (const attachment of attachments) {
      try {
        const file = await fetchResource(attachment.url, limits);
        const read = await readFile(file.bytes, file.fileName);
        requireReport(attachment.url, read.text, `${pageFields['标题'] ?? ''} ${attachment.label}`);
        return { document: { ...read, fields: { ...read.fields, ...pageFields } }, fileName: file.fileName, sourceUrl: url, attachmentUrl: attachment.url, bytes: file.bytes };
      } catch (error) {
        lastError = error;
      }
    }
    if (lastError !== undefined) throw lastError;
  }
  requireReport(url, document.text, pageFields['标题'] ?? '');
  return { document, fileName: page.fileName, sourceUrl: url, bytes: page.bytes };
}

function isHtml(resource: FetchedResource): boolean {
  if (/html/.test(resource.contentType)) return true;
  try {
    return sniffFormat(resource.bytes, resource.fileName) === 'html';
  } catch {
    return false;
  }
}

/** Refuses text too short to be a report, or with no 报告 in its title, the page's title or the link. */
function requireReport(url: string, text: string, titles: string): void {
  const han = hanCount(text);
  if (han < MIN_REPORT_HAN) {
    throw new AppError('PAGE_NOT_REPORT', `${url} holds no report: ${han} Chinese characters of text and no attached .pdf, .doc, .docx or .wps file. Send the link of the report's own page, or of its attached file.`);
  }
  if (!/报告|報告/.test(text.slice(0, TITLE_WINDOW)) && !/报告|報告/.test(titles)) {
    throw new AppError('PAGE_NOT_REPORT', `${url} does not look like a report: its title and opening lines never say 报告. Send the link of the report's own page, or of its attached file.`);
  }
}

function withoutTitle(text: string, title: string | undefined): string {
  return title ? text.replace(title, '') : text;
}
