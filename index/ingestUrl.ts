import type { Embedder } from './embedder.js';
import { readWebReport } from './fetch/index.js';
import type { FetchLimits } from './fetch/index.js';
import { ingestDocumentText } from './ingestDocument.js';
import type { IngestOptions, IngestOutcome } from './ingestDocument.js';
import type { PassageStore } from './store/passageStore.js';

/** What adding a report by link did: the ingest outcome and where the text came from. */
export interface UrlIngestOutcome extends IngestOutcome {
  sourceUrl: string;
  /** The attachment read instead of the page's body, when it was. */
  attachmentUrl?: string;
}

/**
 * Adds the report at `url` (a government page, or a link straight to its file) as ingestDocument() adds a file,
 * recording the address in the report's metadata. Fetching is bounded by `fetch` (see FetchLimits); a page that
 * is not a report or a failed fetch throws an AppError and changes nothing.
 */
export async function ingestUrl(store: PassageStore, embedder: Embedder, url: string, options: IngestOptions & { fetch?: FetchLimits } = {}): Promise<UrlIngestOutcome> {
  const web = await readWebReport(url, { ...options.fetch, maxBytes: options.fetch?.maxBytes ?? options.maxBytes, onOcrProgress: options.onOcrProgress });
  const outcome = await ingestDocumentText(store, embedder, web.document, web.fileName, { ...options, sourceUrl: web.sourceUrl });
  return { ...outcome, sourceUrl: web.sourceUrl, ...(web.attachmentUrl ? { attachmentUrl: web.attachmentUrl } : {}) };
}
