import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IndexWriter, loadTransformersEmbedder } from '../../index/index.js';
import type { Embedder } from '../../index/index.js';
import { readOriginal, readOriginalRecord } from '../../index/write/originals.js';
import { startReportSite } from '../support/reportSite.js';
import type { ReportSite } from '../support/reportSite.js';
import { hitsFor } from '../support/hitsFor.js';

let embedder: Embedder;
let dataDir: string;
let writer: IndexWriter;
let site: ReportSite;
beforeAll(async () => {
  embedder = await loadTransformersEmbedder({ modelsDir: inject('modelsDir') });
  dataDir = mkdtempSync(join(tmpdir(), 'intake-'));
  writer = IndexWriter.open(dataDir, embedder, { create: true });
  site = await startReportSite();
});
afterAll(async () => {
  writer.close();
  await site.close();
});

const local = { allowPrivate: true, timeoutMs: 10_000 };
const ask = (question: string) => hitsFor(dataDir, embedder, question);
const snapshot = () => JSON.stringify(writer.reports());

describe('adding reports from where they are published', () => {
  it('adds the report attached to a government page, with the page’s fields and its address, and answers from it', async () => {
    const url = `${site.url}/gov/gxj.html`;
    const outcome = await writer.ingestUrl(embedder, url, { fetch: local });
    expect(outcome).toMatchObject({ sourceUrl: url, attachmentUrl: `${site.url}/files/P020250120.doc`, format: 'doc' });
    expect(outcome.meta).toMatchObject({ org: '福州市工业和信息化局', year: 2024, docNumber: '榕工信法〔2025〕3号', date: '2025-01-20', sourceUrl: url });
    expect(writer.reports().find((r) => r.meta.id === outcome.meta.id)?.meta.sourceUrl).toBe(url);
    // The attachment is kept as the original, with its address and the metadata its page gave, for a rebuild.
    expect(readOriginal(dataDir, outcome.meta.id, 'x')?.bytes.byteLength).toBeGreaterThan(0);
    expect(readOriginalRecord(dataDir, outcome.meta.id)).toMatchObject({ fileName: 'P020250120.doc', sourceUrl: url, overrides: { org: '福州市工业和信息化局', year: 2024 } });
    const hits = await ask('福州工信局怎么规范进驻政务服务中心事项');
    expect(hits.some((h) => h.report.id === outcome.meta.id && h.quote.text.includes('五级十五同'))).toBe(true);
  });

  it('changes nothing when a link fails or leads to no report', async () => {
    const before = snapshot();
    for (const [path, code] of [['/gov/list.html', 'PAGE_NOT_REPORT'], ['/missing', 'FETCH_FAILED'], ['/huge', 'FILE_TOO_LARGE']] as const) {
      await expect(writer.ingestUrl(embedder, `${site.url}${path}`, { fetch: { ...local, maxBytes: 1024 * 1024 } })).rejects.toMatchObject({ code });
    }
    await expect(writer.ingestUrl(embedder, `${site.url}/gov/licheng.html`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
    expect(snapshot()).toBe(before);
  });

  it('adds a scanned report read by OCR, and a question then finds it', async () => {
    const outcome = await writer.ingest(embedder, readFileSync('test/fixtures/intake/licheng-scan.pdf'), 'licheng-scan.pdf');
    expect(outcome.meta).toMatchObject({ org: '泉州市鲤城区人民政府', year: 2024 });
    const hits = await ask('鲤城区轮训了多少区管干部');
    expect(hits[0]?.report.id).toBe(outcome.meta.id);
    expect(hits[0]?.quote.text).toContain('轮训区管干部504人次');
  }, 180_000);
});
