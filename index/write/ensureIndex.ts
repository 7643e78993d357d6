import type { Embedder } from '../embedding/embedder.js';
import { isAppError } from '../../errors/index.js';
import { IndexWriter } from './indexWriter.js';
import { repairIndex } from './repairIndex.js';
import type { SyncResult } from './syncSeeds.js';

/**
 * Makes the index in `dataDir` current before serving: checks it (repairIndex: a damaged or lost index.sqlite
 * is moved aside and rebuilt from the kept originals and the seeds), creates it when absent, rebuilds it
 * (keeping every report) when it was made by another format or model, syncs it with the seed folder, and
 * repairs a missing or damaged graph file. Each finding and what is done about it goes to `log`.
 */
export async function ensureIndex(dataDir: string, seedsDir: string, embedder: Embedder, log: (line: string) => void = () => {}): Promise<SyncResult> {
  await repairIndex(dataDir, seedsDir, embedder, log);
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
    if (writer.repairGraph()) log('the vector graph file was missing, stale or damaged: it was rebuilt from index.sqlite');
    reportRecords(writer, log);
    if (result.added.length + result.reparsed.length + result.removed.length > 0) {
      log(`index updated: ${result.added.length} added, ${result.reparsed.length} re-parsed, ${result.removed.length} removed`);
    }
    return result;
  } finally {
    writer.close();
  }
}

/** Brings the originals' records and removed.json up to date and says what a lost index could not bring back. */
export function reportRecords(writer: IndexWriter, log: (line: string) => void): void {
  const kept = writer.keepRecords();
  if (kept.recordsWritten > 0) log(`wrote the metadata record beside ${kept.recordsWritten} kept original(s)`);
  if (kept.withoutOriginal.length > 0) {
    log(`${kept.withoutOriginal.length} ingested report(s) have no kept original and could not be rebuilt should index.sqlite be lost: ${kept.withoutOriginal.join(', ')}`);
  }
  if (kept.originalsWithoutReport.length > 0) {
    log(`${kept.originalsWithoutReport.length} kept original(s) have no report in the index (left in the originals folder): ${kept.originalsWithoutReport.join(', ')}`);
  }
}
