// `npm run eval:ingest -- DIR --manifest FILE [--json]`: parses every report file of a folder (nothing is
// indexed) and prints the metadata read beside the manifest's, with per-field accuracy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../errors/index.js';
import { ManifestEntrySchema, missingMetadata, parseReport, readDocument, SCORED_FIELDS, scoreFile, summarizeScores, withOverrides } from '../index/index.js';
import type { FileScore } from '../index/index.js';
import { EVAL_INGEST_USAGE, evalFieldLine, evalFileHeading, evalNote, evalNotInManifest, evalRefusedWithIssuer, evalSummaryHead, evalSummaryRow, evalTitle, evalUnreadable, zh } from '../prompts/index.js';
import { runCli } from './runCli.js';

const REPORT_FILE = /\.(txt|docx|pdf|html?)$/i;

runCli(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { manifest: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const dir = positionals[0];
  if (!dir || !values.manifest) {
    console.error(EVAL_INGEST_USAGE);
    process.exitCode = 2;
    return;
  }
  const manifest = ManifestEntrySchema.array().parse(JSON.parse(readFileSync(values.manifest, 'utf8')));
  const scores: FileScore[] = [];
  for (const file of readdirSync(dir).filter((name) => REPORT_FILE.test(name)).sort()) {
    const entry = manifest.find((e) => e.file === file);
    try {
      const document = await readDocument(readFileSync(join(dir, file)), file);
      const { meta, warnings } = withOverrides(parseReport(document.text, file), document, {});
      const refused = missingMetadata(meta);
      if (!entry) {
        console.log(evalNotInManifest(file));
        continue;
      }
      const score = scoreFile(meta, entry, refused);
      scores.push(score);
      if (values.json) {
        console.log(JSON.stringify({ file, meta, warnings, score }));
        continue;
      }
      const mark = (field: (typeof SCORED_FIELDS)[number]) => (score.right[field] === false ? '✗' : score.right[field] ? '✓' : ' ');
      const lacks = [...(meta.org ? [] : ['org' as const]), ...(meta.year === null ? ['year' as const] : [])];
      console.log(evalFileHeading(file, lacks));
      const line = (field: (typeof SCORED_FIELDS)[number], value: string, manifest: unknown) =>
        console.log(evalFieldLine(mark(field), field, value, score.right[field] === false ? String(manifest ?? '') : undefined));
      line('issuer', meta.org || '—', entry.issuer);
      line('region', `${meta.region.join(' › ') || '—'} [${(meta.regionCodes ?? []).filter(Boolean).at(-1) ?? ''}]`, entry.region?.join(' › '));
      line('level', zh.describeLevel(meta) || '—', entry.level);
      line('year', String(meta.year ?? '—'), entry.year);
      line('title', evalTitle(meta.title, meta.titleInferred), entry.title);
      for (const warning of warnings.filter((w) => !w.startsWith('no title line'))) console.log(evalNote(warning));
    } catch (error) {
      if (!isAppError(error)) throw error;
      console.log(evalUnreadable(file, error.message));
      if (entry) scores.push({ file, refused: ['file'], right: { issuer: false, region: false, level: false, year: false, title: false } });
    }
  }
  const summary = summarizeScores(scores, manifest);
  console.log(evalSummaryHead(dir, summary.files));
  for (const field of SCORED_FIELDS) console.log(evalSummaryRow(field, summary.fields[field].right, summary.fields[field].total));
  console.log(evalRefusedWithIssuer(summary.refusedWithIssuer));
});
