import { mkdirSync } from 'node:fs';
import type { Embedder } from './embedding/embedder.js';
import { isAppError } from '../errors/index.js';
import { indexPaths } from './indexPaths.js';
import { rebuildIndex } from './rebuildIndex.js';
import { PassageStore } from './store/passageStore.js';
import { VectorIndex } from './store/vectorIndex.js';
import { syncSeeds } from './syncSeeds.js';
import type { SyncResult } from './syncSeeds.js';

/**
 * Makes the index in `dataDir` current before serving: creates it when absent, rebuilds it (keeping every
 * report) when it was made by another format or model, and syncs it with the seed folder.
 */
export async function ensureIndex(dataDir: string, seedsDir: string, embedder: Embedder, log: (line: string) => void = () => {}): Promise<SyncResult> {
  mkdirSync(dataDir, { recursive: true });
  const { db } = indexPaths(dataDir);
  const expected = { modelId: embedder.modelId, dim: embedder.dim };
  let store: PassageStore;
  try {
    store = PassageStore.open(db, expected, { create: true });
  } catch (error) {
    if (!isAppError(error, 'INDEX_MISMATCH')) throw error;
    log(`${error.message.split(';')[0]}: rebuilding it, keeping every report`);
    await rebuildIndex(db, embedder);
    store = PassageStore.open(db, expected);
  }
  try {
    const result = await syncSeeds(store, embedder, seedsDir);
    VectorIndex.open(dataDir, store);
    if (result.added.length + result.reparsed.length + result.removed.length > 0) {
      log(`index updated: ${result.added.length} added, ${result.reparsed.length} re-parsed, ${result.removed.length} removed`);
    }
    return result;
  } finally {
    store.close();
  }
}
