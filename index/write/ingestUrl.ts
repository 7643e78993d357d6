import { AppError } from '../../errors/index.js';
import type { Embedder } from '../embedding/embedder.js';
import { readWebReport } from '../fetch/index.js';
import type { FetchLimits } from '../fetch/index.js';
import { parseReport } from '../parse/parseReport.js';
import { DEFAULT_MAX_TEXT_CHARS } from '../parse/parseInWorker.js';
import type { ParsedDocument } from '../parse/parseInWorker.js';
import type { PassageStore } from '../store/passageStore.js';
import { ingestParsed, readForIngest } from './ingestDocument.js';
import type { IngestOptions, IngestOutcome } from './ingestDocument.js';

/** What adding a report by link did: the ingest outcome and where the text came from. */
export interface UrlIngestOutcome extends IngestOutcome {
  sourceUrl: string;
  /** The attachment read instead of the page's body, when it was. */
  attachmentUrl?: string;
  /** The file the report was read from, as fetched: kept as its original. */
  original: { fileName: string; bytes: Uint8Array };
}

/**
 * Adds the report at `url` (a government page, or a link straight to its file) as ingestDocument() adds a file,
 * recording the address in the report's metadata. Fetching is bounded by `fetch` (see FetchLimits); fetched
 * files (the link's own or an attachment) are read and parsed by parseInWorker with the same limits as uploads
 * (OCR of scans included); a page's own article text is read on this thread, held to the same text length.
 * A page that is not a report or a failed fetch throws an AppError and changes nothing.
 */
export async function ingestUrl(store: PassageStore, embedder: Embedder, url: string, options: IngestOptions & { fetch?: FetchLimits } = {}): Promise<UrlIngestOutcome> {
  const maxBytes = options.fetch?.maxBytes ?? options.maxBytes;
  const files: ParsedDocument[] = [];
  const readFile = async (bytes: Uint8Array, fileName: string) => {
    const read = await readForIngest(bytes, fileName, { ...options, maxBytes });
    files.push(read);
    return read.document;
  };
  const web = await readWebReport(url, { ...options.fetch, maxBytes }, readFile);
  const maxTextChars = options.parseLimits?.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS;
  if (web.document.text.length > maxTextChars) {
    throw new AppError('REPORT_TOO_LARGE', `${url} holds ${web.document.text.length} characters of text; the limit is ${maxTextChars}. Split it into separate reports.`);
  }
  // A file read by the worker comes back parsed; a page's own text is parsed here.
  const parsed = files.find((file) => file.document.text === web.document.text)?.parsed ?? parseReport(web.document.text, web.fileName);
  const outcome = await ingestParsed(store, embedder, { document: web.document, parsed }, web.fileName, { ...options, sourceUrl: web.sourceUrl });
  return { ...outcome, sourceUrl: web.sourceUrl, ...(web.attachmentUrl ? { attachmentUrl: web.attachmentUrl } : {}), original: { fileName: web.fileName, bytes: web.bytes } };
}
