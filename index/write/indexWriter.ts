import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Embedder } from '../embedding/embedder.js';
import { indexPaths } from '../indexPaths.js';
import type { IndexPaths } from '../indexPaths.js';
import { PassageStore } from '../store/passageStore.js';
import type { StoredReport } from '../store/passageStore.js';
import { readGraphStamp, VectorIndex } from '../store/vectorIndex.js';
import { graphFileProblem } from '../store/checkGraphFile.js';
import { ingestDocument, ingestParsed } from './ingestDocument.js';
import type { ParsedDocument } from '../parse/parseInWorker.js';
import { readOriginal, removeOriginal, saveOriginal } from './originals.js';
import { keepRecords, toIsoTime } from './keepRecords.js';
import type { KeptRecords } from './keepRecords.js';
import { readRemovedSeedsFile, writeRemovedSeedsFile } from './removedSeedsFile.js';
import type { IngestOptions, IngestOutcome } from './ingestDocument.js';
import { ingestUrl } from './ingestUrl.js';
import type { UrlIngestOutcome } from './ingestUrl.js';
import type { FetchLimits } from '../fetch/index.js';
import { rebuildIndex } from './rebuildIndex.js';
import { addReport } from './addReport.js';
import type { AddReportResult, ProgressFn } from './addReport.js';
import type { ParsedReport } from '../types.js';
import { removedSeeds, removeReport, TOMBSTONES } from './removeReport.js';
import { savedGraphGeneration, saveGraph } from './graphFile.js';
import { syncSeeds } from './syncSeeds.js';
import type { SyncProgress, SyncResult } from './syncSeeds.js';

