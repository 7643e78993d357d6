import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addReport } from './addReport.js';
import type { ProgressFn } from './addReport.js';
import type { Embedder } from '../embedding/embedder.js';
import { parseReport } from '../parse/parseReport.js';
import { PARSER_VERSION } from '../parse/parserVersion.js';
import { reparseStored } from './reparseStored.js';
import { reportIdOf } from '../reportId.js';
import { removedSeeds } from './removeReport.js';
import type { PassageStore } from '../store/passageStore.js';

/** What a sync changed. */
export interface SyncResult {
  added: string[];
  unchanged: string[];
  removed: string[];
  reparsed: string[];
  passagesEmbedded: number;
}

/** Events for a progress display. */
export interface SyncProgress {
  report?: (file: string, action: 'add' | 'reparse') => void;
  embed?: ProgressFn;
}

const SEED_FILE = /\.txt$/i;

/**
 * Brings the store in line with the seed folder, incrementally: a seed whose content hash is already
 * indexed is skipped; a changed or new one is (re)indexed; a seed file that is gone is removed.
 * When the parser version changed, every report (ingested ones too) is re-parsed from its stored text.
 * A seed an admin removed stays out.
 */
export async function syncSeeds(store: PassageStore, embedder: Embedder, seedsDir: string, progress: SyncProgress = {}): Promise<SyncResult> {
  const result: SyncResult = { added: [], unchanged: [], removed: [], reparsed: [], passagesEmbedded: 0 };
  const stale = store.setting('parserVersion') !== PARSER_VERSION;
  const indexed = new Map(store.reports().map((r) => [r.meta.id, r]));
  const seen = new Set<string>();
  const removed = removedSeeds(store);

  for (const file of (await readdir(seedsDir)).filter((name) => SEED_FILE.test(name)).sort()) {
    const text = await readFile(join(seedsDir, file), 'utf8');
    const id = reportIdOf(text);
    seen.add(id);
    if (removed.has(id)) continue; // an admin took it out
    if (indexed.has(id) && !stale) {
      result.unchanged.push(file);
      continue;
    }
    progress.report?.(file, indexed.has(id) ? 'reparse' : 'add');
    const added = await addReport(store, embedder, parseReport(text, file), { origin: 'seed', text }, progress.embed);
    result.passagesEmbedded += added.embedded;
    (indexed.has(id) ? result.reparsed : result.added).push(file);
  }

  for (const [id, report] of indexed) {
    if (seen.has(id)) continue;
    if (report.origin === 'seed') {
      store.removeReport(id);
      result.removed.push(report.meta.sourceFile);
    } else if (stale) {
      progress.report?.(report.meta.sourceFile, 'reparse');
      const text = store.sourceText(id) ?? '';
      const added = await addReport(store, embedder, reparseStored(text, report.meta, 'ingest'), { origin: 'ingest', text }, progress.embed);
      result.passagesEmbedded += added.embedded;
      result.reparsed.push(report.meta.sourceFile);
    }
  }
  store.setSetting('parserVersion', PARSER_VERSION);
  return result;
}
