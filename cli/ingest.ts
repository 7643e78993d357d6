// `npm run ingest -- [--org 名称] [--year 2024] [--region 省,市] [--title 标题] [--replace] [--report FILE] PATH|URL…`
// Adds report files, every report file in folders, or reports at web addresses to the index; each is added whole
// or not at all, a failure never stops the run, and the run ends with a summary (optionally written as CSV).
// Files go in windows whose passages are embedded together on the model's thread, under one progress bar.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadFetchConfig, readEnvFile } from '../config/index.js';
import { AppError, isAppError } from '../errors/index.js';
import { BULK_BATCH_SIZE, IndexWriter, ingestFiles, startWorkerEmbedder } from '../index/index.js';
import type { FileResult, FileSource, IngestOutcome, MetadataOverrides } from '../index/index.js';
import { readCliEnv } from './cliEnv.js';
import { startIngestProgress } from './ingestProgress.js';
import { failedLine, renderSummary, summaryCsv } from './ingestSummary.js';
import {
  INGEST_USAGE, ingestAddedLine, ingestBadYear, ingestCsvWritten, ingestFailedLine, ingestInterrupted, ingestNoFiles, ingestOcrProgress, ingestPassedOver, ingestReplacedNote, ingestUnexpected, ingestUnreadable,
} from '../prompts/index.js';
import type { IngestLine } from './ingestSummary.js';
import { runCli } from './runCli.js';

const REPORT_FILE = /\.(txt|docx?|wps|pdf|html?)$/i;
const URL_ARG = /^https?:\/\//i;

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      org: { type: 'string' }, year: { type: 'string' }, region: { type: 'string' }, title: { type: 'string' },
      replace: { type: 'boolean', default: false }, help: { type: 'boolean', default: false }, report: { type: 'string' },
    },
  });
  const year = values.year === undefined ? undefined : Number(values.year);
  const badYear = year !== undefined && !(Number.isInteger(year) && year >= 1990 && year <= 2100);
  if (values.help || positionals.length === 0 || badYear) {
    if (badYear) console.error(ingestBadYear(values.year ?? ''));
    console.error(INGEST_USAGE);
    process.exitCode = values.help ? 0 : 2;
    return;
  }
  const overrides: MetadataOverrides = { org: values.org, year, region: values.region?.split(/[,，]/).map((s) => s.trim()).filter(Boolean), title: values.title };
  const passedOver: string[] = [];
  const sources = positionals.flatMap((arg) => (URL_ARG.test(arg) ? [arg] : expand(arg, passedOver)));
  // Said before anything is read, so an admin sees at once that a folder's .xlsx or .jpg files were not taken.
  if (passedOver.length > 0) console.error(ingestPassedOver(passedOver, (file) => extname(file).toLowerCase()));
  if (sources.length === 0) {
    console.error(ingestNoFiles(positionals));
    process.exitCode = 1;
    return;
  }
  const env = readCliEnv();
  const fetch = loadFetchConfig({ ...readEnvFile(), ...process.env });
  // The model runs on its own thread, fed length-sorted batches across files (see ingestFiles).
  const embedder = await startWorkerEmbedder(env.modelsDir, { batchSize: BULK_BATCH_SIZE });
  const writer = IndexWriter.open(env.dataDir, embedder);
  const lines: IngestLine[] = [];
  const progress = startIngestProgress();
  const record = (source: string, result: FileResult): void => {
    if ('outcome' in result) {
      lines.push(addedLine(source, result.outcome));
      const { meta, passages, replaced } = result.outcome;
      progress.log(ingestAddedLine({ source, org: meta.org, title: meta.title, year: meta.year, passages, id: meta.id, replaced }));
      return;
    }
    // The run goes on past any failure; an unexpected one's stack is printed for the operator.
    const { error } = result;
    if (!isAppError(error)) progress.log(ingestUnexpected(error instanceof Error ? (error.stack ?? error.message) : String(error)), true);
    const line = failedLine(source, error);
    lines.push(line);
    progress.log(ingestFailedLine({ source, outcome: line.outcome === 'refused' ? 'refused' : 'already indexed', reason: line.reason ?? '', detail: line.detail ?? '', code: line.code }), true);
  };
  // Ctrl-C: say what is kept and how to go on, then end as an interrupted process does (each report is
  // committed whole or not at all, so nothing needs undoing).
  process.once('SIGINT', () => {
    progress.stop();
    const added = lines.filter((l) => l.outcome === 'added' || l.outcome === 'replaced').length;
    console.error(ingestInterrupted(added));
    process.kill(process.pid, 'SIGINT');
  });
  try {
    const files = sources.filter((source) => !URL_ARG.test(source)).map(fileSource);
    if (files.length > 0) await ingestFiles(writer, embedder, files, {
      overrides,
      replace: values.replace,
      onProgress: (p) => progress.update(p),
      onResult: (file, result) => record(file.label, result),
      onOcrProgress: (file, done, total) => progress.log(ingestOcrProgress(file, done, total), true),
    });
    for (const url of sources.filter((source) => URL_ARG.test(source))) {
      try {
        const options = { overrides, replace: values.replace, fetch, onOcrProgress: (done: number, total: number) => progress.log(ingestOcrProgress(url, done, total), true) };
        record(url, { outcome: await writer.ingestUrl(embedder, url, options) });
      } catch (error) {
        record(url, { error });
      }
    }
    writer.flushGraph(); // a folder's worth of reports: readers should not have to replay them
  } finally {
    progress.stop();
    writer.close();
    await embedder.close();
  }
  console.log(renderSummary(lines));
  if (values.report) {
    writeFileSync(values.report, '\uFEFF' + summaryCsv(lines)); // the BOM makes spreadsheet programs read it as UTF-8
    console.log(ingestCsvWritten(values.report));
  }
  if (lines.some((l) => l.outcome === 'refused')) process.exitCode = 1;
});