/** The file an ingest keeps in originals/, with what was given with it. */
interface KeptFile {
  fileName: string;
  bytes: Uint8Array;
  options: IngestOptions & { sourceUrl?: string; addedAt?: string };
}

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

  /**
   * Reads, parses, embeds and adds one report file (see `ingestDocument` for refusals). The file and what was
   * given with it are kept in `originals/` so that a lost index is rebuilt with it (`sourceUrl`: where it was
   * downloaded from; `addedAt`: the time to record, when adding back a report added before).
   */
  async ingest(embedder: Embedder, bytes: Uint8Array, fileName: string, options: IngestOptions & { sourceUrl?: string; addedAt?: string } = {}): Promise<IngestOutcome> {
    return this.ingested(() => ingestDocument(this.store, embedder, bytes, fileName, options), () => ({ fileName, bytes, options }));
  }

  /**
   * Adds a report file already read and parsed (by parseInWorker) exactly as `ingest` does: same refusals, one
   * transaction, its original kept. For bulk ingest, which parses a window of files before embedding them together.
   */
  async ingestParsed(embedder: Embedder, read: ParsedDocument, fileName: string, bytes: Uint8Array, options: IngestOptions & { addedAt?: string } = {}): Promise<IngestOutcome> {
    return this.ingested(() => ingestParsed(this.store, embedder, read, fileName, options), () => ({ fileName, bytes, options }));
  }

  /** Vectors the index already holds for these embedding-text hashes (sha256, see passageTerms), by hash. */
  cachedEmbeddings(textHashes: string[]): Map<string, Float32Array> {
    return this.store.cachedEmbeddings(textHashes);
  }

  /**
   * Fetches the report at `url` (a page, its attachment, or a file) within `options.fetch`, then reads, parses,
   * embeds and adds it as `ingest` does, its address kept in the report's metadata (see `ingestUrl`).
   */
  async ingestUrl(embedder: Embedder, url: string, options: IngestOptions & { fetch?: FetchLimits } = {}): Promise<UrlIngestOutcome> {
    return this.ingested(() => ingestUrl(this.store, embedder, url, options), (outcome) => {
      // An attachment was read with its page's fields (发布机构, 文号…), which its own bytes lack: the metadata
      // read then is kept as given, so a rebuild from the original reads the report the same way.
      const { meta } = outcome;
      const fromPage = outcome.attachmentUrl ? { org: meta.org, ...(meta.year !== null && { year: meta.year }), title: meta.title } : {};
      return { ...outcome.original, options: { ...options, overrides: { ...fromPage, ...options.overrides }, sourceUrl: outcome.sourceUrl } };
    });
  }

  /**
   * The one tail of every ingest: runs `write` (one store transaction), brings the graph in line, then keeps the
   * original that `kept` names for the outcome. The seeds are read before the write, which takes replaced ones out.
   */
  private async ingested<T extends IngestOutcome>(write: () => Promise<T>, kept: (outcome: T) => KeptFile): Promise<T> {
    const seeds = new Set(this.store.reports().filter((r) => r.origin === 'seed').map((r) => r.meta.id));
    const outcome = await write();
    this.commitGraph();
    const { fileName, bytes, options } = kept(outcome);
    this.keepOriginal(outcome, fileName, bytes, options, seeds);
    return outcome;
  }

  /** After an ingest: replaced seeds stay out, the file is kept as it was added with its record, replaced originals go. */
  private keepOriginal(outcome: IngestOutcome, fileName: string, bytes: Uint8Array, options: IngestOptions & { sourceUrl?: string; addedAt?: string }, seeds: Set<string>): void {
    // A seed replaced by this version is remembered as removed, or the next seed sync would bring it back.
    const replacedSeeds = outcome.replaced.filter((id) => seeds.has(id));
    if (replacedSeeds.length > 0) this.store.setSetting(TOMBSTONES, JSON.stringify([...new Set([...removedSeeds(this.store), ...replacedSeeds])]));
    // The file as it was added, for the 原文 button (within the ingest size limit, which readDocument enforced).
    const given = Object.fromEntries(Object.entries(options.overrides ?? {}).filter(([, value]) => value !== undefined && value !== ''));
    saveOriginal(this.paths.dataDir, outcome.meta.id, fileName, bytes, {
      origin: 'ingest',
      addedAt: options.addedAt ?? new Date().toISOString(),
      ...(Object.keys(given).length > 0 && { overrides: given }),
      ...(options.replace && { replace: true }),
      ...(options.sourceUrl && { sourceUrl: options.sourceUrl }),
    });
    for (const id of outcome.replaced) removeOriginal(this.paths.dataDir, id);
    writeRemovedSeedsFile(this.paths.dataDir, removedSeeds(this.store)); // adding a removed seed again forgets its removal
  }

  /** Takes a report out by id or file name (a removed seed stays out, in the index and in removed.json); undefined when there is none. */
  remove(idOrFile: string): StoredReport | undefined {
    const removed = removeReport(this.store, idOrFile);
    if (removed) this.commitGraph();
    if (removed) removeOriginal(this.paths.dataDir, removed.meta.id);
    if (removed) writeRemovedSeedsFile(this.paths.dataDir, removedSeeds(this.store));
    return removed;
  }

  /** Takes over the removed seeds saved in the data folder (an index being made again must leave them out). */
  adoptRemovedSeeds(): void {
    const ids = new Set([...removedSeeds(this.store), ...readRemovedSeedsFile(this.paths.dataDir)]);
    if (ids.size > 0) this.store.setSetting(TOMBSTONES, JSON.stringify([...ids]));
  }

  /**
   * Compares the index with the originals folder and writes what a lost index would need: the record of an
   * ingested report whose original was kept before records were, and removed.json. Returns what it found.
   */
  keepRecords(): KeptRecords {
    return keepRecords(this.store, this.paths.dataDir);
  }

  /** Brings the index in line with the seed folder, incrementally (see `syncSeeds`). */
  async syncSeeds(embedder: Embedder, seedsDir: string, progress: SyncProgress = {}): Promise<SyncResult> {
    const seedIds = this.store.reports().filter((r) => r.origin === 'seed').map((r) => r.meta.id);
    const result = await syncSeeds(this.store, embedder, seedsDir, progress);
    this.commitGraph();
    const kept = new Set(this.store.reports().map((r) => r.meta.id));
    for (const id of seedIds) if (!kept.has(id)) removeOriginal(this.paths.dataDir, id); // its seed file changed or is gone
    // Seed files kept as originals too, so the 原文 button sends them like any added report.
    for (const report of this.store.reports()) {
      const file = join(seedsDir, report.meta.sourceFile);
      if (report.origin === 'seed' && existsSync(file) && !readOriginal(this.paths.dataDir, report.meta.id, report.meta.sourceFile)) {
        saveOriginal(this.paths.dataDir, report.meta.id, report.meta.sourceFile, readFileSync(file), { origin: 'seed', addedAt: toIsoTime(report.addedAt) });
      }
    }
    return result;
  }

  /**
   * Saves the graph again (returning true) when the saved one is missing, made for another store, damaged (size, checksum,
   * header bounds: read whole, so at start-up, not after every change), or far behind.
   */
  repairGraph(): boolean {
    const stamp = this.store.stamp();
    const saved = readGraphStamp(this.paths);
    const sound = savedGraphGeneration(this.paths, stamp) !== undefined && saved && !graphFileProblem(join(this.paths.dataDir, saved.file), saved, stamp.dim);
    this.commitGraph(!sound);
    return !sound;
  }

  /** Saves the graph when it is behind the store at all (at the end of a bulk import). */
  flushGraph(): void {
    const savedAt = savedGraphGeneration(this.paths, this.store.stamp());
    if (savedAt !== this.store.generation()) this.commitGraph(true);
  }

  /** Closes the store; readers catch a saved graph up from the store's change log. */
  close(): void {
    this.graph?.close();
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
      const compacted = VectorIndex.build(this.store);
      compacted.catchUp(this.store);
      graph.close();
      graph = compacted;
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
