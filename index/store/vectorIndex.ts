import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';
import { readFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { graphFileProblem } from './checkGraphFile.js';
import { indexPaths } from '../indexPaths.js';
import type { IndexPaths } from '../indexPaths.js';
import type { IndexStamp, PassageStore } from './passageStore.js';

/** A passage row id with its cosine similarity to the query. */
export interface VectorHit {
  rowid: number;
  similarity: number;
}

/** What is saved beside the graph: the store stamp the graph reflects, its file name, points marked deleted. */
export interface GraphStamp {
  stamp: IndexStamp;
  /** File name of the graph inside the data folder (vectors-<generation>.hnsw). */
  file: string;
  /** Its size in bytes, to notice a truncated file without reading it. */
  bytes: number;
  /** Its CRC-32 (zlib), checked before hnswlib reads it. */
  crc32: number;
  deleted: number;
}

/** A passage added (with its vector) or removed, as replayed onto a graph. */
export interface GraphChange {
  rowid: number;
  added: boolean;
  vector?: Float32Array;
}

// HNSW parameters: M=16 / efConstruction=200 are hnswlib's recommended defaults for recall;
// ef=128 keeps search recall near exact for well under a millisecond at the seed corpus' size.
const GRAPH = { m: 16, efConstruction: 200, ef: 128, seed: 42 } as const;
const MIN_CAPACITY = 1024;

/**
 * Approximate nearest-neighbour search over passage vectors (hnswlib, inner product on unit vectors).
 * The graph is derived from the store: a saved graph reflects one generation, and replaying the store's
 * change log after it (`catchUp`: `addPoint`, `markDelete`) brings it to the current one. Replaying is
 * idempotent, so a graph newer than its stamp is harmless. Reading never writes; only the index writer
 * saves the graph (`index/write/`).
 */
export class VectorIndex {
  private constructor(private readonly graph: HierarchicalNSW, private gen: number, private deletedCount: number) {}

  /** The graph for the store as it is now: the saved one caught up, or else one built in memory. */
  static open(store: PassageStore): VectorIndex {
    const paths = indexPaths(dirname(store.file));
    const index = VectorIndex.load(paths, store.stamp()) ?? VectorIndex.build(store);
    index.catchUp(store);
    return index;
  }

  /**
   * The saved graph when it was made for this store (same store id, format, model and dimension) at a
   * generation not after `stamp`'s and its file reads; otherwise undefined. It may still be behind: `catchUp`.
   */
  static load(paths: IndexPaths, stamp: IndexStamp): VectorIndex | undefined {
    const saved = readGraphStamp(paths);
    if (!saved || !sameStore(saved.stamp, stamp) || saved.stamp.generation > stamp.generation) return undefined;
    const file = join(paths.dataDir, basename(saved.file));
    // hnswlib trusts the file: a damaged entry point or neighbour id crashes the process.
    if (graphFileProblem(file, saved, stamp.dim)) return undefined;
    try {
      const graph = new hnswlib.HierarchicalNSW('ip', stamp.dim);
      graph.readIndexSync(file);
      graph.setEf(GRAPH.ef); // readIndex resets ef to 10
      return new VectorIndex(graph, saved.stamp.generation, saved.deleted);
    } catch {
      return undefined; // a missing or damaged graph file: the caller builds it again from the store
    }
  }

  /** Builds the graph from every vector in the store, in row id order. */
  static build(store: PassageStore): VectorIndex {
    const generation = store.generation(); // rows committed later are replayed by catchUp, idempotently
    const graph = new hnswlib.HierarchicalNSW('ip', store.stamp().dim);
    graph.initIndex(MIN_CAPACITY, GRAPH.m, GRAPH.efConstruction, GRAPH.seed);
    const index = new VectorIndex(graph, generation, 0);
    for (const { rowid, vector } of store.vectors()) index.add(rowid, vector);
    graph.setEf(GRAPH.ef);
    return index;
  }

  /** The store generation this graph reflects. */
  get generation(): number {
    return this.gen;
  }

  /** Points in the graph, including those marked deleted. */
  get points(): number {
    return this.graph.getCurrentCount();
  }

  /** Points marked deleted (they still route searches but are never returned). */
  get deleted(): number {
    return this.deletedCount;
  }

  /** Replays the store's changes after this graph's generation; returns how many were applied. */
  catchUp(store: PassageStore): number {
    const target = store.generation();
    if (target === this.gen) return 0;
    const changes = store.changesSince(this.gen);
    this.apply(changes);
    this.gen = target;
    return changes.length;
  }

  /** Adds new passages and marks removed ones deleted (idempotent). */
  apply(changes: readonly GraphChange[]): void {
    for (const change of changes) {
      if (change.added && change.vector) this.add(change.rowid, change.vector);
      else if (!change.added) this.remove(change.rowid);
    }
  }

  /** The `k` most similar passages, best first (never a removed one). */
  search(vector: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.graph.getMaxElements());
    if (this.points - this.deletedCount <= 0 || n === 0) return [];
    // hnswlib-node wants a plain array.
    const { neighbors, distances } = this.graph.searchKnn(Array.from(vector), n);
    return neighbors.map((rowid, i) => ({ rowid, similarity: 1 - (distances[i] ?? 1) }));
  }

  /**
   * Frees the graph's native memory now (about 2.2 GB at 10⁶ passages) rather than whenever the garbage
   * collector, which does not see that memory, gets to the wrapper: hnswlib-node's `initIndex` deletes the
   * index it holds. The graph is empty afterwards (search returns nothing); idempotent.
   */
  close(): void {
    if (this.graph.getMaxElements() <= 1 && this.points === 0) return;
    this.graph.initIndex(1, GRAPH.m, GRAPH.efConstruction, GRAPH.seed);
    this.deletedCount = 0;
  }

  /** Writes the graph in hnswlib's format to `file` (for the index writer, which renames it into place). */
  writeTo(file: string): void {
    this.graph.writeIndexSync(file);
  }

  private add(rowid: number, vector: Float32Array): void {
    const capacity = this.graph.getMaxElements();
    if (this.graph.getCurrentCount() >= capacity) this.graph.resizeIndex(Math.max(MIN_CAPACITY, Math.ceil(capacity * 1.5)));
    // An existing label (a replayed change) is updated in place, and undeleted if it was marked.
    this.graph.addPoint(Array.from(vector), rowid);
  }

  private remove(rowid: number): void {
    try {
      this.graph.markDelete(rowid);
      this.deletedCount++;
    } catch {
      // Not in the graph (added and removed after it was saved) or already deleted: nothing to do.
    }
  }
}

/** The stamp saved beside the graph, if any. */
export function readGraphStamp(paths: IndexPaths): GraphStamp | undefined {
  try {
    const saved = JSON.parse(readFileSync(paths.graphStamp, 'utf8')) as Partial<GraphStamp>;
    return saved.stamp && typeof saved.file === 'string' ? { stamp: saved.stamp, file: basename(saved.file), bytes: saved.bytes ?? -1, crc32: saved.crc32 ?? -1, deleted: saved.deleted ?? 0 } : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a graph saved under stamp `a` belongs to the store of stamp `b` (any generation). */
export function sameStore(a: IndexStamp, b: IndexStamp): boolean {
  return a.storeId === b.storeId && a.formatVersion === b.formatVersion && a.modelId === b.modelId && a.dim === b.dim;
}
