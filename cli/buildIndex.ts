// `npm run index [-- --rebuild]`: bring the index in line with seeds/ (incremental), or rebuild it whole.
import { SingleBar, Presets } from 'cli-progress';
import { IndexWriter, loadTransformersEmbedder, repairIndex, reportRecords } from '../index/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const rebuild = process.argv.includes('--rebuild');
  const seedsDir = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'seeds';
  const started = performance.now();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const bar = new SingleBar({ format: ' embedding {bar} {value}/{total} passages', hideCursor: true, stopOnComplete: true }, Presets.shades_classic);
  const onProgress = (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    if (done <= 32) bar.start(total, 0);
    bar.update(done);
  };
  // A damaged or lost index.sqlite is moved aside and rebuilt from the kept originals and the seeds first.
  const repaired = await repairIndex(env.dataDir, seedsDir, embedder, (line) => console.log(line));
  if (rebuild && repaired.action === 'none') {
    const count = await IndexWriter.rebuild(env.dataDir, embedder, (name) => console.log(`re-indexing ${name}`), onProgress);
    console.log(`rebuilt the index from ${count} stored report(s)`);
  }
  const writer = IndexWriter.open(env.dataDir, embedder, { create: true });
  try {
    const result = await writer.syncSeeds(embedder, seedsDir, {
      report: (file, action) => console.log(`${action === 'add' ? 'indexing' : 're-parsing'} ${file}`),
      embed: onProgress,
    });
    if (writer.repairGraph()) console.log('the vector graph file was missing, stale or damaged: it was rebuilt from index.sqlite');
    reportRecords(writer, (line) => console.log(line));
    const reports = writer.reports();
    const total = reports.reduce((n, r) => n + r.passageCount, 0);
    const seconds = (performance.now() - started) / 1000;
    console.log(
      `index ready in ${env.dataDir}: ${reports.length} reports, ${total} passages ` +
        `(added ${result.added.length}, re-parsed ${result.reparsed.length}, unchanged ${result.unchanged.length}, removed ${result.removed.length}; ` +
        `embedded ${result.passagesEmbedded} passages) in ${seconds.toFixed(1)} s`,
    );
  } finally {
    writer.close();
  }
});
