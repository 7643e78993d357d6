import Database from 'better-sqlite3';
import { existsSync, renameSync, rmSync } from 'node:fs';
import { addReport } from './addReport.js';
import type { ProgressFn } from './addReport.js';
import type { Embedder } from '../embedding/embedder.js';
import { reparseStored } from './reparseStored.js';
import { TOMBSTONES } from './removeReport.js';
import { PARSER_VERSION } from '../parse/parserVersion.js';
import { PassageStore } from '../store/passageStore.js';
import type { ReportMeta } from '../types.js';

interface OldReport {
  meta: ReportMeta;
  origin: 'seed' | 'ingest';
  text: string;
}

/** Reads the reports and the removed seeds of an index of any format version, without checking its stamp. */
function readOldReports(file: string): { reports: OldReport[]; removedSeeds: string | undefined } {
  if (!existsSync(file)) return { reports: [], removedSeeds: undefined };
  const db = new Database(file, { readonly: true });
  try {
    const rows = db.prepare('SELECT meta_json, origin, source_text FROM reports ORDER BY added_at').all() as Array<{ meta_json: string; origin: 'seed' | 'ingest'; source_text: string }>;
    const removed = db.prepare("SELECT value FROM meta WHERE key = ?").get(`setting:${TOMBSTONES}`) as { value: string } | undefined;
    return { reports: rows.map((r) => ({ meta: JSON.parse(r.meta_json) as ReportMeta, origin: r.origin, text: r.source_text })), removedSeeds: removed?.value };
  } finally {
    db.close();
  }
}

/**
 * Rebuilds the index from scratch into a new file and swaps it in: every report already indexed (seeds and
 * ingested ones) is re-parsed from its stored text, so nothing is lost, and seeds an admin removed stay
 * removed. Used after a format or model change.
 */
export async function rebuildIndex(file: string, embedder: Embedder, onReport?: (name: string) => void, onProgress?: ProgressFn): Promise<number> {
  const { reports: old, removedSeeds } = readOldReports(file);
  const fresh = `${file}.rebuild-${process.pid}`;
  rmSync(fresh, { force: true });
  const store = PassageStore.open(fresh, { modelId: embedder.modelId, dim: embedder.dim }, { create: true });
  try {
    for (const report of old) {
      onReport?.(report.meta.sourceFile);
      const parsed = reparseStored(report.text, report.meta, report.origin);
      await addReport(store, embedder, parsed, { origin: report.origin, text: report.text }, onProgress);
    }
    store.setSetting('parserVersion', PARSER_VERSION);
    if (removedSeeds) store.setSetting(TOMBSTONES, removedSeeds); // seeds an admin removed stay out
  } finally {
    store.close();
  }
  for (const suffix of ['-wal', '-shm']) rmSync(`${file}${suffix}`, { force: true });
  renameSync(fresh, file);
  return old.length;
}
