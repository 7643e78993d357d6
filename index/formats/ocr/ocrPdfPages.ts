import { Worker } from 'node:worker_threads';
import { AppError } from '../../../errors/index.js';
import type { PdfLine } from '../pdfLines.js';
import { ocrPageLines } from './ocrLines.js';
import type { OcrPage } from './ocrLines.js';

/** How scanned pages are read. All optional. */
export interface OcrOptions {
  /** Rendering resolution, dots per inch; default 300 (office scanners scan at 200–300). */
  dpi?: number;
  /** Called before the first page (0 done) and after each page: pages done, pages to read. */
  onProgress?: (done: number, total: number) => void;
  /** Which chi_sim model of @tesseract.js-data/chi_sim: its `4.0.0` folder (LSTM + legacy) or `4.0.0_best_int`; default see OCR_MODEL. */
  model?: OcrModel;
  /** Wall-clock limit per page, in milliseconds; default 120,000 (a page takes 5 CPU-seconds; a loaded machine stretches that). */
  pageTimeoutMs?: number;
}

/** The chi_sim models the npm package carries (folders of @tesseract.js-data/chi_sim). */
export type OcrModel = '4.0.0' | '4.0.0_best_int';
/**
 * The model used unless told otherwise. Measured with `npm run bench:ocr -- --model …` on a 10-page seed scan:
 * 4.0.0 98.65 % characters right, 4.9 CPU-s a page; 4.0.0_best_int 97.55 %, 4.3 CPU-s, and its line
 * confidences are too low to tell seal residue from text (the 2-page fixture fell to 94 %).
 */
export const OCR_MODEL: OcrModel = '4.0.0';

/** Wall-clock bound on one scanned page, in milliseconds (the first page gets twice this: it loads the model). */
export const OCR_PAGE_TIMEOUT_MS = 120_000;

const DEFAULTS = { dpi: 300, pageTimeoutMs: OCR_PAGE_TIMEOUT_MS, model: OCR_MODEL };
/** Longest side of a rendered page in pixels: A4 at 300 dpi is 3508; larger pages are rendered smaller. */
const MAX_PIXELS = 4200;
/** Heap for the OCR thread, in MiB: pdf.js, one page's bitmap and Tesseract's model fit well within it. */
const WORKER_HEAP_MB = 1024;

type Reply = ({ page: number } & OcrPage) | { done: true };

/**
 * Reads the given pages of a PDF (1-based numbers) by rendering them and running Chinese OCR on a worker thread.
 * Returns each page's lines in PDF points, in the order asked. Throws FILE_UNREADABLE when the OCR thread fails
 * or a page takes longer than `pageTimeoutMs`.
 */
export async function ocrPdfPages(bytes: Uint8Array, fileName: string, pages: readonly number[], options: OcrOptions = {}): Promise<PdfLine[][]> {
  const { dpi, pageTimeoutMs, model } = { ...DEFAULTS, ...Object.fromEntries(Object.entries(options).filter(([, v]) => v !== undefined)) };
  if (pages.length === 0) return [];
  options.onProgress?.(0, pages.length);
  const url = new URL(`./ocrWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  const workerData = { bytes: new Uint8Array(bytes), pages: [...pages], dpi, maxPixels: MAX_PIXELS, model };
  const resourceLimits = { maxOldGenerationSizeMb: WORKER_HEAP_MB };
  // Run from TypeScript (tsx), the worker registers the same loader before importing its module.
  const worker = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, workerData, resourceLimits })
    : new Worker(url, { workerData, resourceLimits });
  const read = new Map<number, PdfLine[]>();
  try {
    await new Promise<void>((resolve, reject) => {
      let timer: NodeJS.Timeout;
      // The first page also waits for the model to load.
      const arm = (ms: number) => {
        clearTimeout(timer);
        timer = setTimeout(() => reject(new AppError('FILE_UNREADABLE', `${fileName}: reading a scanned page took longer than ${Math.round(ms / 1000)} s; send a PDF with a text layer, or .docx`)), ms);
      };
      arm(2 * pageTimeoutMs);
      worker.on('message', (reply: Reply) => {
        if ('done' in reply) {
          clearTimeout(timer);
          return resolve();
        }
        read.set(reply.page, ocrPageLines(reply));
        options.onProgress?.(read.size, pages.length);
        arm(pageTimeoutMs);
      });
      worker.once('error', (cause) => {
        clearTimeout(timer);
        reject(new AppError('FILE_UNREADABLE', `${fileName}: its scanned pages could not be read by OCR (${cause.message}); send a PDF with a text layer, or .docx`, { cause }));
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        if (read.size < pages.length) reject(new AppError('FILE_UNREADABLE', `${fileName}: OCR stopped (exit ${code}) after ${read.size} of ${pages.length} scanned pages; send a PDF with a text layer, or .docx`));
      });
    });
  } finally {
    await worker.terminate();
  }
  return pages.map((page) => read.get(page) ?? []);
}
