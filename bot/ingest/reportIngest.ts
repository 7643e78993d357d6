import { IndexWriter, MODEL_DIM, MODEL_ID, startWorkerEmbedder } from '../../index/index.js';
import type { Embedder, FetchLimits, IngestOptions, IngestOutcome, WorkerEmbedder } from '../../index/index.js';
import { AppError } from '../../errors/index.js';
import { parseIngestCaption } from './ingestCaption.js';
import type { IngestedReport } from '../../prompts/index.js';
import type { Ingest, IngestLink, IngestLinkRequest, IngestRequest, RemoveReport } from '../app/services.js';

/** Where reports are written and how large a file an admin may send. */
export interface ReportIngestOptions {
  dataDir: string;
  modelsDir: string;
  /** Bounds on fetching reports by link; default: FetchLimits' defaults (public addresses only). */
  fetch?: FetchLimits;
  /** Largest file accepted, in bytes; default 20 MiB (also the Bot API's download limit). */
  maxBytes?: number;
}

/** What a stop did to the ingest that was running: none was, it finished within the grace time, or it was rolled back. */
export type IngestStopOutcome = 'idle' | 'finished' | 'rolledBack';

/** Adding and removing reports from the chat: `ingest` and `remove` for the bot's services, `stop` then `close` at shutdown. */
export interface ReportIngest {
  ingest: Ingest;
  ingestLink: IngestLink;
  remove: RemoveReport;
  /**
   * Takes no more documents (later ones are refused with INGEST_INTERRUPTED), lets the running one finish
   * within `graceMs`, and otherwise aborts it before its write: the index is left as it was. Its sender
   * is told either way by the handler awaiting it.
   */
  stop(graceMs: number): Promise<IngestStopOutcome>;
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
  let stopping = false;
  let running: AbortController | undefined;

  /** Runs one change with an abort signal that `stop` uses; refused once stopping. */
  const run = async (name: string, work: (signal: AbortSignal) => Promise<IngestedReport>): Promise<IngestedReport> => {
    if (stopping) throw new AppError('INGEST_INTERRUPTED', `${name} was not added because the bot is shutting down; nothing was changed. Send it again once it is back.`);
    const controller = new AbortController();
    running = controller;
    try {
      return await work(controller.signal);
    } finally {
      running = undefined;
    }
  };

  const ingestOne = async (request: IngestRequest, signal: AbortSignal): Promise<IngestedReport> => {
    if (request.sizeBytes !== undefined && request.sizeBytes > maxBytes) {
      throw new AppError('FILE_TOO_LARGE', `${request.fileName} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MiB limit`);
    }
    const bytes = await request.download(maxBytes);
    const caption = parseIngestCaption(request.caption);
    const options: IngestOptions = { ...caption, maxBytes, signal, onOcrProgress: request.onOcrProgress };
    return withWriter((writer, model) => writer.ingest(model, bytes, request.fileName, options));
  };

  const ingestLinkOne = (request: IngestLinkRequest, signal: AbortSignal): Promise<IngestedReport> => {
    const caption = parseIngestCaption(request.caption);
    const fetch = { maxBytes, ...options.fetch };
    return withWriter((writer, model) => writer.ingestUrl(model, request.url, { ...caption, maxBytes, signal, onOcrProgress: request.onOcrProgress, fetch }));
  };

  /** Opens the index for writing with the worker's model (started lazily) and runs one ingest through it. */
  const withWriter = async (work: (writer: IndexWriter, model: Embedder) => Promise<IngestOutcome>): Promise<IngestedReport> => {
    // The model's thread starts at the first passage to embed, so a refused file never loads it.
    const embedOnThread = async (): Promise<WorkerEmbedder> => (embedder ??= startWorkerEmbedder(options.modelsDir));
    const model: Embedder = {
      modelId: MODEL_ID,
      dim: MODEL_DIM,
      embed: async (texts) => (await embedOnThread()).embed(texts),
      embedQuery: async (question) => (await embedOnThread()).embedQuery(question),
    };
    const writer = IndexWriter.open(options.dataDir, model);
    try {
      const outcome = await work(writer, model);
      return { title: outcome.meta.title, passageCount: outcome.passages, org: outcome.meta.org, year: outcome.meta.year, replaced: outcome.replaced.length };
    } finally {
      writer.close();
    }
  };

  // One change at a time, in the order asked.
  const enqueue = <T>(work: () => Promise<T>): Promise<T> => {
    const result = queue.then(work);
    queue = result.catch(() => undefined);
    return result;
  };

  return {
    ingest: (request) => enqueue(() => run(request.fileName, (signal) => ingestOne(request, signal))),
    ingestLink: (request) => enqueue(() => run(request.url, (signal) => ingestLinkOne(request, signal))),
    remove: (idOrFile) =>
      enqueue(async () => {
        const writer = IndexWriter.open(options.dataDir, { modelId: MODEL_ID, dim: MODEL_DIM });
        try {
          const removed = writer.remove(idOrFile);
          return removed && { id: removed.meta.id, org: removed.meta.org, title: removed.meta.title };
        } finally {
          writer.close();
        }
      }),
    async stop(graceMs) {
      stopping = true;
      if (running === undefined) return 'idle';
      let timer: NodeJS.Timeout | undefined;
      const inTime = await Promise.race([queue.then(() => true), new Promise<boolean>((r) => (timer = setTimeout(() => r(false), graceMs)))]);
      clearTimeout(timer);
      if (inTime) return 'finished';
      running?.abort();
      await queue;
      return 'rolledBack';
    },
    async close() {
      await queue;
      if (embedder) await (await embedder).close();
    },
  };
}
