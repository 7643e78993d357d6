// `npm run eval:ingest -- DIR --manifest FILE [--json]`: parses every report file of a folder (nothing is
// indexed) and prints the metadata read beside the manifest's, with per-field accuracy.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { isAppError } from '../errors/index.js';
import { ManifestEntrySchema, missingMetadata, parseReport, readDocument, SCORED_FIELDS, scoreFile, summarizeScores, withOverrides } from '../index/index.js';
import type { FileScore } from '../index/index.js';
import { runCli } from './runCli.js';

const REPORT_FILE = /\.(txt|docx|pdf|html?)$/i;

runCli(async () => {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { manifest: { type: 'string' }, json: { type: 'boolean', default: false } } });
  const dir = positionals[0];
  if (!dir || !values.manifest) {
    console.error('usage: npm run eval:ingest -- DIR --manifest FILE [--json]');
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
        console.log(`${file}: not in the manifest`);
        continue;
      }
      const score = scoreFile(meta, entry, refused);
      scores.push(score);
      if (values.json) {
        console.log(JSON.stringify({ file, meta, warnings, score }));
        continue;
      }
      const mark = (field: (typeof SCORED_FIELDS)[number]) => (score.right[field] === false ? '✗' : score.right[field] ? '✓' : ' ');
      console.log(`\n${file}${refused.length ? `  REFUSED: lacks ${refused.join(', ')}` : ''}`);
      console.log(`  ${mark('issuer')} issuer  ${meta.org || '—'}${score.right.issuer === false ? `   (manifest: ${entry.issuer})` : ''}`);
      console.log(`  ${mark('region')} region  ${meta.region.join(' › ') || '—'} [${(meta.regionCodes ?? []).filter(Boolean).at(-1) ?? ''}]${score.right.region === false ? `   (manifest: ${entry.region?.join(' › ')})` : ''}`);
      console.log(`  ${mark('level')} level   ${meta.level ?? '—'}${meta.departmentOf ? ` (of a ${meta.departmentOf})` : ''}${score.right.level === false ? `   (manifest: ${entry.level})` : ''}`);
      console.log(`  ${mark('year')} year    ${meta.year ?? '—'}${score.right.year === false ? `   (manifest: ${entry.year})` : ''}`);
      console.log(`  ${mark('title')} title   ${meta.titleInferred ? `(none; composed ${meta.title})` : meta.title}${score.right.title === false ? `   (manifest: ${entry.title})` : ''}`);
      for (const warning of warnings.filter((w) => !w.startsWith('no title line'))) console.log(`    note: ${warning}`);
    } catch (error) {
      if (!isAppError(error)) throw error;
      console.log(`${file}: not readable: ${error.message}`);
      if (entry) scores.push({ file, refused: ['file'], right: { issuer: false, region: false, level: false, year: false, title: false } });
    }
  }
  const summary = summarizeScores(scores, manifest);
  console.log(`\n${dir}: ${summary.files} files`);
  console.log('field    right / total  accuracy');
  for (const field of SCORED_FIELDS) {
    const { right, total } = summary.fields[field];
    console.log(`${field.padEnd(8)} ${String(right).padStart(5)} / ${String(total).padEnd(5)}  ${total ? (right / total).toFixed(3) : '  -  '}`);
  }
  console.log(`refused though the manifest names an issuer: ${summary.refusedWithIssuer.length ? summary.refusedWithIssuer.join(', ') : 'none'}`);
});
