import { indexPaths, PassageStore, VectorIndex } from '../index/index.js';
import { MODEL_DIM, MODEL_ID } from '../index/model/index.js';
import { AppError } from '../index/error.js';
import type { FetchLimits } from '../index/fetch/index.js';
import { ingestDocument } from '../index/ingestDocument.js';
import type { IngestOutcome } from '../index/ingestDocument.js';
import { ingestUrl } from '../index/ingestUrl.js';
import { removeReport } from '../index/removeReport.js';
import { startWorkerEmbedder } from '../index/workerEmbedder.js';
import type { WorkerEmbedder } from '../index/workerEmbedder.js';
import { parseIngestCaption } from './ingestCaption.js';
import type { Ingest, IngestLink, IngestLinkRequest, IngestRequest, IngestResult, RemoveReport } from './services.js';

/** Where reports are written and how large a file an admin may send. */
export interface ReportIngestOptions {
  dataDir: string;
  modelsDir: string;
  /** Bounds on fetching reports by link; default: FetchLimits' defaults (public addresses only). */
  fetch?: FetchLimits;
  /** Largest file accepted, in bytes; default 20 MiB (also the Bot API's download limit). */
  maxBytes?: number;
}

/** Adding and removing reports from the chat: `ingest` and `remove` for the bot's services, `close` at shutdown. */
export interface ReportIngest {
  ingest: Ingest;
  ingestLink: IngestLink;
  remove: RemoveReport;
  close(): Promise<void>;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Adds documents and links sent by admins to the index, one at a time (links fetched within `fetch`). The model runs on a worker thread (started at
 * the first document) so that questions keep being answered while a report is embedded; the write is one
 * transaction, which the searcher picks up at its next question.
 */
export function createReportIngest(options: ReportIngestOptions): ReportIngest {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let embedder: Promise<WorkerEmbedder> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  /** Opens the index with the worker's model, runs one ingest against it and brings the vector index in line. */
  const withStore = async (work: (store: PassageStore, model: WorkerEmbedder) => Promise<IngestOutcome>): Promise<IngestResult> => {
    embedder ??= startWorkerEmbedder(options.modelsDir);
    const model = await embedder;
    const store = PassageStore.open(indexPaths(options.dataDir).db, model);
    try {
      const outcome = await work(store, model);
      VectorIndex.open(options.dataDir, store);
      return { title: outcome.meta.title, passageCount: outcome.passages, org: outcome.meta.org, year: outcome.meta.year, replaced: outcome.replaced.length };
    } finally {
      store.close();
    }
  };

  const run = async (request: IngestRequest): Promise<IngestResult> => {
    if (request.sizeBytes !== undefined && request.sizeBytes > maxBytes) {
      throw new AppError('FILE_TOO_LARGE', `${request.fileName} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MiB limit`);
    }
    const bytes = await request.download();
    const caption = parseIngestCaption(request.caption);
    return withStore((store, model) => ingestDocument(store, model, bytes, request.fileName, { ...caption, maxBytes, onOcrProgress: request.onOcrProgress }));
  };

  const runLink = (request: IngestLinkRequest): Promise<IngestResult> => {
    const caption = parseIngestCaption(request.caption);
    return withStore((store, model) => ingestUrl(store, model, request.url, { ...caption, maxBytes, onOcrProgress: request.onOcrProgress, fetch: { maxBytes, ...options.fetch } }));
  };

  // One change at a time, in the order asked.
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    ingest: (request) => enqueue(() => run(request)),
    ingestLink: (request) => enqueue(() => runLink(request)),
    remove: (idOrFile) =>
      enqueue(async () => {
        const store = PassageStore.open(indexPaths(options.dataDir).db, { modelId: MODEL_ID, dim: MODEL_DIM });
        try {
          const removed = removeReport(store, idOrFile);
          return removed && { id: removed.meta.id, org: removed.meta.org, title: removed.meta.title };
        } finally {
          store.close();
        }
      }),
    async close() {
      await queue;
      if (embedder) await (await embedder).close();
    },
  };
}
