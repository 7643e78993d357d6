import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../embedding/embedder.js';
import { indexPaths } from '../indexPaths.js';
import type { IndexPaths } from '../indexPaths.js';
import { PassageStore } from '../store/passageStore.js';
import type { StoredReport } from '../store/passageStore.js';
import { readGraphStamp, VectorIndex } from '../store/vectorIndex.js';
import { graphFileProblem } from '../store/checkGraphFile.js';
import { ingestDocument } from './ingestDocument.js';
import { readOriginal, removeOriginal, saveOriginal } from './originals.js';
import type { IngestOptions, IngestOutcome } from './ingestDocument.js';
import { ingestUrl } from './ingestUrl.js';
import type { UrlIngestOutcome } from './ingestUrl.js';
import type { FetchLimits } from '../fetch/index.js';
import { rebuildIndex } from './rebuildIndex.js';
import { addReport } from './addReport.js';
import type { AddReportResult, ProgressFn } from './addReport.js';
import type { ParsedReport } from '../types.js';
import { removeReport } from './removeReport.js';
import { savedGraphGeneration, saveGraph } from './graphFile.js';
import { syncSeeds } from './syncSeeds.js';
import type { SyncProgress, SyncResult } from './syncSeeds.js';

/** The model an index was (or is to be) built with. An `Embedder` is one. */
export interface IndexIdentity {
  modelId: string;
  dim: number;
}

/**
 * The one write path of an index: adding, replacing and removing reports, syncing the seed folder and
 * rebuilding all go through it. Each change is one store transaction, after which the writer brings the
 * saved HNSW graph in line with the store; nothing else writes the graph file. Readers open the store
 * and the saved graph and never write.
 */
export class IndexWriter {
  /** The graph as this writer last saved or caught it up, kept while the writer is open. */
  private graph: VectorIndex | undefined;

  private constructor(readonly paths: IndexPaths, private readonly store: PassageStore) {}

  /**
   * Opens the index in `dataDir` for writing (creating the folder and an empty index when `create`).
   * Throws AppError INDEX_MISSING / INDEX_MISMATCH / INDEX_CORRUPT as `PassageStore.open` does.
   */
  static open(dataDir: string, identity: IndexIdentity, options: { create?: boolean } = {}): IndexWriter {
    if (options.create) mkdirSync(dataDir, { recursive: true });
    const paths = indexPaths(dataDir);
    return new IndexWriter(paths, PassageStore.open(paths.db, { modelId: identity.modelId, dim: identity.dim }, options));
  }

  /**
   * Rebuilds the index in `dataDir` from scratch beside the old file and swaps it in, re-parsing every
   * stored report (seeds and ingested ones); returns how many reports it holds. Used after a format or
   * model change, when the index cannot be opened for writing.
   */
  static async rebuild(dataDir: string, embedder: Embedder, onReport?: (name: string) => void, onProgress?: ProgressFn): Promise<number> {
    const paths = indexPaths(dataDir);
    const count = await rebuildIndex(paths.db, embedder, onReport, onProgress);
    const writer = IndexWriter.open(dataDir, embedder);
    try {
      writer.repairGraph();
    } finally {
      writer.close();
    }
    return count;
  }

  /** Every report with its passage count, in the order they were added. */
  reports(): StoredReport[] {
    return this.store.reports();
  }

  /**
   * Embeds (reusing vectors cached by text hash) and adds one parsed report in one transaction, replacing
   * an earlier version with the same id and the reports in `replaces`. For bulk imports and benchmarks;
   * files go through `ingest`.
   */
  async add(embedder: Embedder, report: ParsedReport, source: { origin: 'seed' | 'ingest'; text: string }, options: { replaces?: string[]; onProgress?: ProgressFn } = {}): Promise<AddReportResult> {
    const result = await addReport(this.store, embedder, report, source, options.onProgress, options.replaces);
    this.commitGraph();
    return result;
  }

