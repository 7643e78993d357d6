import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { IndexWriter, loadTransformersEmbedder } from '../../index/index.js';
import type { Embedder, IngestOptions } from '../../index/index.js';
import { hitsFor } from '../support/hitsFor.js';

const fixture = (name: string) => readFileSync(join('test/fixtures/formats', name));
let embedder: Embedder;
let dataDir: string;
let writer: IndexWriter;
beforeAll(async () => {
  embedder = await loadTransformersEmbedder({ modelsDir: inject('modelsDir') });
  dataDir = mkdtempSync(join(tmpdir(), 'ingest-'));
  writer = IndexWriter.open(dataDir, embedder, { create: true });
});
afterAll(() => writer.close());

const ingestBytes = (bytes: Uint8Array, name: string, options?: IngestOptions) => writer.ingest(embedder, bytes, name, options);
const ingest = (name: string, options?: IngestOptions) => ingestBytes(fixture(name), name, options);
const ask = (question: string) => hitsFor(dataDir, embedder, question);
const snapshot = () => JSON.stringify(writer.reports());
const refusal = async (run: () => Promise<unknown>) => {
  const before = snapshot();
  const error = (await run().then(() => undefined, (e: unknown) => e)) as { code?: string; message?: string } | undefined;
  expect(snapshot()).toBe(before); // a refusal changes nothing
  return error;
};

describe('ingesting report files', () => {
  it.each([
    ['shishi-gb18030.txt', 'txt', '石狮市人民政府', 2023, '石狮市政府怎么落实法治政府建设实施纲要', '法治政府建设实施纲要'],
    ['gongxinju-big5.txt', 'txt', '福州市工业和信息化局', 2024, '福州工信局怎么规范进驻政务服务中心事项', '政務服務'],
    ['qingyuan-utf8-bom.txt', 'txt', '清远市工业和信息化局', 2024, '清远工信局怎么学习习近平法治思想', '習近平法治思想'],
    ['gaoxinqu.docx', 'docx', '福州高新技术产业开发区管理委员会', 2023, '高新区怎么组织学法专题讲座', '学法专题讲座'],
    ['licheng-article.html', 'html', '泉州市鲤城区人民政府', 2024, '鲤城区轮训了多少区管干部', '轮训区管干部504人次'],
  ])('reads %s (%s), its metadata, and answers a question from it', async (name, format, org, year, question, expected) => {
    const outcome = await ingest(name);
    expect(outcome.format).toBe(format);
    expect(outcome.meta).toMatchObject({ org, year });
    expect(outcome.passages).toBeGreaterThan(0);
    const hits = await ask(question);
    expect(hits.some((h) => h.report.id === outcome.meta.id && h.quote.text.includes(expected))).toBe(true);
  });

  it('reads a paged PDF and, told to, replaces the older version of the same report', async () => {
    const refused = await refusal(() => ingest('shishi-paged.pdf'));
    expect(refused?.code).toBe('REPORT_DUPLICATE');
    expect(refused?.message).toContain('--replace');
    const outcome = await ingest('shishi-paged.pdf', { replace: true });
    expect(outcome.format).toBe('pdf');
    expect(outcome.replaced).toHaveLength(1);
    expect(writer.reports().filter((r) => r.meta.org === '石狮市人民政府')).toHaveLength(1);
  });

  it('recognises the same file sent twice and changes nothing', async () => {
    const error = await refusal(() => ingest('gaoxinqu.docx'));
    expect(error?.code).toBe('REPORT_ALREADY_INDEXED');
    expect(error?.message).toContain('already indexed');
  });

  it('refuses scanned, binary, oversize and unreadable files without touching the index', async () => {
    expect((await refusal(() => ingest('scanned.pdf')))?.code).toBe('FILE_SCANNED');
    expect((await refusal(() => ingest('not-a-report.png')))?.code).toBe('FILE_UNSUPPORTED');
    expect((await refusal(() => ingest('not-a-docx.zip')))?.code).toBe('FILE_UNSUPPORTED');
    expect((await refusal(() => ingest('encrypted.pdf')))?.code).toBe('FILE_UNREADABLE');
    const big = await refusal(() => ingestBytes(new Uint8Array(2048).fill(0x41), 'big.txt', { maxBytes: 1024 }));
    expect(big?.code).toBe('FILE_TOO_LARGE');
    expect((await refusal(() => ingestBytes(new Uint8Array(0), 'empty.txt')))?.code).toBe('FILE_EMPTY');
  });

  it('asks for the issuer and year when the document states neither, and takes them when given', async () => {
    const anonymous = new TextEncoder().encode(
      '一、推进依法行政\n\n我们全面推进行政执法公示制度，全年公示执法信息一千二百条。严格落实重大执法决定法制审核制度，审核重大执法决定八十六件。\n\n' +
        '二、强化行政监督\n\n认真办理人大代表建议和政协委员提案，按时办结率百分之百。主动接受司法监督，支持法院依法受理和审理行政案件，行政机关负责人出庭应诉率达到百分之九十以上。\n',
    );
    const error = await refusal(() => ingestBytes(anonymous, 'notes.txt'));
    expect(error?.code).toBe('REPORT_METADATA_MISSING');
    expect(error?.message).toMatch(/--org.*--year/);
    const outcome = await ingestBytes(anonymous, 'notes.txt', { overrides: { org: '某县人民政府', year: 2024, region: ['某省', '某县'] } });
    expect(outcome.meta).toMatchObject({ org: '某县人民政府', year: 2024, region: ['某省', '某县'] });
  });

  it('refuses a note too short to be a report, even when the issuer and year are given', async () => {
    const note = new TextEncoder().encode('某县人民政府2024年法治政府建设情况报告。全年公示执法信息一千二百条。');
    const error = await refusal(() => ingestBytes(note, 'note.txt', { overrides: { org: '某县人民政府', year: 2024 } }));
    expect(error?.code).toBe('REPORT_TOO_SHORT');
    expect(error?.message).toMatch(/note\.txt has 3\d Chinese characters of text; a report has at least 100/);
    expect(writer.reports().some((r) => r.meta.sourceFile === 'note.txt')).toBe(false);
  });

  it('takes a report out, and questions no longer find it', async () => {
    const id = writer.reports().find((r) => r.meta.org === '福州高新技术产业开发区管理委员会')!.meta.id;
    expect(writer.remove(id)?.meta.id).toBe(id);
    expect((await ask('高新区怎么组织学法专题讲座')).some((h) => h.report.id === id)).toBe(false);
    expect(writer.remove(id)).toBeUndefined();
  });
});
