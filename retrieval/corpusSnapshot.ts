import type { PassageStore, ReportMeta, StoredPassage } from '../index/index.js';
import { normalizeForIndex, VectorIndex } from '../index/index.js';
import { reportAliases } from './analysis/index.js';
import type { DocumentFrequencies } from './rank/index.js';

/** Everything a search reads, loaded once per index generation and kept in memory. */
export interface CorpusSnapshot {
  generation: number;
  passages: Map<number, StoredPassage>;
  /** Passage row ids by passage id. */
  rowids: Map<string, number>;
  /** Normalised passage text (simplified, no whitespace), for coverage and sentence matching. */
  normalized: Map<number, string>;
  /** Unit vectors by row id, for exact similarity of any candidate. */
  vectors: Map<number, Float32Array>;
  reports: Map<string, ReportMeta>;
  passageCounts: Map<string, number>;
  aliases: Map<string, string[]>;
  df: DocumentFrequencies;
  vectorIndex: VectorIndex;
}

/** Reads the store and its vector graph into a snapshot; never writes (a stale graph is built in memory). */
export function loadSnapshot(store: PassageStore): CorpusSnapshot {
  const generation = store.generation();
  const passages = new Map<number, StoredPassage>();
  const rowids = new Map<string, number>();
  const normalized = new Map<number, string>();
  for (const passage of store.passages()) {
    passages.set(passage.rowid, passage);
    rowids.set(passage.id, passage.rowid);
    normalized.set(passage.rowid, normalizeForIndex(passage.text));
  }
  const vectors = new Map<number, Float32Array>();
  for (const { rowid, vector } of store.vectors()) vectors.set(rowid, vector);
  const stored = store.reports();
  return {
    generation,
    passages,
    rowids,
    normalized,
    vectors,
    reports: new Map(stored.map((r) => [r.meta.id, r.meta])),
    passageCounts: new Map(stored.map((r) => [r.meta.id, r.passageCount])),
    aliases: new Map(stored.map((r) => [r.meta.id, reportAliases(r.meta)])),
    df: store.documentFrequencies(),
    vectorIndex: VectorIndex.open(store),
  };
}

/** Dot product of two unit vectors: their cosine similarity. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
