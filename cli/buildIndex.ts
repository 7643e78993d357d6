// `npm run index [-- --rebuild]`: bring the index in line with seeds/ (incremental), or rebuild it whole.
import { SingleBar, Presets } from 'cli-progress';
import { mkdirSync } from 'node:fs';
import { indexPaths, loadTransformersEmbedder, PassageStore, rebuildIndex, syncSeeds, VectorIndex } from '../index/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const rebuild = process.argv.includes('--rebuild');
  const seedsDir = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'seeds';
  mkdirSync(env.dataDir, { recursive: true });
  const started = performance.now();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const bar = new SingleBar({ format: ' embedding {bar} {value}/{total} passages', hideCursor: true, stopOnComplete: true }, Presets.shades_classic);
  const onProgress = (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    if (done <= 32) bar.start(total, 0);
    bar.update(done);
  };
  const { db } = indexPaths(env.dataDir);
  if (rebuild) {
    const count = await rebuildIndex(db, embedder, (name) => console.log(`re-indexing ${name}`), onProgress);
    console.log(`rebuilt the index from ${count} stored report(s)`);
  }
  const store = PassageStore.open(db, { modelId: embedder.modelId, dim: embedder.dim }, { create: true });
  try {
    const result = await syncSeeds(store, embedder, seedsDir, {
      report: (file, action) => console.log(`${action === 'add' ? 'indexing' : 're-parsing'} ${file}`),
      embed: onProgress,
    });
    VectorIndex.open(env.dataDir, store);
    const total = store.reports().reduce((n, r) => n + r.passageCount, 0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `index ready in ${env.dataDir}: ${store.reports().length} reports, ${total} passages ` +
        `(added ${result.added.length}, re-parsed ${result.reparsed.length}, unchanged ${result.unchanged.length}, removed ${result.removed.length}; ` +
        `embedded ${result.passagesEmbedded} passages) in ${seconds.toFixed(1)} s`,
    );
  } finally {
    store.close();
  }
});
