import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexPaths, loadTransformersEmbedder, PassageStore } from '../../index/index.js';
import type { Embedder } from '../../index/index.js';
import { ingestDocument } from '../../index/write/ingestDocument.js';
import { IndexSearcher } from '../../retrieval/index.js';

// The failing inputs of test/fixtures/cases/README.md, each with its right value.
const fixture = (name: string) => readFileSync(join('test/fixtures/cases', name));
let embedder: Embedder;
let dataDir: string;
let store: PassageStore;
beforeAll(async () => {
  embedder = await loadTransformersEmbedder({ modelsDir: inject('modelsDir') });
  dataDir = mkdtempSync(join(tmpdir(), 'cases-'));
  store = PassageStore.open(indexPaths(dataDir).db, embedder, { create: true });
});
afterAll(() => store.close());

const ingest = (name: string) => ingestDocument(store, embedder, fixture(name), name);
const top = async (question: string) => (await new IndexSearcher(store, embedder).search(question)).hits[0];

describe('the failing inputs of issue 8', () => {
  it("keeps Word's automatic numbering as the section and no heading glued onto the quote", async () => {
    const outcome = await ingest('docx-auto-numbering.docx');
    expect(outcome.meta).toMatchObject({ org: '云溪县人民政府', year: 2023 });
    const hit = await top('云溪县告知承诺制梳理了多少事项');
    expect(hit?.citation.section.join(' › ')).toBe('一、依法全面履行政府职能 › （一）深化行政审批制度改革');
    expect(hit?.quote.text.startsWith('全面推行证明事项告知承诺制')).toBe(true);
  });

  it('starts a PDF paragraph at a heading that follows a line reaching the margin', async () => {
    const outcome = await ingest('pdf-heading-after-full-line.pdf');
    expect(outcome.meta).toMatchObject({ org: '白沙镇人民政府', year: 2023, level: 'township' });
    const hit = await top('白沙镇办理人大代表建议多少件');
    expect(hit?.citation.section[0]).toBe('二、强化行政权力制约监督');
    expect(hit?.quote.text).toContain('办理人大代表建议二十一件');
    expect(hit?.quote.text).not.toContain('可回溯');
  });

  it('reads a year and a date written in Chinese numerals, and no plan year in the body wins', async () => {
    const outcome = await ingest('year-in-chinese-numerals.txt');
    expect(outcome.meta).toMatchObject({ year: 2023, date: '2024-01-15', org: '青禾县人民政府', level: 'county' });
  });
});
