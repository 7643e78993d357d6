import type { Embedder } from '../embedding/embedder.js';
import { isAppError } from '../../errors/index.js';
import { IndexWriter } from './indexWriter.js';
import type { SyncResult } from './syncSeeds.js';

/**
 * Makes the index in `dataDir` current before serving: creates it when absent, rebuilds it (keeping every
 * report) when it was made by another format or model, syncs it with the seed folder, and repairs a
 * missing or damaged graph file.
 */
export async function ensureIndex(dataDir: string, seedsDir: string, embedder: Embedder, log: (line: string) => void = () => {}): Promise<SyncResult> {
  let writer: IndexWriter;
  try {
    writer = IndexWriter.open(dataDir, embedder, { create: true });
  } catch (error) {
    if (!isAppError(error, 'INDEX_MISMATCH')) throw error;
    log(`${error.message.split(';')[0]}: rebuilding it, keeping every report`);
    await IndexWriter.rebuild(dataDir, embedder);
    writer = IndexWriter.open(dataDir, embedder);
  }
  try {
    const result = await writer.syncSeeds(embedder, seedsDir);
    writer.repairGraph();
    if (result.added.length + result.reparsed.length + result.removed.length > 0) {
      log(`index updated: ${result.added.length} added, ${result.reparsed.length} re-parsed, ${result.removed.length} removed`);
    }
    return result;
  } finally {
    writer.close();
  }
}
