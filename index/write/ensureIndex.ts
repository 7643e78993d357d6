import type { Embedder } from '../embedding/embedder.js';
import { isAppError } from '../../errors/index.js';
import { IndexWriter } from './indexWriter.js';
import { repairIndex } from './repairIndex.js';
import type { SyncResult } from './syncSeeds.js';
import type { IndexNoticeFn } from './indexNotice.js';

/**
 * Makes the index in `dataDir` current before serving: checks it (repairIndex: a damaged or lost index.sqlite
 * is moved aside and rebuilt from the kept originals and the seeds), creates it when absent, rebuilds it
 * (keeping every report) when it was made by another format or model, syncs it with the seed folder, and
 * repairs a missing or damaged graph file. Each finding and what is done about it goes to `notify`.
 */
export async function ensureIndex(dataDir: string, seedsDir: string, embedder: Embedder, notify: IndexNoticeFn = () => {}): Promise<SyncResult> {
  await repairIndex(dataDir, seedsDir, embedder, notify);
  let writer: IndexWriter;
  try {
    writer = IndexWriter.open(dataDir, embedder, { create: true });
  } catch (error) {
    if (!isAppError(error, 'INDEX_MISMATCH')) throw error;
    notify({ kind: 'mismatchRebuilding', detail: error.message.split(';')[0]! });
    await IndexWriter.rebuild(dataDir, embedder);
    writer = IndexWriter.open(dataDir, embedder);
  }
  try {
    const result = await writer.syncSeeds(embedder, seedsDir);
    if (writer.repairGraph()) notify({ kind: 'graphRepaired' });
    reportRecords(writer, notify);
    if (result.added.length + result.reparsed.length + result.removed.length > 0) {
      notify({ kind: 'seedsSynced', added: result.added.length, reparsed: result.reparsed.length, removed: result.removed.length });
    }
    return result;
  } finally {
    writer.close();
  }
}

/** Brings the originals' records and removed.json up to date and says what a lost index could not bring back. */
export function reportRecords(writer: IndexWriter, notify: IndexNoticeFn): void {
  const kept = writer.keepRecords();
  if (kept.recordsWritten > 0) notify({ kind: 'recordsWritten', count: kept.recordsWritten });
  if (kept.withoutOriginal.length > 0) notify({ kind: 'withoutOriginal', files: kept.withoutOriginal });
  if (kept.originalsWithoutReport.length > 0) notify({ kind: 'originalsWithoutReport', files: kept.originalsWithoutReport });
}
