import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../index/formats/readDocument.js';
import { missingMetadata, withOverrides } from '../../index/write/ingestDocument.js';
import { parseReport } from '../../index/parse/parseReport.js';
import { ManifestEntrySchema, scoreFile, summarizeScores } from '../../index/parse/meta/scoreMetadata.js';

// Real report openings from 27 other governments, with the metadata a person read (test/fixtures/corpus-dev).
const DIR = 'test/fixtures/corpus-dev';
const manifest = ManifestEntrySchema.array().parse(JSON.parse(readFileSync(join(DIR, 'manifest.json'), 'utf8')));

describe('metadata of corpus-dev, as npm run eval:ingest reads it', () => {
  it('lets every report whose issuer a person can tell in, and reads issuer, region and year ≥ 95% right', async () => {
    const scores = [];
    for (const file of readdirSync(DIR).filter((name) => name.endsWith('.txt'))) {
      const entry = manifest.find((e) => e.file === file);
      if (!entry) continue;
      const document = await readDocument(readFileSync(join(DIR, file)), file);
      const { meta } = withOverrides(parseReport(document.text, file), document, {});
      scores.push(scoreFile(meta, entry, missingMetadata(meta)));
    }
    const summary = summarizeScores(scores, manifest);
    expect(summary.files).toBe(27);
    expect(summary.refusedWithIssuer).toEqual([]);
    for (const field of ['issuer', 'region', 'year'] as const) {
      const { right, total } = summary.fields[field];
      expect(right / total, field).toBeGreaterThanOrEqual(0.95);
    }
    expect(summary.fields.level.right / summary.fields.level.total).toBeGreaterThanOrEqual(0.9);
  });
});
