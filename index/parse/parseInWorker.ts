import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../errors/index.js';
import type { DocumentText } from '../formats/documentText.js';
import { OCR_PAGE_TIMEOUT_MS } from '../formats/ocr/ocrPdfPages.js';
import type { ParsedReport } from '../types.js';

/** Bounds on reading one document; all optional. */
export interface ParseLimits {
  /** Largest file accepted, in bytes; default 20 MiB (readDocument's). */
  maxBytes?: number;
  /** Wall-clock limit on reading it; default 20 s (a 300-page text PDF reads in ~5 s here). */
  timeoutMs?: number;
  /** V8 heap limit of the reading thread, in MiB; default 384 (Buffers such as the file itself come on top). */
  maxHeapMb?: number;
  /** Most characters of text a report may have; default 1,500,000 (2,000 passages of 300 are 600,000; the longest seed ~30,000). */
  maxTextChars?: number;
  /** Aborting stops the reading at once; the promise rejects with INGEST_INTERRUPTED. */
  signal?: AbortSignal;
  /** Progress of reading scanned PDF pages by OCR: pages done, pages to read (called before the first page and after each). */
  onOcrProgress?: (done: number, total: number) => void;
}

const DEFAULT_TIMEOUT_MS = 20_000;
const DEFAULT_MAX_HEAP_MB = 384;
/** Most characters of text a report may have unless told otherwise (ingestUrl holds fetched pages to it too). */
export const DEFAULT_MAX_TEXT_CHARS = 1_500_000;

/** A file read and parsed: its text (with format facts) and the report parsed from it. */
export interface ParsedDocument {
  document: DocumentText;
  parsed: ParsedReport;
}

type Reply = ParsedDocument | { error: { code?: ErrorCode; message: string; stack?: string } } | { ocrProgress: { done: number; total: number } };

/**
 * readDocument() and parseReport() on a worker thread of its own, so that no file — however large, deep,
 * compressed or slow to parse — blocks the caller's thread. Past `timeoutMs` or `maxHeapMb` the thread is
 * terminated and the file refused with FILE_TOO_COMPLEX naming the limit; a text over `maxTextChars` is
 * REPORT_TOO_LARGE; readDocument's refusals come back as the same AppErrors. The caller's bytes are
 * copied, never detached. A PDF with scanned pages is read by OCR (on a thread the reading thread starts);
 * when OCR starts on N pages, the time limit becomes `timeoutMs` + (N + 1) × OCR_PAGE_TIMEOUT_MS from then
 * (OCR's own per-page bound, the model's loading counted as one more page), since OCR takes seconds a page.
 */
export async function parseInWorker(bytes: Uint8Array, fileName: string, limits: ParseLimits = {}): Promise<ParsedDocument> {
  const timeoutMs = limits.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const maxHeapMb = limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  if (limits.signal?.aborted) throw interrupted(fileName);
  const copy = new Uint8Array(bytes);
  const workerData = { bytes: copy, fileName, maxBytes: limits.maxBytes, maxTextChars: limits.maxTextChars ?? DEFAULT_MAX_TEXT_CHARS };
  const options = {
    workerData,
    transferList: [copy.buffer],
    resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 32, stackSizeMb: 8 },
  };
  const url = new URL(`./parseWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  // Run from TypeScript (tsx, vitest), the worker registers the same loader before importing its module.
  const worker = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { ...options, eval: true })
    : new Worker(url, options);
  return new Promise<ParsedDocument>((resolve, reject) => {
    let settled = false;
    const finish = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      limits.signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      outcome();
    };
    const tooSlow = (ms: number) =>
      new AppError('FILE_TOO_COMPLEX', `${fileName} took longer than ${ms / 1000} s to read (the limit) and was not processed. Save it as .txt or a smaller PDF and send it again.`);
    let timer = setTimeout(() => finish(() => reject(tooSlow(timeoutMs))), timeoutMs);
    const onAbort = () => finish(() => reject(interrupted(fileName)));
    limits.signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (reply: Reply) => {
      if ('ocrProgress' in reply) {
        const { done, total } = reply.ocrProgress;
        if (done === 0 && !settled) {
          const ocrMs = timeoutMs + (total + 1) * OCR_PAGE_TIMEOUT_MS;
          clearTimeout(timer);
          timer = setTimeout(() => finish(() => reject(tooSlow(ocrMs))), ocrMs);
        }
        limits.onOcrProgress?.(done, total);
        return;
      }
      finish(() => ('error' in reply ? reject(fromReply(reply.error, fileName)) : resolve(reply)));
    });
    worker.once('error', (error: Error & { code?: string }) =>
      finish(() =>
        reject(
          error.code === 'ERR_WORKER_OUT_OF_MEMORY'
            ? new AppError('FILE_TOO_COMPLEX', `${fileName} needed more than ${maxHeapMb} MiB of memory to read (the limit) and was not processed. Save it as .txt or a smaller PDF and send it again.`, { cause: error })
            : new AppError('FILE_UNREADABLE', `${fileName} could not be read (${error.message}). Save it again in another format and resend it.`, { cause: error }),
        ),
      ),
    );
    worker.once('exit', (code) => finish(() => reject(new AppError('FILE_UNREADABLE', `${fileName} could not be read: the reader stopped (exit code ${code}). Save it again in another format and resend it.`))));
  });
}

function fromReply(error: { code?: ErrorCode; message: string; stack?: string }, fileName: string): AppError {
  if (error.code) return new AppError(error.code, error.message);
  const cause = Object.assign(new Error(error.message), { stack: error.stack });
  return new AppError('FILE_UNREADABLE', `${fileName} could not be read (${error.message}). Save it again in another format and resend it.`, { cause });
}

function interrupted(fileName: string): AppError {
  return new AppError('INGEST_INTERRUPTED', `adding ${fileName} was stopped because the program is shutting down; nothing was changed. Add it again once it is back.`);
}
