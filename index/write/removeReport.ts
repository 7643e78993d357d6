import type { PassageStore, StoredReport } from '../store/passageStore.js';

/** The store setting listing the ids of seed reports an admin removed. */
export const TOMBSTONES = 'removedSeeds';

/** Ids of seed reports an admin removed: `npm run index` and start-up leave them out. */
export function removedSeeds(store: PassageStore): Set<string> {
  return new Set(JSON.parse(store.setting(TOMBSTONES) ?? '[]') as string[]);
}

/**
 * Takes a report out of the index atomically. A removed seed is remembered, so that syncing the seed
 * folder does not bring it back; undefined when no report has that id or file name.
 */
export function removeReport(store: PassageStore, idOrFile: string): StoredReport | undefined {
  const report = store.reports().find((r) => r.meta.id === idOrFile || r.meta.sourceFile === idOrFile);
  if (!report) return undefined;
  if (report.origin === 'seed') store.setSetting(TOMBSTONES, JSON.stringify([...removedSeeds(store), report.meta.id]));
  store.removeReport(report.meta.id);
  return report;
}

/** Forgets that a seed was removed (it is being added again on purpose). */
export function forgetRemoval(store: PassageStore, reportId: string): void {
  const ids = removedSeeds(store);
  if (ids.delete(reportId)) store.setSetting(TOMBSTONES, JSON.stringify([...ids]));
}
