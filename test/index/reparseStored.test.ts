import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexPaths, loadTransformersEmbedder, PassageStore } from '../../index/index.js';
import { addReport } from '../../index/write/addReport.js';
import { syncSeeds } from '../../index/write/syncSeeds.js';
import type { Embedder, ReportMeta } from '../../index/index.js';
import { ingestDocument } from '../../index/write/ingestDocument.js';
import { parseReport } from '../../index/parse/parseReport.js';
import { PARSER_VERSION } from '../../index/parse/parserVersion.js';
import { reparseStored } from '../../index/write/reparseStored.js';

const seedText = readFileSync('seeds/fuzhou-gongxinju-2024.txt', 'utf8');

describe('reparseStored', () => {
  const fresh = parseReport(seedText, 'fuzhou-gongxinju-2024.txt').meta;
  const { regionCodes: _codes, level: _level, departmentOf: _of, ...old } = { ...fresh, region: ['福州市'] };

  it('completes the region of a report stored by an older parser, keeping its issuer, year and title', () => {
    const stored: ReportMeta = { ...old, title: '旧标题' };
    const { meta } = reparseStored(seedText, stored, 'ingest');
    expect(meta).toMatchObject({ org: '福州市工业和信息化局', year: 2024, title: '旧标题', region: ['福建省', '福州市'], regionCodes: ['35', '3501'], level: 'department' });
  });

  it('keeps a region an admin gave, and one that the new reading would not merely complete', () => {
    expect(reparseStored(seedText, { ...old, region: ['某省', '某市'], given: ['region'] }, 'ingest').meta.region).toEqual(['某省', '某市']);
    expect(reparseStored(seedText, { ...old, region: ['厦门市'] }, 'ingest').meta.region).toEqual(['厦门市']);
  });

  it('reads a seed afresh', () => {
    expect(reparseStored(seedText, { ...old, org: '别的' }, 'seed').meta.org).toBe('福州市工业和信息化局');
  });
});

describe('a parser version bump', () => {
  let embedder: Embedder;
  let store: PassageStore;
  let seedsDir: string;
  beforeAll(async () => {
    embedder = await loadTransformersEmbedder({ modelsDir: inject('modelsDir') });
    const dir = mkdtempSync(join(tmpdir(), 'reparse-'));
    store = PassageStore.open(indexPaths(dir).db, embedder, { create: true });
    seedsDir = join(dir, 'seeds');
    mkdirSync(seedsDir);
  });
  afterAll(() => store.close());

  it('re-parses a report stored by the older parser through the normal path on the next sync', async () => {
    const bytes = readFileSync('test/fixtures/corpus-dev/guangzhou-jyj-2021.txt');
    const outcome = await ingestDocument(store, embedder, bytes, 'guangzhou-jyj-2021.txt');
    const text = new TextDecoder().decode(bytes);
    // As parser 3 stored it: the city without its province, no level.
    const { regionCodes: _codes, level: _level, departmentOf: _of, ...older } = { ...outcome.meta, region: ['广州市'] };
    await addReport(store, embedder, { meta: older, passages: parseReport(text, 'guangzhou-jyj-2021.txt').passages, warnings: [] }, { origin: 'ingest', text });
    store.setSetting('parserVersion', '3');

    const result = await syncSeeds(store, embedder, seedsDir);
    expect(result.reparsed).toEqual(['guangzhou-jyj-2021.txt']);
    expect(store.setting('parserVersion')).toBe(PARSER_VERSION);
    const [report] = store.reports();
    expect(report?.meta).toMatchObject({ org: '广州市教育局', year: 2021, region: ['广东省', '广州市'], level: 'department', departmentOf: 'city' });
    expect((await syncSeeds(store, embedder, seedsDir)).reparsed).toEqual([]);
  });
});
