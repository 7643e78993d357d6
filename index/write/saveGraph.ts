import { renameSync, rmSync, writeFileSync } from 'node:fs';
import type { IndexPaths } from '../indexPaths.js';
import type { IndexStamp } from '../store/passageStore.js';
import { readGraphStamp, sameStamp, VectorIndex } from '../store/vectorIndex.js';
import type { PassageStore } from '../store/passageStore.js';

/**
 * Makes the saved graph reflect the store's current stamp: rebuilt from the store's vectors when its
 * stamp differs, then written to a temporary file and renamed into place, the stamp file last, so a
 * crash leaves either the old pair (found stale and rebuilt) or the new one. `force` rewrites it anyway
 * (a damaged file under a matching stamp).
 */
export function saveGraph(paths: IndexPaths, store: PassageStore, options: { force?: boolean } = {}): void {
  const stamp = store.stamp();
  const saved = readGraphStamp(paths);
  if (!options.force && saved && sameStamp(saved.stamp, stamp)) return;
  const index = VectorIndex.build(store);
  writeGraph(paths, index, stamp);
}

function writeGraph(paths: IndexPaths, index: VectorIndex, stamp: IndexStamp): void {
  const tmp = `.${process.pid}.tmp`;
  if (index.size > 0) {
    index.writeTo(`${paths.graph}${tmp}`);
    renameSync(`${paths.graph}${tmp}`, paths.graph);
  } else {
    rmSync(paths.graph, { force: true });
  }
  writeFileSync(`${paths.graphStamp}${tmp}`, JSON.stringify({ stamp, count: index.size }));
  renameSync(`${paths.graphStamp}${tmp}`, paths.graphStamp);
}
