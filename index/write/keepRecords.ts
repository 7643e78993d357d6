import type { PassageStore } from '../store/passageStore.js';
import { keptOriginals, saveOriginalRecord } from './originals.js';
import type { OriginalRecord } from './originals.js';
import { removedSeeds } from './removeReport.js';
import { writeRemovedSeedsFile } from './removedSeedsFile.js';

/** What comparing the index with the originals folder found. */
export interface KeptRecords {
  /** Records written beside originals kept before records were. */
  recordsWritten: number;
  /** Ingested reports (file names) with no kept original: a lost index could not bring them back. */
  withoutOriginal: string[];
  /** Kept originals of ingested reports (file names, or ids) that are not in the index. */
  originalsWithoutReport: string[];
}

/** SQLite's `added_at` (UTC, no zone) as an ISO time; now when unknown. */
export const toIsoTime = (addedAt: string | undefined): string => (addedAt ? new Date(`${addedAt}Z`).toISOString() : new Date().toISOString());

/**
 * Compares the index with the originals folder in `dataDir` and writes what a lost index would need: the
 * record of a report whose original was kept before records were (its given metadata from the index), and
 * removed.json. Returns what it found.
 */
export function keepRecords(store: PassageStore, dataDir: string): KeptRecords {
  const reports = store.reports();
  const kept = new Map(keptOriginals(dataDir).map((o) => [o.reportId, o]));
  const withoutOriginal: string[] = [];
  let recordsWritten = 0;
  for (const report of reports) {
    const { meta } = report;
    const original = kept.get(meta.id);
    if (!original) {
      if (report.origin === 'ingest') withoutOriginal.push(meta.sourceFile);
    } else if (!original.record) {
      const overrides = Object.fromEntries((meta.given ?? []).map((field) => [field, meta[field]]));
      const record: OriginalRecord = { reportId: meta.id, fileName: meta.sourceFile, origin: report.origin, addedAt: toIsoTime(report.addedAt) };
      saveOriginalRecord(dataDir, Object.keys(overrides).length > 0 ? { ...record, overrides } : record);
      recordsWritten += 1;
    }
  }
  const ids = new Set(reports.map((r) => r.meta.id));
  const originalsWithoutReport = [...kept.values()].filter((o) => o.record?.origin !== 'seed' && !ids.has(o.reportId)).map((o) => o.record?.fileName ?? o.reportId);
  writeRemovedSeedsFile(dataDir, removedSeeds(store));
  return { recordsWritten, withoutOriginal, originalsWithoutReport };
}
