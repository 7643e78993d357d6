import type { Config } from '../../config/index.js';
import type { Searcher } from '../../retrieval/index.js';
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
}

/** What ingestion reports back to the admin. */
export interface IngestResult {
  title: string;
  passageCount: number;
  org?: string;
  year?: number | null;
  /** How many earlier versions of the report this one replaced. */
  replaced?: number;
}

/** The seam for adding reports from the chat; throws AppError (FILE_*, REPORT_*) to refuse a file. */
export type Ingest = (request: IngestRequest) => Promise<IngestResult>;

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
  limiter: RateLimiter;
  /** Milliseconds since the epoch. */
  clock: () => number;
  /** Absent: documents get "ingesting is not available". */
  ingest: Ingest | undefined;
  /** Absent: /remove answers that it is not available. */
  remove: RemoveReport | undefined;
}
