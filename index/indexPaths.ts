import { join } from 'node:path';

/** The files of an index inside its data folder. */
export interface IndexPaths {
  dataDir: string;
  /** The passage store (SQLite): the source of truth. */
  db: string;
  /** JSON naming the saved HNSW graph file, the store stamp it reflects and its checksum. */
  graphStamp: string;
  /** The graph file saved at a generation (hnswlib's format); the stamp names the current one. */
  graphAt(generation: number): string;
}

/** Where the index lives inside the data folder. */
export function indexPaths(dataDir: string): IndexPaths {
  return {
    dataDir,
    db: join(dataDir, 'index.sqlite'),
    graphStamp: join(dataDir, 'vectors.json'),
    graphAt: (generation) => join(dataDir, `vectors-${generation}.hnsw`),
  };
}
