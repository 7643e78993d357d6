import type { Embedder } from '../embedding/embedder.js';
import { passageTerms } from '../lexical/passageTerms.js';
import type { PassageStore, ReportRecord } from '../store/passageStore.js';
import type { ParsedReport } from '../types.js';

/** What adding one report did. */
export interface AddReportResult {
  reportId: string;
  passages: number;
  /** Passages embedded now; the others reused vectors cached by text hash. */
  embedded: number;
}

/** Progress of embedding, in passages: called after each batch. */
export type ProgressFn = (done: number, total: number) => void;

const BATCH = 32;

/**
 * Embeds a parsed report's passages (reusing cached vectors) and writes it to the store in one
 * transaction, replacing any earlier version with the same id and the reports in `replaces`.
 * Nothing is written if embedding fails.
 */
export async function addReport(
  store: PassageStore,
  embedder: Embedder,
  report: ParsedReport,
  source: { origin: 'seed' | 'ingest'; text: string },
  onProgress: ProgressFn = () => {},
  replaces: string[] = [],
  refuseRivals?: ReportRecord['refuseRivals'],
): Promise<AddReportResult> {
  const terms = report.passages.map((passage) => passageTerms(passage, report.meta));
  const vectors = store.cachedEmbeddings(terms.map((t) => t.textHash));
  const missing = terms.filter((t) => !vectors.has(t.textHash));
  for (let start = 0; start < missing.length; start += BATCH) {
    const batch = missing.slice(start, start + BATCH);
    const embedded = await embedder.embed(batch.map((t) => t.embedText));
    batch.forEach((t, i) => vectors.set(t.textHash, embedded[i]!));
    onProgress(Math.min(start + BATCH, missing.length), missing.length);
  }
  store.putReport({
    meta: report.meta,
    origin: source.origin,
    sourceText: source.text,
    replaces,
    refuseRivals,
    passages: report.passages.map((passage, i) => {
      const t = terms[i]!;
      return { passage, vector: vectors.get(t.textHash)!, words: t.words, bigrams: t.bigrams, textHash: t.textHash };
    }),
  });
  return { reportId: report.meta.id, passages: report.passages.length, embedded: missing.length };
}
