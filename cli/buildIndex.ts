// `npm run index [-- --rebuild]`: bring the index in line with seeds/ (incremental), or rebuild it whole.
import { SingleBar, Presets } from 'cli-progress';
import { IndexWriter, loadTransformersEmbedder, repairIndex, reportRecords } from '../index/index.js';
import { INDEX_BAR_FORMAT, indexNoticeLine, indexSummary, indexWorkingOn } from '../prompts/index.js';
import type { IndexNotice, IndexRun } from '../prompts/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const rebuild = process.argv.includes('--rebuild');
  const seedsDir = process.argv.find((arg, i) => i > 1 && !arg.startsWith('--')) ?? 'seeds';
  const started = performance.now();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const bar = new SingleBar({ format: INDEX_BAR_FORMAT, hideCursor: true, stopOnComplete: true }, Presets.shades_classic);
  const onProgress = (done: number, total: number) => {
    if (!process.stderr.isTTY) return;
    if (done <= 32) bar.start(total, 0);
    bar.update(done);
  };
  // The end of a repair is told by the summary, once, with the rest of the run.
  const notify = (notice: IndexNotice) => notice.kind !== 'rebuilt' && console.log(indexNoticeLine(notice));
  // A damaged or lost index.sqlite is moved aside and rebuilt from the kept originals and the seeds first.
  const repaired = await repairIndex(env.dataDir, seedsDir, embedder, notify);
  let rebuilt: IndexRun['rebuilt'];
  if (repaired.action === 'rebuilt') {
    rebuilt = { why: repaired.reason, seeds: repaired.seeds, addedBack: repaired.addedBack, failed: repaired.failed.length };
  } else if (rebuild) {
    rebuilt = { why: 'asked', reports: await IndexWriter.rebuild(env.dataDir, embedder, (name) => console.log(indexWorkingOn(name, 'reparse')), onProgress) };
  }
  const writer = IndexWriter.open(env.dataDir, embedder, { create: true });
  try {
    const result = await writer.syncSeeds(embedder, seedsDir, { report: (file, action) => console.log(indexWorkingOn(file, action)), embed: onProgress });
    if (writer.repairGraph()) notify({ kind: 'graphRepaired' });
    reportRecords(writer, notify);
    const reports = writer.reports();
    const sync = { added: result.added.length, reparsed: result.reparsed.length, unchanged: result.unchanged.length, removed: result.removed.length, embedded: result.passagesEmbedded };
    console.log(indexSummary({
      dataDir: env.dataDir,
      seedsDir,
      reports: reports.length,
      passages: reports.reduce((n, r) => n + r.passageCount, 0),
      seconds: (performance.now() - started) / 1000,
      ...(rebuilt && { rebuilt }),
      sync,
    }));
  } finally {
    writer.close();
  }
});
