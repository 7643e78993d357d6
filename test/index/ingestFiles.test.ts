import { mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexPaths, ingestFiles, IndexWriter, loadTransformersEmbedder, PassageStore, startWorkerEmbedder } from '../../index/index.js';
import type { BulkProgress, Embedder, FileResult, FileSource, WorkerEmbedder } from '../../index/index.js';
import { hashEmbedder } from '../support/hashEmbedder.js';

/** Paragraphs of a seed report, the raw material of the small reports below. */
const paragraphs = readFileSync('seeds/licheng-2024.txt', 'utf8').split('\n').map((l) => l.trim()).filter((l) => /。/.test(l) && l.length > 40);

/** A small report of `org` for `year`: two parts of `count` seed paragraphs from `offset`, each marked with the org so no text repeats. */
function smallReport(org: string, year: number | '', offset: number, count: number): string {
  const pick = (from: number) => paragraphs.slice(from, from + count).map((p, i) => `${p.replace(/。/, `（${org}第${from + i}条）。`)}\n`);
  const title = year === '' ? `${org}法治政府建设情况的报告` : `${org}关于${year}年法治政府建设情况的报告`;
  return [title, '', '一、主要工作', '', ...pick(offset), '二、存在的问题', '', ...pick(offset + count)].join('\n');
}

/** A folder of five files: four reports of different sizes and, in the middle, one that is not a PDF at all. */
function reportFolder(): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'bulk-reports-'));
  const files: Array<[string, string]> = [
    ['a-甲市.txt', smallReport('甲市人民政府', 2023, 0, 3)],
    ['b-乙县.txt', smallReport('乙县人民政府', 2024, 4, 6)],
    ['c-broken.pdf', '法治政府建设情况报告'],
    ['d-丙区.txt', smallReport('丙区人民政府', 2022, 2, 2)],
    ['e-丁镇.txt', smallReport('丁镇人民政府', 2024, 8, 5)],
  ];
  return files.map(([name, text]) => {
    writeFileSync(join(dir, name), text);
    return join(dir, name);
  });
}

const source = (file: string): FileSource => ({ label: file, fileName: basename(file), size: statSync(file).size, read: () => readFileSync(file) });

/** Every report's passages as text with their vectors, by report id. */
function contents(dataDir: string, identity: Embedder): Map<string, Array<{ id: string; section: string[]; text: string; vector: Float32Array }>> {
  const store = PassageStore.open(indexPaths(dataDir).db, identity);
  try {
    const reader = store.reader();
    return new Map(store.reports().map((report) => {
      const passages = reader.reportPassages(report.meta.id);
      const vectors = reader.vectors(passages.map((p) => p.rowid));
      return [report.meta.id, passages.map((p) => ({ id: p.id, section: p.section, text: p.text, vector: vectors.get(p.rowid)! }))];
    }));
  } finally {
    store.close();
  }
}

/** Adds `files` through the bulk path in windows of two files; returns each file's result and every progress report. */
async function bulk(files: string[], embedder: Embedder) {
  const dataDir = mkdtempSync(join(tmpdir(), 'bulk-'));
  const writer = IndexWriter.open(dataDir, embedder, { create: true });
  const results: Array<[string, FileResult]> = [];
  const progress: BulkProgress[] = [];
  try {
    await ingestFiles(writer, embedder, files.map(source), { windowFiles: 2, onResult: (s, r) => results.push([basename(s.label), r]), onProgress: (p) => progress.push(p) });
  } finally {
    writer.close();
  }
  return { dataDir, results, progress };
}

/** Adds `files` one at a time through IndexWriter.ingest, as before bulk ingest; refusals skipped. */
async function oneByOne(files: string[], embedder: Embedder): Promise<string> {
  const dataDir = mkdtempSync(join(tmpdir(), 'single-'));
  const writer = IndexWriter.open(dataDir, embedder, { create: true });
  try {
    for (const file of files) await writer.ingest(embedder, readFileSync(file), basename(file)).catch(() => undefined);
  } finally {
    writer.close();
  }
  return dataDir;
}

const dot = (a: Float32Array, b: Float32Array) => a.reduce((sum, x, k) => sum + x * b[k]!, 0);

