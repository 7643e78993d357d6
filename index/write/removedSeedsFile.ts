import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from './originals.js';

/** `<dataDir>/removed.json`: the seed reports an admin removed, kept outside the SQLite file so a lost index keeps them out. */
export function removedSeedsFile(dataDir: string): string {
  return join(dataDir, 'removed.json');
}

/** Ids of removed seeds saved in the data folder; empty when the file is absent or unreadable. */
export function readRemovedSeedsFile(dataDir: string): string[] {
  try {
    const parsed = JSON.parse(readFileSync(removedSeedsFile(dataDir), 'utf8')) as { removedSeeds?: unknown };
    return Array.isArray(parsed.removedSeeds) ? parsed.removedSeeds.filter((id): id is string => typeof id === 'string') : [];
  } catch {
    return [];
  }
}

/** Saves (atomically) the ids of removed seeds, when they differ from what the file holds. */
export function writeRemovedSeedsFile(dataDir: string, ids: Iterable<string>): void {
  const sorted = [...new Set(ids)].sort();
  const current = readRemovedSeedsFile(dataDir).sort();
  if (sorted.length === current.length && sorted.every((id, i) => id === current[i])) return;
  writeFileAtomic(removedSeedsFile(dataDir), `${JSON.stringify({ removedSeeds: sorted }, null, 1)}\n`);
}
