// `npm run remove -- ID|FILE…`: take reports out of the index. Without an argument, lists the reports.
import { IndexWriter, MODEL_DIM, MODEL_ID } from '../index/index.js';
import { basename } from 'node:path';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const env = readCliEnv();
  // Removing embeds nothing: the model's id and dimension are enough to check the index, no model is loaded.
  const writer = IndexWriter.open(env.dataDir, { modelId: MODEL_ID, dim: MODEL_DIM });
  try {
    const reports = writer.reports();
    const targets = process.argv.slice(2);
    if (targets.length === 0) {
      console.log('usage: npm run remove -- ID|FILE\nindexed reports:');
      for (const r of reports) console.log(`  ${r.meta.id}  ${r.meta.sourceFile}  ${r.meta.org} · ${r.meta.year ?? '?'} · ${r.passageCount} passages (${r.origin})`);
      return;
    }
    for (const target of targets) {
      // A path works as well as the file name it was ingested under.
      const report = writer.remove(target) ?? writer.remove(basename(target));
      if (!report) {
        console.error(`no indexed report has the id or file name ${target}; run \`npm run remove\` to list them`);
        process.exitCode = 1;
        continue;
      }
      const note = report.origin === 'seed' ? ' (a seed: it stays out until added again with `npm run ingest`)' : '';
      console.log(`removed ${report.meta.id}: ${report.meta.org} · ${report.meta.title}${note}`);
    }
  } finally {
    writer.close();
  }
});
