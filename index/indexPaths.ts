import { join } from 'node:path';

/** Where the index lives inside the data folder. */
export function indexPaths(dataDir: string): { db: string; dataDir: string } {
  return { db: join(dataDir, 'index.sqlite'), dataDir };
}
