import { indexPaths, ingestDocument, MODEL_DIM, MODEL_ID, PassageStore, removeReport, startWorkerEmbedder, VectorIndex } from '../../index/index.js';
import type { WorkerEmbedder } from '../../index/index.js';
import { AppError } from '../../errors/index.js';
import { parseIngestCaption } from './ingestCaption.js';
import type { Ingest, IngestRequest, IngestResult, RemoveReport } from '../app/services.js';

/** Where reports are written and how large a file an admin may send. */
export interface ReportIngestOptions {
  dataDir: string;
  modelsDir: string;
  /** Largest file accepted, in bytes; default 20 MiB (also the Bot API's download limit). */
  maxBytes?: number;
}

/** Adding and removing reports from the chat: `ingest` and `remove` for the bot's services, `close` at shutdown. */
export interface ReportIngest {
  ingest: Ingest;
  remove: RemoveReport;
  close(): Promise<void>;
}

const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;

/**
 * Adds documents sent by admins to the index, one at a time. The model runs on a worker thread (started at
 * the first document) so that questions keep being answered while a report is embedded; the write is one
 * transaction, which the searcher picks up at its next question.
 */
export function createReportIngest(options: ReportIngestOptions): ReportIngest {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let embedder: Promise<WorkerEmbedder> | undefined;
  let queue: Promise<unknown> = Promise.resolve();

  const run = async (request: IngestRequest): Promise<IngestResult> => {
    if (request.sizeBytes !== undefined && request.sizeBytes > maxBytes) {
      throw new AppError('FILE_TOO_LARGE', `${request.fileName} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MiB limit`);
    }
    const bytes = await request.download(maxBytes);
    embedder ??= startWorkerEmbedder(options.modelsDir);
    const model = await embedder;
    const store = PassageStore.open(indexPaths(options.dataDir).db, model);
    try {
      const caption = parseIngestCaption(request.caption);
      const outcome = await ingestDocument(store, model, bytes, request.fileName, { ...caption, maxBytes });
      VectorIndex.open(options.dataDir, store);
      return { title: outcome.meta.title, passageCount: outcome.passages, org: outcome.meta.org, year: outcome.meta.year, replaced: outcome.replaced.length };
    } finally {
      store.close();
    }
  };

  // One change at a time, in the order asked.
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    ingest: (request) => enqueue(() => run(request)),
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