describe('bulk ingest of a folder', () => {
  const files = reportFolder();

  it('stores the same passages and vectors as adding the files one by one, goes on past a refused file, and reports the total passages', async () => {
    const embedder = hashEmbedder(); // batch-independent: vectors must match exactly
    const { dataDir, results, progress } = await bulk(files, embedder);
    expect(results.map(([name, r]) => [name, 'outcome' in r ? 'added' : 'refused'])).toEqual([
      ['a-甲市.txt', 'added'], ['b-乙县.txt', 'added'], ['c-broken.pdf', 'refused'], ['d-丙区.txt', 'added'], ['e-丁镇.txt', 'added'],
    ]);
    const added = contents(dataDir, embedder);
    const single = contents(await oneByOne(files, embedder), embedder);
    expect([...added.keys()].sort()).toEqual([...single.keys()].sort());
    for (const [id, passages] of single) {
      const bulkPassages = added.get(id)!;
      expect(bulkPassages.map(({ id, section, text }) => ({ id, section, text }))).toEqual(passages.map(({ id, section, text }) => ({ id, section, text })));
      passages.forEach((p, i) => p.vector.forEach((x, k) => expect(Math.abs(x - bulkPassages[i]!.vector[k]!)).toBeLessThan(1e-5)));
    }
    const passages = [...added.values()].reduce((sum, p) => sum + p.length, 0);
    const last = progress.at(-1)!;
    expect(last).toMatchObject({ done: passages, total: passages, exact: true, filesRead: 5, files: 5 });
    expect(progress.some((p) => p.done > 0 && p.done < passages)).toBe(true); // it moves batch by batch
    // and file by file while a window is read, not only once the window is full
    expect(new Set(progress.map((p) => p.filesRead))).toEqual(new Set([1, 2, 3, 4, 5]));
  });

  it('refuses per file at commit: a report already indexed, another report of the same issuer and year, a report without its year', async () => {
    const embedder = hashEmbedder();
    const dir = mkdtempSync(join(tmpdir(), 'bulk-refusals-'));
    const write = (name: string, text: string) => (writeFileSync(join(dir, name), text), join(dir, name));
    const list = [
      files[0]!, // 甲市 2023
      write('again.txt', readFileSync(files[0]!, 'utf8')), // the very same text: already indexed
      write('no-year.txt', smallReport('戊市人民政府', '', 1, 2)),
      write('rival.txt', smallReport('甲市人民政府', 2023, 6, 2)), // same issuer and year, no --replace
      files[1]!,
    ];
    const { results } = await bulk(list, embedder);
    const codes = results.map(([name, r]) => [name, 'outcome' in r ? 'added' : (r.error as { code?: string }).code]);
    expect(codes).toEqual([
      ['a-甲市.txt', 'added'], ['again.txt', 'REPORT_ALREADY_INDEXED'], ['no-year.txt', 'REPORT_METADATA_MISSING'], ['rival.txt', 'REPORT_DUPLICATE'], ['b-乙县.txt', 'added'],
    ]);
  });

  describe('with the model on its worker thread', () => {
    let worker: WorkerEmbedder;
    beforeAll(async () => {
      worker = await startWorkerEmbedder(inject('modelsDir'));
    });
    afterAll(() => worker?.close());

    it("gives every passage its own vector: the int8 model's vectors depend a little on the batch, so equal to cosine 0.98, never nearer another passage", async () => {
      const { dataDir } = await bulk(files, worker);
      const single = contents(await oneByOne(files, await loadTransformersEmbedder({ modelsDir: inject('modelsDir') })), worker);
      const added = contents(dataDir, worker);
      const all = [...single.values()].flat();
      for (const [id, passages] of single) {
        passages.forEach((p, i) => {
          const mine = added.get(id)![i]!;
          expect(mine.text).toBe(p.text);
          const own = dot(mine.vector, p.vector);
          expect(own).toBeGreaterThan(0.98);
          for (const other of all) if (other.id !== p.id && other.text !== p.text) expect(dot(mine.vector, other.vector)).toBeLessThan(own);
        });
      }
    }, 180_000);
  });
});
