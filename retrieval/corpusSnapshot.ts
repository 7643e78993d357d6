import type { PassageStore, ReportMeta, StoredPassage } from '../index/index.js';
import { normalizeForIndex, VectorIndex } from '../index/index.js';
import { ReportNames, reportAliases } from './analysis/index.js';
import type { DocumentFrequencies, TermCounts } from './rank/index.js';

/**
 * What a searcher keeps between questions: the reports (small: one entry per report) and the vector
 * graph, caught up from the store's change log when another writer commits. Passage texts and vectors
 * stay in the store and are read per question (`CorpusSnapshot`).
 */
export interface Corpus {
  generation: number;
  reports: Map<string, ReportMeta>;
  passageCounts: Map<string, number>;
  aliases: Map<string, string[]>;
  /** The same names indexed, for finding those a question uses without a scan over every report (kept up to date). */
  names: ReportNames;
  vectorIndex: VectorIndex;
}

/** What one question reads: the corpus with its candidates' passages, normalised texts and vectors. */
export interface CorpusSnapshot extends Corpus {
  /** The candidates' passages by row id (a passage removed meanwhile is absent). */
  passages: Map<number, StoredPassage>;
  /** Normalised passage text (simplified, no whitespace), for coverage and sentence matching. */
  normalized: Map<number, string>;
  /** Unit vectors by row id, for exact similarity of any candidate. */
  vectors: Map<number, Float32Array>;
  /** Document frequencies, looked up by term when first needed. */
  df: DocumentFrequencies;
}

/** Opens the corpus of a store: its reports and its graph (the saved one caught up); never writes. */
export function openCorpus(store: PassageStore): Corpus {
  const reports = readReports(store);
  return { ...reports, names: new ReportNames(reports.aliases), vectorIndex: VectorIndex.open(store) };
}

/** The corpus as of the store's latest commit: the graph caught up, the reports read again when changed. */
export function refreshCorpus(store: PassageStore, corpus: Corpus): Corpus {
  if (store.generation() === corpus.generation) return corpus;
  const reports = readReports(store, corpus); // read first: the graph then replays at least up to its generation
  corpus.vectorIndex.catchUp(store);
  corpus.names.update(reports.aliases); // only the reports added, removed or renamed are re-indexed
  return { ...reports, names: corpus.names, vectorIndex: corpus.vectorIndex };
}

/** Document frequencies read from the store by term when first asked, for one question. */
export function questionFrequencies(store: PassageStore): DocumentFrequencies {
  const reader = store.reader();
  const lookup = (col: 0 | 1): TermCounts => {
    const cache = new Map<string, number>();
    return {
      get(term: string) {
        let df = cache.get(term);
        if (df === undefined) cache.set(term, (df = reader.documentFrequency(col, term)));
        return df;
      },
    };
  };
  return { words: lookup(0), bigrams: lookup(1), passages: reader.passageCount() };
}

/** The corpus with the passages, normalised texts and vectors of `rowids`, read in one batch each. */
export function loadSnapshot(store: PassageStore, corpus: Corpus, rowids: Iterable<number>, df = questionFrequencies(store)): CorpusSnapshot {
  const reader = store.reader();
  const ids = [...new Set(rowids)];
  // A passage of a report committed after this corpus was read waits for the next question.
  const passages = new Map([...reader.passages(ids)].filter(([, passage]) => corpus.reports.has(passage.reportId)));
  const normalized = new Map([...passages].map(([rowid, passage]) => [rowid, normalizeForIndex(passage.text)]));
  return { ...corpus, passages, normalized, vectors: reader.vectors(ids), df };
}

/** The reports as of the store's generation; a report whose issuer and places are unchanged keeps its alias list (same array). */
function readReports(store: PassageStore, previous?: Pick<Corpus, 'reports' | 'aliases'>): Omit<Corpus, 'vectorIndex' | 'names'> {
  const generation = store.generation();
  const stored = store.reports();
  const aliasesOf = (meta: ReportMeta): string[] => {
    const before = previous?.reports.get(meta.id);
    const kept = before && sameNames(before, meta) ? previous!.aliases.get(meta.id) : undefined;
    return kept ?? reportAliases(meta);
  };
  return {
    generation,
    reports: new Map(stored.map((r) => [r.meta.id, r.meta])),
    passageCounts: new Map(stored.map((r) => [r.meta.id, r.passageCount])),
    aliases: new Map(stored.map((r) => [r.meta.id, aliasesOf(r.meta)])),
  };
}

/** True when two metas give the same aliases: reportAliases reads only the issuer and the places. */
function sameNames(a: ReportMeta, b: ReportMeta): boolean {
  return a.org === b.org && a.region.length === b.region.length && a.region.every((place, i) => place === b.region[i]);
}

/** Dot product of two unit vectors: their cosine similarity. */
export function cosine(a: Float32Array, b: Float32Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
}
