// `npm run remove -- ID|FILE…`: take reports out of the index. Without an argument, lists the reports.
import { indexPaths, loadTransformersEmbedder, PassageStore, removeReport, VectorIndex } from '../index/index.js';
import { basename } from 'node:path';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const store = PassageStore.open(indexPaths(env.dataDir).db, embedder);
  try {
    const reports = store.reports();
    const targets = process.argv.slice(2);
    if (targets.length === 0) {
      console.log('usage: npm run remove -- ID|FILE\nindexed reports:');
      for (const r of reports) console.log(`  ${r.meta.id}  ${r.meta.sourceFile}  ${r.meta.org} · ${r.meta.year ?? '?'} · ${r.passageCount} passages (${r.origin})`);
      return;
    }
    for (const target of targets) {
      // A path works as well as the file name it was ingested under.
      const report = removeReport(store, target) ?? removeReport(store, basename(target));
      if (!report) {
        console.error(`no indexed report has the id or file name ${target}; run \`npm run remove\` to list them`);
        process.exitCode = 1;
        continue;
      }
      const note = report.origin === 'seed' ? ' (a seed: it stays out until added again with `npm run ingest`)' : '';
      console.log(`removed ${report.meta.id}: ${report.meta.org} · ${report.meta.title}${note}`);
    }
    VectorIndex.open(env.dataDir, store);
  } finally {
    store.close();
  }
});
