import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { indexPaths } from '../indexPaths.js';
import type { IndexPaths } from '../indexPaths.js';
import type { IndexStamp, PassageStore } from './passageStore.js';

/** A passage row id with its cosine similarity to the query. */
export interface VectorHit {
  rowid: number;
  similarity: number;
}

/** What is saved beside the graph file: the store stamp the graph reflects and its point count. */
export interface GraphStamp {
  stamp: IndexStamp;
  count: number;
}

// HNSW parameters: M=16 / efConstruction=200 are hnswlib's recommended defaults for recall;
// ef=128 keeps search recall near exact at this corpus size for well under a millisecond.
const GRAPH = { m: 16, efConstruction: 200, ef: 128, seed: 42 } as const;

/**
 * Approximate nearest-neighbour search over passage vectors (hnswlib, inner product on unit vectors).
 * The graph is derived from the vectors in the passage store. Reading never writes: a saved graph is
 * used when its stamp matches the store's, otherwise one is built in memory. Only the index writer
 * saves the graph file (`index/write/`).
 */
export class VectorIndex {
  private constructor(private readonly graph: HierarchicalNSW, readonly size: number) {}

  /** The graph for the store's current stamp: the saved one when it matches, else built in memory. */
  static open(store: PassageStore): VectorIndex {
    const paths = indexPaths(dirname(store.file));
    return VectorIndex.load(paths, store.stamp()) ?? VectorIndex.build(store);
  }

  /** The saved graph when its stamp matches `stamp` and the file reads; otherwise undefined. */
  static load(paths: IndexPaths, stamp: IndexStamp): VectorIndex | undefined {
    const saved = readGraphStamp(paths);
    if (!saved || !sameStamp(saved.stamp, stamp)) return undefined;
    try {
      const graph = new hnswlib.HierarchicalNSW('ip', stamp.dim);
      graph.readIndexSync(paths.graph);
      graph.setEf(GRAPH.ef); // readIndex resets ef to 10
      return new VectorIndex(graph, saved.count);
    } catch {
      return undefined; // a damaged graph file: the caller builds it again from the store
    }
  }

  /** Builds the graph in memory from every vector in the store, in row id order. */
  static build(store: PassageStore): VectorIndex {
    const vectors = [...store.vectors()];
    const graph = new hnswlib.HierarchicalNSW('ip', store.stamp().dim);
    graph.initIndex(Math.max(1, vectors.length), GRAPH.m, GRAPH.efConstruction, GRAPH.seed);
    for (const { rowid, vector } of vectors) graph.addPoint(Array.from(vector), rowid);
    graph.setEf(GRAPH.ef);
    return new VectorIndex(graph, vectors.length);
  }

  /** The `k` most similar passages, best first. */
  search(vector: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    // hnswlib-node wants a plain array, and throws when asked for more neighbours than it holds.
    const { neighbors, distances } = this.graph.searchKnn(Array.from(vector), n);
    return neighbors.map((rowid, i) => ({ rowid, similarity: 1 - (distances[i] ?? 1) }));
  }

  /** Writes the graph in hnswlib's format to `file` (for the index writer, which renames it into place). */
  writeTo(file: string): void {
    this.graph.writeIndexSync(file);
  }
}

/** The stamp saved beside the graph, if any. */
export function readGraphStamp(paths: IndexPaths): GraphStamp | undefined {
  try {
    return JSON.parse(readFileSync(paths.graphStamp, 'utf8')) as GraphStamp;
  } catch {
    return undefined;
  }
}

/** Whether two stamps name the same format, model, dimension and generation. */
export function sameStamp(a: IndexStamp, b: IndexStamp): boolean {
  return a.formatVersion === b.formatVersion && a.modelId === b.modelId && a.dim === b.dim && a.generation === b.generation;
}
