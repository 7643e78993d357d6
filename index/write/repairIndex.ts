import { existsSync, readdirSync, readFileSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Embedder } from '../embedding/embedder.js';
import { isAppError } from '../../errors/index.js';
import { indexPaths } from '../indexPaths.js';
import { reportIdOf } from '../reportId.js';
import { checkStoreFile } from '../store/checkStoreFile.js';
import { IndexWriter } from './indexWriter.js';
import { keptOriginals } from './originals.js';
import type { KeptOriginal } from './originals.js';
import { readRemovedSeedsFile } from './removedSeedsFile.js';
import type { IndexNoticeFn } from './indexNotice.js';

/** What the start-up check of index.sqlite did. */
export type RepairOutcome =
  | { action: 'none' }
  | { action: 'rebuilt'; reason: 'absent' | 'damaged'; movedTo?: string; reports: number; seeds: number; addedBack: number; failed: string[] };

/**
 * The start-up integrity check of the passage store: a quick check of index.sqlite (see checkStoreFile).
 * A sound file, or an absent one with nothing kept to rebuild from, is left to the caller. A damaged file is
 * moved aside (index.sqlite.damaged-<time>, with its -wal and -shm), and a damaged or lost one is made again
 * through the normal write path: the seeds (removed ones left out, from removed.json), then every ingested
 * report's kept original with the metadata given with it, oldest first. Says what it found and does via `notify`.
 */
export async function repairIndex(dataDir: string, seedsDir: string, embedder: Embedder, notify: IndexNoticeFn): Promise<RepairOutcome> {
  const paths = indexPaths(dataDir);
  const found = checkStoreFile(paths.db);
  if (found.state === 'sound') return { action: 'none' };
  const originals = keptOriginals(dataDir).filter((o) => o.record?.origin !== 'seed');
  if (found.state === 'absent' && originals.length === 0) return { action: 'none' };
  const counts = { originals: originals.length, seeds: seedCount(seedsDir, dataDir) };
  let movedTo: string | undefined;
  if (found.state === 'damaged') {
    movedTo = `${paths.db}.damaged-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    for (const suffix of ['', '-wal', '-shm']) if (existsSync(`${paths.db}${suffix}`)) renameSync(`${paths.db}${suffix}`, `${movedTo}${suffix}`);
    notify({ kind: 'rebuilding', reason: 'damaged', file: basename(paths.db), problem: found.problem, movedTo: basename(movedTo), ...counts });
  } else {
    notify({ kind: 'rebuilding', reason: 'absent', file: basename(paths.db), ...counts });
  }
  const { reports, seeds, addedBack, failed } = await rebuildFromOriginals(dataDir, seedsDir, embedder, originals, notify);
  notify({ kind: 'rebuilt', reports, seeds, addedBack, failed });
  return { action: 'rebuilt', reason: found.state, ...(movedTo && { movedTo }), reports, seeds, addedBack, failed };
}

/** How many seed files there are, those an admin removed aside. */
function seedCount(seedsDir: string, dataDir: string): number {
  if (!existsSync(seedsDir)) return 0;
  const removed = new Set(readRemovedSeedsFile(dataDir));
  return readdirSync(seedsDir).filter((name) => /\.txt$/i.test(name) && !removed.has(reportIdOf(readFileSync(join(seedsDir, name), 'utf8')))).length;
}

/** Makes a new index: removed seeds remembered, seeds synced, then each kept original added again as it was. */
async function rebuildFromOriginals(dataDir: string, seedsDir: string, embedder: Embedder, originals: KeptOriginal[], notify: IndexNoticeFn): Promise<{ reports: number; seeds: number; addedBack: number; failed: string[] }> {
  const writer = IndexWriter.open(dataDir, embedder, { create: true });
  const failed: string[] = [];
  let addedBack = 0;
  try {
    writer.adoptRemovedSeeds();
    if (existsSync(seedsDir)) await writer.syncSeeds(embedder, seedsDir);
    for (const original of originals) {
      const { record } = original;
      const name = record?.fileName ?? basename(original.file);
      try {
        await writer.ingest(embedder, readFileSync(original.file), name, {
          overrides: record?.overrides,
          replace: record?.replace,
          sourceUrl: record?.sourceUrl,
          addedAt: record?.addedAt,
        });
        addedBack += 1;
      } catch (error) {
        // An original kept before records were may be a seed's copy: already back, nothing lost.
        if (!record && isAppError(error, 'REPORT_DUPLICATE')) continue;
        failed.push(name);
        notify({ kind: 'notAddedBack', fileName: name, detail: isAppError(error) ? error.message : String(error) });
      }
    }
    writer.repairGraph();
    const reports = writer.reports();
    return { reports: reports.length, seeds: reports.filter((r) => r.origin === 'seed').length, addedBack, failed };
  } finally {
    writer.close();
  }
}
