import hnswlib from 'hnswlib-node';
import type { HierarchicalNSW } from 'hnswlib-node';
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { IndexStamp, PassageStore } from './passageStore.js';

/** A passage row id with its cosine similarity to the query. */
export interface VectorHit {
  rowid: number;
  similarity: number;
}

// HNSW parameters: M=16 / efConstruction=200 are hnswlib's recommended defaults for recall;
// ef=128 keeps search recall near exact at this corpus size for well under a millisecond.
const GRAPH = { m: 16, efConstruction: 200, ef: 128, seed: 42 } as const;

/**
 * Approximate nearest-neighbour search over passage vectors (hnswlib, inner product on unit vectors).
 * The graph is derived from the vectors in the passage store: saved beside it with the store's stamp,
 * and rebuilt whenever the stamp no longer matches, so it can never disagree with the store.
 */
export class VectorIndex {
  private constructor(private readonly graph: HierarchicalNSW, private readonly size: number) {}

  /** Reads the saved graph when it matches the store's stamp; otherwise rebuilds and saves it. */
  static open(dataDir: string, store: PassageStore): VectorIndex {
    const stamp = store.stamp();
    const graphFile = join(dataDir, 'vectors.hnsw');
    const stampFile = join(dataDir, 'vectors.json');
    const saved = readStamp(stampFile);
    if (saved && sameStamp(saved.stamp, stamp)) {
      try {
        const graph = new hnswlib.HierarchicalNSW('ip', stamp.dim);
        graph.readIndexSync(graphFile);
        graph.setEf(GRAPH.ef); // readIndex resets ef to 10
        return new VectorIndex(graph, saved.count);
      } catch {
        // A damaged graph file is rebuilt below from the store, which is the source of truth.
      }
    }
    const { graph, count } = build(store, stamp.dim);
    if (count > 0) {
      graph.writeIndexSync(`${graphFile}.${process.pid}.tmp`);
      renameSync(`${graphFile}.${process.pid}.tmp`, graphFile);
    } else {
      rmSync(graphFile, { force: true });
    }
    writeFileSync(`${stampFile}.${process.pid}.tmp`, JSON.stringify({ stamp, count }));
    renameSync(`${stampFile}.${process.pid}.tmp`, stampFile);
    return new VectorIndex(graph, count);
  }

  /** The `k` most similar passages, best first. */
  search(vector: Float32Array, k: number): VectorHit[] {
    const n = Math.min(k, this.size);
    if (n === 0) return [];
    // hnswlib-node wants a plain array, and throws when asked for more neighbours than it holds.
    const { neighbors, distances } = this.graph.searchKnn(Array.from(vector), n);
    return neighbors.map((rowid, i) => ({ rowid, similarity: 1 - (distances[i] ?? 1) }));
  }
}

function build(store: PassageStore, dim: number): { graph: HierarchicalNSW; count: number } {
  const vectors = [...store.vectors()];
  const graph = new hnswlib.HierarchicalNSW('ip', dim);
  graph.initIndex(Math.max(1, vectors.length), GRAPH.m, GRAPH.efConstruction, GRAPH.seed);
  for (const { rowid, vector } of vectors) graph.addPoint(Array.from(vector), rowid);
  graph.setEf(GRAPH.ef);
  return { graph, count: vectors.length };
}

function readStamp(file: string): { stamp: IndexStamp; count: number } | undefined {
  try {
    return JSON.parse(readFileSync(file, 'utf8')) as { stamp: IndexStamp; count: number };
  } catch {
    return undefined;
  }
}

function sameStamp(a: IndexStamp, b: IndexStamp): boolean {
  return a.formatVersion === b.formatVersion && a.modelId === b.modelId && a.dim === b.dim && a.generation === b.generation;
}
