// `npm run remove -- ID|FILE…`: take reports out of the index. Without an argument, lists the reports.
import { IndexWriter, MODEL_DIM, MODEL_ID } from '../index/index.js';
import { basename } from 'node:path';
import { REMOVE_NONE, REMOVE_USAGE, removeDone, removeListLine, removeNotFound } from '../prompts/index.js';
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
      console.log(REMOVE_USAGE);
      if (reports.length === 0) console.log(REMOVE_NONE);
      for (const r of reports) {
        console.log(removeListLine({ id: r.meta.id, sourceFile: r.meta.sourceFile, org: r.meta.org, year: r.meta.year, passages: r.passageCount, origin: r.origin }));
      }
      return;
    }
    for (const target of targets) {
      // A path works as well as the file name it was ingested under.
      const report = writer.remove(target) ?? writer.remove(basename(target));
      if (!report) {
        console.error(removeNotFound(target));
        process.exitCode = 1;
        continue;
      }
      console.log(removeDone({ id: report.meta.id, org: report.meta.org, title: report.meta.title, seed: report.origin === 'seed' }));
    }
  } finally {
    writer.close();
  }
});