/** A file to add: read when its window comes; one that cannot be read is refused as FILE_UNREADABLE. */
function fileSource(file: string): FileSource {
  return {
    label: file,
    fileName: basename(file),
    size: sizeOf(file),
    read() {
      const bytes = readFileBytes(file);
      if (typeof bytes === 'string') throw new AppError('FILE_UNREADABLE', `${file}: ${bytes}`);
      return bytes;
    },
  };
}

/** Bytes in the file, 0 when it cannot be looked at (read() then says why). */
function sizeOf(file: string): number {
  try {
    return statSync(file, { throwIfNoEntry: false })?.size ?? 0;
  } catch {
    return 0;
  }
}

function addedLine(source: string, outcome: IngestOutcome): IngestLine {
  const { meta } = outcome;
  const replaced = outcome.replaced.length > 0;
  return {
    source,
    outcome: replaced ? 'replaced' : 'added',
    reportId: meta.id,
    org: meta.org,
    year: meta.year,
    passages: outcome.passages,
    ...(replaced ? { reason: ingestReplacedNote(outcome.replaced) } : {}),
  };
}

/** A file, or the report files below a folder (sorted). */
function expand(path: string, passedOver: string[]): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return [path]; // reported as unreadable by the ingest
  if (!stat.isDirectory()) return [path];
  return readdirSync(path).sort().flatMap((name) => {
    const child = join(path, name);
    // A dangling link or unreadable entry is listed, so the summary says why it was not added.
    if (statSync(child, { throwIfNoEntry: false })?.isDirectory()) return expand(child, passedOver);
    if (REPORT_FILE.test(extname(name)) || REPORT_FILE.test(name)) return [child];
    if (!name.startsWith('.')) passedOver.push(child); // hidden files (.DS_Store) are no one's report
    return [];
  });
}

/** A file's bytes, or why it cannot be read. */
function readFileBytes(file: string): Uint8Array | string {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as { code?: string }).code;
    return ingestUnreadable(code, String(error));
  }
}
