// `npm run export -- "主题" [--format xlsx|docx] [--compare] [--top N] [--out FILE]`: an answer or a comparison as a file.
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { comparisonRows, exportFile } from '../export/index.js';
import type { ExportFormat } from '../export/index.js';
import { CLI_EXPORT_NOTHING, CLI_EXPORT_USAGE, CLI_QUERY_PROBLEMS, cliExported, cliExportUnjudged, zh } from '../prompts/index.js';
import { openSearcher } from '../retrieval/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

const FORMATS: readonly ExportFormat[] = ['xlsx', 'docx'];

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      format: { type: 'string', default: 'xlsx' },
      compare: { type: 'boolean', default: false },
      top: { type: 'string', default: '10' },
      out: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const topK = Number(values.top);
  const format = values.format as ExportFormat;
  if (values.help || positionals.length === 0 || !FORMATS.includes(format) || !Number.isInteger(topK) || topK < 1 || topK > 50) {
    console.error(CLI_EXPORT_USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const topic = positionals.join(' ');
  const env = readCliEnv();
  const searcher = await openSearcher({ dataDir: env.dataDir, modelsDir: env.modelsDir });
  try {
    const answer = values.compare ? undefined : await searcher.search(topic, { topK });
    if (answer?.problem) {
      console.error(CLI_QUERY_PROBLEMS[answer.problem]);
      process.exitCode = 2;
      return;
    }
    const comparison = answer ? undefined : await searcher.compare(topic);
    // A comparison's rows are the bot's: addressing the topic, close to it, passing mentions, each marked as such.
    const { hits, standings } = answer ? { hits: answer.hits, standings: [] } : comparisonRows(comparison!);
    if (hits.length === 0) {
      console.error(CLI_EXPORT_NOTHING);
      process.exitCode = 1;
      return;
    }
    const file = await exportFile(topic, hits, format, zh.describeLevel, standings);
    // npm runs scripts from the package folder; INIT_CWD is where the admin typed the command (npm's own variable).
    const out = resolve(process.env.INIT_CWD ?? process.cwd(), values.out ?? file.fileName);
    writeFileSync(out, file.bytes);
    console.log(cliExported(out, file.rows));
    if (comparison?.unjudged) console.error(cliExportUnjudged(comparison.unjudged, comparison.keyWord));
  } finally {
    searcher.close();
  }
});
