import { join } from 'node:path';

/** The files of an index inside its data folder. */
export interface IndexPaths {
  dataDir: string;
  /** The passage store (SQLite): the source of truth. */
  db: string;
  /** The HNSW graph derived from the store's vectors (hnswlib's format). */
  graph: string;
  /** JSON saved beside the graph: the store stamp it reflects and its point count. */
  graphStamp: string;
}

/** Where the index lives inside the data folder. */
export function indexPaths(dataDir: string): IndexPaths {
  return { dataDir, db: join(dataDir, 'index.sqlite'), graph: join(dataDir, 'vectors.hnsw'), graphStamp: join(dataDir, 'vectors.json') };
}
