import type { Config } from '../../config/index.js';
import type { IngestedReport } from '../../prompts/index.js';
import type { PreviousQuestion, Searcher } from '../../retrieval/index.js';
import type { BotStore } from '../state/botStore.js';
import type { ShownResult } from '../format/keyboards.js';
import type { Logger } from '../log/logger.js';
import type { RateLimiter } from '../middleware/rateLimiter.js';
import type { StateStore } from '../state/stateStore.js';

/** A document an admin sent, handed to the (future) ingestion step. */
export interface IngestRequest {
  fileName: string;
  mimeType: string | undefined;
  sizeBytes: number | undefined;
  userId: number;
  /** The document's caption: where an admin can add metadata the file lacks. */
  caption: string | undefined;
  /** Fetches the file's bytes from Telegram, stopping with FILE_TOO_LARGE as soon as more than `maxBytes` arrive. */
  download(maxBytes: number): Promise<Uint8Array>;
  /** Called as scanned PDF pages are read by OCR: pages done, pages to read. */
  onOcrProgress?: (done: number, total: number) => void;
}

/** A link to a report (its web page or its file) an admin sent, for the ingest step to fetch. */
export interface IngestLinkRequest {
  url: string;
  userId: number;
  /** The rest of the message: metadata the report lacks, or 替换, as in a document's caption. */
  caption: string | undefined;
  onOcrProgress?: (done: number, total: number) => void;
}

/** The seam for adding reports from the chat; throws AppError (FILE_*, REPORT_*) to refuse a file. */
export type Ingest = (request: IngestRequest) => Promise<IngestedReport>;

/** The seam for adding a report by link; throws AppError (FETCH_*, PAGE_NOT_REPORT, FILE_*, REPORT_*) to refuse it. */
export type IngestLink = (request: IngestLinkRequest) => Promise<IngestedReport>;

/** The seam for taking a report out from the chat: the removed report, or undefined when no report has that id. */
export type RemoveReport = (idOrFile: string) => Promise<{ id: string; org: string; title: string } | undefined>;

/** Everything the handlers use, built once by startBot/startConsole and passed down. */
export interface BotServices {
  config: Config;
  searcher: Searcher;
  store: BotStore;
  logger: Logger;
  /** Server-side state behind answer buttons. */
  results: StateStore<ShownResult>;
  /** Questions behind shared-search links (t.me/bot?start=s_<key>), kept for SHARE_TTL_MS. */
  shares: StateStore<string>;
  /** The last question answered per conversation (a private chat, or a reply thread in a group), for follow-ups. */
  conversations: StateStore<PreviousQuestion>;
  /** Corrected questions behind "did you mean" buttons. */
  spellings: StateStore<string[]>;
  limiter: RateLimiter;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Absent: documents get "ingesting is not available". */
  ingest: Ingest | undefined;
  /** Absent: an admin's link is treated as a question, as anyone's is. */
  ingestLink: IngestLink | undefined;
  /** Absent: /remove answers that it is not available. */
  remove: RemoveReport | undefined;
}
