import { readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { IndexPaths } from '../indexPaths.js';
import type { IndexStamp } from '../store/passageStore.js';
import { fileCheck } from '../store/checkGraphFile.js';
import { readGraphStamp, sameStore } from '../store/vectorIndex.js';
import type { GraphStamp, VectorIndex } from '../store/vectorIndex.js';

/**
 * Saves a graph atomically with the generation it reflects: written under a new name
 * (vectors-<generation>.hnsw, through a temporary file), then the stamp naming it is renamed into place.
 * A crash leaves the previous stamp naming the previous file, which is kept (a reader may be opening it);
 * older graph files are deleted.
 */
export function saveGraph(paths: IndexPaths, index: VectorIndex, stamp: IndexStamp): void {
  const previous = readGraphStamp(paths)?.file;
  const file = paths.graphAt(index.generation);
  const tmp = `.${process.pid}.tmp`;
  index.writeTo(`${file}${tmp}`);
  renameSync(`${file}${tmp}`, file);
  const saved: GraphStamp = { stamp: { ...stamp, generation: index.generation }, file: basename(file), ...fileCheck(file), deleted: index.deleted };
  writeFileSync(`${paths.graphStamp}${tmp}`, JSON.stringify(saved));
  renameSync(`${paths.graphStamp}${tmp}`, paths.graphStamp);
  const keep = new Set([basename(file), previous]);
  for (const name of readdirSync(paths.dataDir)) {
    if (/^vectors(-\d+)?\.hnsw$/.test(name) && !keep.has(name)) rmSync(join(paths.dataDir, name), { force: true });
  }
}

/**
 * The saved graph's generation when it is usable for this store: made for it (store id, format, model,
 * dimension), not after it, and its file present with the size recorded. Undefined means: build it again.
 */
export function savedGraphGeneration(paths: IndexPaths, stamp: IndexStamp): number | undefined {
  const saved = readGraphStamp(paths);
  if (!saved || !sameStore(saved.stamp, stamp) || saved.stamp.generation > stamp.generation) return undefined;
  const size = statSync(join(paths.dataDir, saved.file), { throwIfNoEntry: false })?.size;
  return size === saved.bytes ? saved.stamp.generation : undefined;
}
