// Public surface of retrieval/: a question in, ranked and cited quotes out.
import { indexPaths, loadTransformersEmbedder, PassageStore, readOriginal } from '../index/index.js';
import type { Embedder } from '../index/index.js';
import { IndexSearcher } from './searcher.js';
import type { SearcherOptions } from './searcher.js';
import type { Searcher } from './types.js';

export type * from './types.js';
export { IndexSearcher } from './searcher.js';
export { JUDGED_REPORTS } from './chooseJudged.js';
export type { SearcherOptions, RankedQuestion } from './searcher.js';
export { analyzeQuestion, checkQuestion, prepareQuery, previousQuestion, rememberedQuestion, reportAliases, reportsShownBefore, resolveFollowUp, MAX_QUERY_CHARS } from './analysis/index.js';
export type { ReportFilter, PlaceFilter, AskedKind } from './analysis/index.js';
export type { FilterChoice, PassageKind } from './rank/index.js';
export type { CorpusNames, PreviousQuestion, QueryProblem, QuestionAnalysis, QuestionCheck, Spelling } from './analysis/index.js';
export { citePassage, CITATION_SEPARATOR } from './quote/index.js';
export { judgeRelevance, DEFAULT_THRESHOLDS, DEFAULT_RANKING, passageKind } from './rank/index.js';
export type { RankingConfig, RelevanceThresholds } from './rank/index.js';
export { answerJson } from './answerJson.js';
export type { JsonAnswer, JsonResult } from './answerJson.js';

/** Options for opening the built index and the embedding model. */
export interface OpenSearcherOptions extends SearcherOptions {
  /** Folder holding the built index (index.sqlite, vectors.hnsw). */
  dataDir: string;
  /** Folder holding the embedding model (models/Xenova/bge-small-zh-v1.5/…). */
  modelsDir: string;
  /** An embedder already loaded (shared with an ingest pipeline, or a test double). */
  embedder?: Embedder;
}

/** A Searcher that holds files and a model open; `close()` releases them. */
export interface OpenSearcher extends Searcher {
  readonly inner: IndexSearcher;
  close(): void;
}

/** Opens the index and model once; throws AppError INDEX_MISSING / INDEX_MISMATCH / MODEL_MISSING with the fixing command. */
export async function openSearcher(options: OpenSearcherOptions): Promise<OpenSearcher> {
  const embedder = options.embedder ?? (await loadTransformersEmbedder({ modelsDir: options.modelsDir }));
  const store = PassageStore.open(indexPaths(options.dataDir).db, { modelId: embedder.modelId, dim: embedder.dim });
  const inner = new IndexSearcher(store, embedder, options);
  return {
    inner,
    search: (q, o) => inner.search(q, o),
    compare: (topic, o) => inner.compare(topic, o),
    reports: () => inner.reports(),
    context: (id) => inner.context(id),
    analyze: (q) => inner.analyze(q),
    original: (id) => {
      const meta = inner.reports().find((r) => r.meta.id === id)?.meta;
      return meta && readOriginal(options.dataDir, id, meta.sourceFile);
    },
    close: () => inner.close(),
  };
}
export { parseEvalFile, scoreItem, summarize, calibrateThresholds } from './eval/index.js';
export type { EvalItem, EvalSummary, ItemScore, CalibrationPoint, CalibrationResult } from './eval/index.js';