  /** Reads, parses, embeds and adds one report file (see `ingestDocument` for refusals). */
  async ingest(embedder: Embedder, bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<IngestOutcome> {
    const outcome = await ingestDocument(this.store, embedder, bytes, fileName, options);
    this.commitGraph();
    // The file as it was added, for the 原文 button (within the ingest size limit, which readDocument enforced).
    saveOriginal(this.paths.dataDir, outcome.meta.id, fileName, bytes);
    for (const id of outcome.replaced) removeOriginal(this.paths.dataDir, id);
    return outcome;
  }

  /**
   * Fetches the report at `url` (a page, its attachment, or a file) within `options.fetch`, then reads, parses,
   * embeds and adds it as `ingest` does, its address kept in the report's metadata (see `ingestUrl`).
   */
  async ingestUrl(embedder: Embedder, url: string, options: IngestOptions & { fetch?: FetchLimits } = {}): Promise<UrlIngestOutcome> {
    const outcome = await ingestUrl(this.store, embedder, url, options);
    this.commitGraph();
    return outcome;
  }

  /** Takes a report out by id or file name (a removed seed stays out); undefined when there is none. */
  remove(idOrFile: string): StoredReport | undefined {
    const removed = removeReport(this.store, idOrFile);
    if (removed) this.commitGraph();
    if (removed) removeOriginal(this.paths.dataDir, removed.meta.id);
    return removed;
  }

  /** Brings the index in line with the seed folder, incrementally (see `syncSeeds`). */
  async syncSeeds(embedder: Embedder, seedsDir: string, progress: SyncProgress = {}): Promise<SyncResult> {
    const result = await syncSeeds(this.store, embedder, seedsDir, progress);
    this.commitGraph();
    // Seed files kept as originals too, so the 原文 button sends them like any added report.
    for (const report of this.store.reports()) {
      const file = join(seedsDir, report.meta.sourceFile);
      if (report.origin === 'seed' && existsSync(file) && !readOriginal(this.paths.dataDir, report.meta.id, report.meta.sourceFile)) {
        saveOriginal(this.paths.dataDir, report.meta.id, report.meta.sourceFile, readFileSync(file));
      }
    }
    return result;
  }

  /**
   * Saves the graph again when the saved one is missing, made for another store, damaged (size, checksum,
   * header bounds: read whole, so at start-up, not after every change), or far behind.
   */
  repairGraph(): void {
    const stamp = this.store.stamp();
    const saved = readGraphStamp(this.paths);
    const sound = savedGraphGeneration(this.paths, stamp) !== undefined && saved && !graphFileProblem(join(this.paths.dataDir, saved.file), saved, stamp.dim);
    this.commitGraph(!sound);
  }

  /** Saves the graph when it is behind the store at all (at the end of a bulk import). */
  flushGraph(): void {
    const savedAt = savedGraphGeneration(this.paths, this.store.stamp());
    if (savedAt !== this.store.generation()) this.commitGraph(true);
  }

  /** Closes the store; readers catch a saved graph up from the store's change log. */
  close(): void {
    this.graph = undefined;
    this.store.close();
  }

  /**
   * After a commit: saves the graph when there is none usable, or when replaying the change log since the
   * saved one would cost a reader more than SAVE_AFTER passages (small indexes are saved every time).
   * Past COMPACT_SHARE of points marked deleted, the graph is built again from the live vectors and saved
   * under a new name; readers keep serving theirs meanwhile.
   */
  private commitGraph(force = false): void {
    const stamp = this.store.stamp();
    const savedAt = savedGraphGeneration(this.paths, stamp);
    if (!force && savedAt !== undefined) {
      if (savedAt === stamp.generation) return;
      const passages = this.store.reader().passageCount();
      const pending = this.store.changeCountSince(savedAt);
      this.graph?.catchUp(this.store);
      if (passages >= SMALL_INDEX && pending < SAVE_AFTER) return;
    }
    let graph = this.graph ?? VectorIndex.open(this.store);
    graph.catchUp(this.store);
    if (graph.deleted > COMPACT_SHARE * graph.points) {
      graph = VectorIndex.build(this.store);
      graph.catchUp(this.store);
    }
    this.graph = graph;
    saveGraph(this.paths, graph, stamp);
  }
}

/** Below this many passages the graph is saved after every change (it takes milliseconds). */
const SMALL_INDEX = 5_000;
/** Changes a reader may have to replay from the change log before the writer saves the graph (about a second). */
const SAVE_AFTER = 500;
/** Share of points marked deleted past which the graph is compacted (built again from live vectors). */
const COMPACT_SHARE = 0.2;
