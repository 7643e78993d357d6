import { passageTerms } from '../lexical/passageTerms.js';
import type { PassageTerms } from '../lexical/passageTerms.js';
import type { ParsedDocument } from '../parse/parseInWorker.js';
import { readForIngest } from './ingestDocument.js';
import type { IngestOptions } from './ingestDocument.js';

/** One report file for bulk ingest: how it is shown, its file name, its size in bytes (for the estimate), and how to read it. */
export interface FileSource {
  /** Shown in outcomes and progress (the path as given). */
  label: string;
  /** The file's own name (kept with the original; its extension picks the reader). */
  fileName: string;
  /** Size in bytes, 0 when unknown: the progress estimate's unit for files not yet parsed. */
  size: number;
  /** The file's bytes; throws an AppError (FILE_UNREADABLE) when it cannot be read. */
  read(): Uint8Array;
}

/** A file of a window: parsed with the terms of its passages, or why it could not be. */
export type WindowFile =
  | { source: FileSource; bytes: Uint8Array; read: ParsedDocument; terms: PassageTerms[] }
  | { source: FileSource; error: unknown };

/** Files parsed together, and the index of the first file after them. */
export interface ParsedWindow {
  files: WindowFile[];
  next: number;
  /** Passages of the files parsed. */
  passages: number;
}

/** Bounds on one window: it closes at whichever comes first. */
export interface WindowLimits {
  /** Default 2,000 passages (≈ 4 MiB of vectors, a minute or two of embedding here). */
  windowPassages?: number;
  /** Default 64 files. */
  windowFiles?: number;
}

/** The ingest options reading a file uses; OCR progress names the file. */
export type WindowParseOptions = Pick<IngestOptions, 'maxBytes' | 'parseLimits' | 'signal'> & {
  onOcrProgress?: (label: string, done: number, total: number) => void;
  /** After each file is read (or fails to be), with its passage count (0 for a failure): progress while a window fills. */
  onFileRead?: (source: FileSource, passages: number) => void;
};

/**
 * Reads and parses `sources` from `start` on, one at a time through parseInWorker (each file on its own
 * thread under the ingest limits), until the window is full. A file that cannot be read or parsed is kept
 * with its error, to be reported in order; nothing here touches the index.
 */
export async function parseWindow(sources: readonly FileSource[], start: number, limits: WindowLimits, options: WindowParseOptions): Promise<ParsedWindow> {
  const maxPassages = limits.windowPassages ?? 2000;
  const maxFiles = limits.windowFiles ?? 64;
  const files: WindowFile[] = [];
  let passages = 0;
  let next = start;
  while (next < sources.length && files.length < maxFiles && passages < maxPassages) {
    const source = sources[next++]!;
    try {
      const bytes = source.read();
      const read = await readForIngest(bytes, source.fileName, { ...options, onOcrProgress: (done, total) => options.onOcrProgress?.(source.label, done, total) });
      const terms = read.parsed.passages.map((passage) => passageTerms(passage, read.parsed.meta));
      files.push({ source, bytes, read, terms });
      passages += terms.length;
      options.onFileRead?.(source, terms.length);
    } catch (error) {
      files.push({ source, error });
      options.onFileRead?.(source, 0);
    }
  }
  return { files, next, passages };
}
