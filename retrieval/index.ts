// Public surface of the search core. (openSearcher is being built; the signature is the contract.)
import type { Searcher } from './types.js';

export type * from './types.js';

/** Options for opening the built index and the embedding model. */
export interface OpenSearcherOptions {
  /** Folder holding the built index (index.sqlite, vectors.hnsw). */
  dataDir: string;
  /** Folder holding the embedding model (models/Xenova/bge-small-zh-v1.5/…). */
  modelsDir: string;
}

/** A Searcher that holds files and a model open; `close()` releases them. */
export interface OpenSearcher extends Searcher {
  close(): void;
}

/** Opens the index and model once; throws AppError INDEX_MISSING / MODEL_MISSING with the fixing command. */
export async function openSearcher(options: OpenSearcherOptions): Promise<OpenSearcher> {
  throw new Error(`openSearcher is not built yet (${options.dataDir})`);
}
