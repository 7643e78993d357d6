// `npm run ingest -- [--org 名称] [--year 2024] [--region 省,市] [--title 标题] [--replace] PATH…`
// Adds report files (or every report file in folders) to the index; each is added whole or not at all.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../errors/index.js';
import { IndexWriter, loadTransformersEmbedder } from '../index/index.js';
import type { MetadataOverrides } from '../index/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

const REPORT_FILE = /\.(txt|docx|pdf|html?)$/i;

const USAGE = `usage: npm run ingest -- [--org 名称] [--year 2024] [--region 省,市] [--title 标题] [--replace] PATH…
  PATH       report files (.txt .docx .pdf .html) or folders holding them
  --org      issuing body, when the document does not state it
  --year     year the report covers, when the document does not state it
  --region   region, most general first, comma-separated
  --title    title, when the document has none
  --replace  put this version in place of an indexed report of the same issuer and year`;

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' }, year: { type: 'string' }, region: { type: 'string' }, title: { type: 'string' },
      replace: { type: 'boolean', default: false }, help: { type: 'boolean', default: false },
    },
  });
  const year = values.year === undefined ? undefined : Number(values.year);
  const badYear = year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100);
  if (values.help || positionals.length === 0 || badYear) {
    if (badYear) console.error(`--year ${values.year}: expected the four-digit year the report covers, 1990–2100`);
    console.error(USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const overrides: MetadataOverrides = { org: values.org, year, region: values.region?.split(/[,，]/).map((s) => s.trim()).filter(Boolean), title: values.title };
  const files = positionals.flatMap(expand);
  if (files.length === 0) {
    console.error(`no report files (.txt .docx .pdf .html) in ${positionals.join(', ')}`);
    process.exitCode = 1;
    return;
  }
  const env = readCliEnv();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const writer = IndexWriter.open(env.dataDir, embedder);
  let failed = 0;
  try {
    for (const file of files) {
      try {
        const bytes = readFileBytes(file);
        if (typeof bytes === 'string') {
          failed++;
          console.error(`not added ${file}: ${bytes}`);
          continue;
        }
        const outcome = await writer.ingest(embedder, bytes, basename(file), { overrides, replace: values.replace, onProgress: (done, total) => process.stderr.write(`embedding ${file}: ${done}/${total}\n`) });
        const { meta } = outcome;
        const replaced = outcome.replaced.length ? `, replacing ${outcome.replaced.join(', ')}` : '';
        console.log(`added ${file}: ${meta.org} · ${meta.title} · ${meta.year} · ${outcome.passages} passages (id ${meta.id}${replaced})`);
      } catch (error) {
        // A folder ingest goes on past any failed file; an unexpected failure's stack is printed for the operator.
        failed++;
        console.error(`not added ${file}: ${isAppError(error) ? error.message : `unexpected error (a bug; please report it): ${error instanceof Error ? error.stack : String(error)}`}`);
      }
    }
    writer.flushGraph(); // a folder's worth of reports: readers should not have to replay them
  } finally {
    writer.close();
  }
  if (failed) process.exitCode = 1;
});

/** A file, or the report files below a folder (sorted). */
function expand(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [path]; // reported as unreadable by the ingest
  if (!stat.isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const child = join(path, name);
    return statSync(child).isDirectory() ? expand(child) : REPORT_FILE.test(extname(name)) || REPORT_FILE.test(name) ? [child] : [];
  });
}

/** A file's bytes, or why it cannot be read. */
function readFileBytes(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'a folder, not a file' : code === 'EACCES' ? 'not allowed to read it' : String(error);
  }
}
