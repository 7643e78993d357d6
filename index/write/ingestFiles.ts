import { embedBulk, precomputedEmbedder } from '../embedding/embedBulk.js';
import type { Embedder } from '../embedding/embedder.js';
import { reportIdOf } from '../reportId.js';
import { hanCount, MIN_FILE_HAN } from '../reportLength.js';
import { missingMetadata, withOverrides } from './ingestDocument.js';
import type { IngestOptions, IngestOutcome } from './ingestDocument.js';
import type { IndexWriter } from './indexWriter.js';
import { parseWindow } from './parseWindow.js';
import type { FileSource, ParsedWindow, WindowFile, WindowLimits, WindowParseOptions } from './parseWindow.js';

/** Where a bulk ingest stands, in passages (a passage counts once its vector is known: embedded now or found). */
export interface BulkProgress {
  done: number;
  /** Passages of the files read so far that are to be added, plus an estimate for the files not read yet (by their size). */
  total: number;
  /** True once every file has been read: `total` is then exact. */
  exact: boolean;
  filesRead: number;
  files: number;
}

/** What became of one file: added (or replacing), or refused with the error that says why. */
export type FileResult = { outcome: IngestOutcome } | { error: unknown };

/** How to add many files; all optional. Overrides, replace and limits apply to every file as `IndexWriter.ingest` applies them. */
export interface IngestFilesOptions extends Omit<IngestOptions, 'onProgress' | 'onOcrProgress'>, WindowLimits {
  /** Texts per inference call; default BULK_BATCH_SIZE. */
  batchSize?: number;
  /** After every embedded batch and every file read. */
  onProgress?: (progress: BulkProgress) => void;
  /** Once per file, in the order given, right after its commit (or refusal). */
  onResult?: (source: FileSource, result: FileResult) => void;
  onOcrProgress?: WindowParseOptions['onOcrProgress'];
}

/**
 * Adds report files in windows: while one window's passages are embedded together (sorted by length
 * across its files, in batches of similar length, `embedder` ideally on its own thread), the next window
 * is read and parsed; then each report of the window is added through `writer.ingestParsed` with its vectors
 * known — whole or not at all, in its own transaction, with every refusal of a single ingest. A refusal
 * never stops the run; a kill loses only the window in hand. Memory holds at most two windows.
 */
export async function ingestFiles(writer: IndexWriter, embedder: Embedder, sources: readonly FileSource[], options: IngestFilesOptions = {}): Promise<void> {
  const tally = { done: 0, known: 0, bytesRead: 0, filesRead: 0 };
  const bytesTotal = sources.reduce((sum, s) => sum + s.size, 0);
  const report = (): void => {
    const exact = tally.filesRead === sources.length;
    const perByte = tally.bytesRead > 0 ? tally.known / tally.bytesRead : 0;
    const total = exact ? tally.known : tally.known + Math.round((bytesTotal - tally.bytesRead) * perByte);
    options.onProgress?.({ done: tally.done, total: Math.max(total, tally.done), exact, filesRead: tally.filesRead, files: sources.length });
  };
  // Counted file by file, so the total and the files read move while a window is still being read.
  const onFileRead = (source: FileSource, passages: number): void => {
    tally.filesRead += 1;
    tally.bytesRead += source.size;
    tally.known += passages;
    report();
  };
  const read = (start: number): Promise<ParsedWindow> => parseWindow(sources, start, options, { ...options, onFileRead });
  let reading: Promise<ParsedWindow> | undefined = read(0);
  while (reading) {
    const window: ParsedWindow = await reading;
    reading = window.next < sources.length ? read(window.next) : undefined;
    reading?.catch(() => {}); // awaited on the next turn; not an unhandled rejection meanwhile
    let vectors: Map<string, Float32Array>;
    try {
      vectors = await embedWindow(writer, embedder, window.files, options, tally, report);
    } catch (error) {
      // The model failed (its thread died): each file of the window is reported with the reason.
      for (const file of window.files) options.onResult?.(file.source, { error: 'error' in file ? file.error : error });
      continue;
    }
    const known = precomputedEmbedder(embedder, vectors);
    const { overrides, replace, maxBytes, maxPassages, parseLimits, signal } = options;
    for (const file of window.files) {
      if ('error' in file) {
        options.onResult?.(file.source, { error: file.error });
        continue;
      }
      try {
        const outcome = await writer.ingestParsed(known, file.read, file.source.fileName, file.bytes, { overrides, replace, maxBytes, maxPassages, parseLimits, signal });
        options.onResult?.(file.source, { outcome });
      } catch (error) {
        options.onResult?.(file.source, { error });
      }
    }
  }
}

/**
 * The vectors of a window's passages by embedding text: found in the index's cache, or embedded now in one
 * length-sorted run. Files the writer will certainly refuse (already indexed, too short, metadata missing,
 * no passages or too many) are left out, their passages taken off the total.
 */
async function embedWindow(writer: IndexWriter, embedder: Embedder, files: WindowFile[], options: IngestFilesOptions, tally: { done: number; known: number }, report: () => void): Promise<Map<string, Float32Array>> {
  const indexed = new Set(writer.reports().map((r) => r.meta.id));
  const hashOf = new Map<string, string>(); // embedding text → its hash
  const passagesOf = new Map<string, number>(); // embedding text → passages of the window with it
  for (const file of files) {
    if ('error' in file) continue;
    if (!worthEmbedding(file, indexed, options)) {
      tally.known -= file.terms.length;
      continue;
    }
    for (const t of file.terms) {
      hashOf.set(t.embedText, t.textHash);
      passagesOf.set(t.embedText, (passagesOf.get(t.embedText) ?? 0) + 1);
    }
  }
  const texts = [...hashOf.keys()];
  const cached = writer.cachedEmbeddings(texts.map((text) => hashOf.get(text)!));
  const vectors = new Map<string, Float32Array>();
  for (const text of texts) {
    const vector = cached.get(hashOf.get(text)!);
    if (vector) vectors.set(text, vector);
  }
  const missing = texts.filter((text) => !vectors.has(text));
  tally.done += texts.filter((text) => vectors.has(text)).reduce((sum, text) => sum + passagesOf.get(text)!, 0);
  report();
  const embedded = await embedBulk(embedder, missing, {
    batchSize: options.batchSize,
    onBatch: (indices) => {
      tally.done += indices.reduce((sum, i) => sum + passagesOf.get(missing[i]!)!, 0);
      report();
    },
  });
  missing.forEach((text, i) => vectors.set(text, embedded[i]!));
  return vectors;
}

/** False for a file the writer will refuse whatever else happens (checked again, with the reasons, at its commit). */
function worthEmbedding(file: Extract<WindowFile, { read: unknown }>, indexed: Set<string>, options: IngestFilesOptions): boolean {
  const { document, parsed } = file.read;
  if (indexed.has(reportIdOf(document.text)) || hanCount(document.text) < MIN_FILE_HAN) return false;
  const { meta } = withOverrides(parsed, document, options.overrides ?? {});
  return missingMetadata(meta).length === 0 && file.terms.length > 0 && file.terms.length <= (options.maxPassages ?? 2000);
}
