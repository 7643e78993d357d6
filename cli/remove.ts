// `npm run remove -- ID|FILE`: take a report out of the index. Without an argument, lists the reports.
import { indexPaths, loadTransformersEmbedder, PassageStore, VectorIndex } from '../index/index.js';
import { removeReport } from '../index/removeReport.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const store = PassageStore.open(indexPaths(env.dataDir).db, embedder);
  try {
    const reports = store.reports();
    const target = process.argv[2];
    if (!target) {
      console.log('usage: npm run remove -- ID|FILE\nindexed reports:');
      for (const r of reports) console.log(`  ${r.meta.id}  ${r.meta.sourceFile}  ${r.meta.org} · ${r.meta.year ?? '?'} · ${r.passageCount} passages (${r.origin})`);
      return;
    }
    const report = removeReport(store, target);
    if (!report) {
      console.error(`no indexed report has the id or file name ${target}; run \`npm run remove\` to list them`);
      process.exitCode = 1;
      return;
    }
    VectorIndex.open(env.dataDir, store);
    const note = report.origin === 'seed' ? ' (a seed: it stays out until added again with `npm run ingest`)' : '';
    console.log(`removed ${report.meta.id}: ${report.meta.org} · ${report.meta.title}${note}`);
  } finally {
    store.close();
  }
});
