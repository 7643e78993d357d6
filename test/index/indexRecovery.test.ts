import { copyFileSync, existsSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, truncateSync, writeSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureIndex, indexPaths, IndexWriter } from '../../index/index.js';
import type { IndexNotice, ReportMeta } from '../../index/index.js';
import { indexNoticeLine } from '../../prompts/index.js';
import { openSearcher } from '../../retrieval/index.js';
import { hashEmbedder } from '../support/hashEmbedder.js';

const embedder = hashEmbedder();
const fixture = (name: string) => readFileSync(join('test/fixtures/formats', name));

function seedCopy(files: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const f of files) copyFileSync(join('seeds', f), join(dir, f));
  return dir;
}

/** What a report is known by: its id, where it came from and the metadata a reader sees. */
const summary = (r: { meta: ReportMeta; origin: string; passageCount: number }) => {
  const { id, sourceFile, org, year, region, title, given } = r.meta;
  return { id, origin: r.origin, sourceFile, org, year, region, title, given, passages: r.passageCount };
};

function reportsOf(dataDir: string) {
  const writer = IndexWriter.open(dataDir, embedder);
  try {
    return writer.reports().map(summary).sort((a, b) => a.id.localeCompare(b.id));
  } finally {
    writer.close();
  }
}

/** An index with seeds (one removed, one replaced), ingested reports with given metadata, and one removed ingest. */
async function grown(): Promise<{ dataDir: string; seedsDir: string; removedSeed: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'recover-'));
  const seedsDir = seedCopy(['shishi-2023.txt', 'licheng-2024.txt', 'fuzhou-gaoxinqu-2023.txt']);
  await ensureIndex(dataDir, seedsDir, embedder);
  const writer = IndexWriter.open(dataDir, embedder);
  await writer.ingest(embedder, fixture('gongxinju-big5.txt'), 'gongxinju-big5.txt', { overrides: { title: '工信局报告（管理员给的标题）', year: 2021 } });
  const gone = await writer.ingest(embedder, fixture('qingyuan-utf8-bom.txt'), 'qingyuan-utf8-bom.txt');
  await writer.ingest(embedder, fixture('shishi-paged.pdf'), 'shishi-paged.pdf', { replace: true, sourceUrl: 'http://127.0.0.1/shishi.pdf' });
  writer.remove(gone.meta.id);
  const removedSeed = writer.remove('licheng-2024.txt')!.meta.id; // shishi-2023.txt was replaced, so it is out too
  await writer.ingest(embedder, fixture('licheng-article.html'), 'licheng-article.html');
  writer.close();
  return { dataDir, seedsDir, removedSeed };
}

function dropIndex(dataDir: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(`${indexPaths(dataDir).db}${suffix}`, { force: true });
}

/** Overwrites 64 KiB in the middle of the file with bytes that are no SQLite page. */
function corruptMiddle(file: string): void {
  const size = statSync(file).size;
  const at = Math.floor(size / 2 / 4096) * 4096;
  const fd = openSync(file, 'r+');
  writeSync(fd, Buffer.from(Array.from({ length: 65536 }, (_, i) => (i * 7919 + 13) % 256)), 0, 65536, at);
  closeSync(fd);
}

describe('an index derived from the kept originals and the seeds', () => {
  it('keeps a metadata record beside each original and the removed seeds in removed.json', async () => {
    const { dataDir, removedSeed } = await grown();
    const names = readdirSync(join(dataDir, 'originals'));
    const records = names.filter((n) => n.endsWith('.meta.json')).map((n) => JSON.parse(readFileSync(join(dataDir, 'originals', n), 'utf8')));
    const gongxinju = records.find((r) => r.fileName === 'gongxinju-big5.txt');
    expect(gongxinju).toMatchObject({ origin: 'ingest', overrides: { title: '工信局报告（管理员给的标题）', year: 2021 } });
    expect(records.find((r) => r.fileName === 'shishi-paged.pdf')).toMatchObject({ replace: true, sourceUrl: 'http://127.0.0.1/shishi.pdf' });
    expect(records.some((r) => r.fileName === 'qingyuan-utf8-bom.txt')).toBe(false);
    expect(JSON.parse(readFileSync(join(dataDir, 'removed.json'), 'utf8')).removedSeeds).toContain(removedSeed);
    expect(JSON.parse(readFileSync(join(dataDir, 'removed.json'), 'utf8')).removedSeeds).toHaveLength(2);
  });

  it('brings back every ingested report with its metadata when index.sqlite is deleted, and a removed seed stays out', async () => {
    const { dataDir, seedsDir, removedSeed } = await grown();
    const before = reportsOf(dataDir);
    dropIndex(dataDir);
    const log: IndexNotice[] = [];
    await ensureIndex(dataDir, seedsDir, embedder, (notice) => log.push(notice));
    expect(log[0]).toEqual({ kind: 'rebuilding', reason: 'absent', file: 'index.sqlite', originals: 3, seeds: 1 });
    expect(log[1]).toEqual({ kind: 'rebuilt', reports: 4, seeds: 1, addedBack: 3, failed: [] });
    expect(indexNoticeLine(log[0]!)).toBe('index.sqlite 不见了；正在用 3 个保存的原件和 1 份种子报告重建索引。');
    const after = reportsOf(dataDir);
    expect(after).toEqual(before);
    expect(after.some((r) => r.id === removedSeed)).toBe(false);
    expect(after.find((r) => r.sourceFile === 'gongxinju-big5.txt')).toMatchObject({ title: '工信局报告（管理员给的标题）', year: 2021, given: ['year', 'title'] });
  });

  it('writes the record of an original kept before records were, from the index, so it comes back with its metadata', async () => {
    const { dataDir, seedsDir } = await grown();
    const before = reportsOf(dataDir);
    const gongxinju = before.find((r) => r.sourceFile === 'gongxinju-big5.txt')!;
    rmSync(join(dataDir, 'originals', `${gongxinju.id}.meta.json`));
    const log: IndexNotice[] = [];
    await ensureIndex(dataDir, seedsDir, embedder, (notice) => log.push(notice));
    expect(log).toEqual([{ kind: 'recordsWritten', count: 1 }]);
    dropIndex(dataDir);
    await ensureIndex(dataDir, seedsDir, embedder);
    expect(reportsOf(dataDir)).toEqual(before);
  });

  for (const damage of ['corrupted page', '0-byte file'] as const) {
    it(`moves a ${damage} aside, says so, and rebuilds a working index with every ingested report`, async () => {
      const { dataDir, seedsDir } = await grown();
      const before = reportsOf(dataDir);
      const db = indexPaths(dataDir).db;
      if (damage === '0-byte file') truncateSync(db, 0);
      else corruptMiddle(db);
      const log: string[] = [];
      await ensureIndex(dataDir, seedsDir, embedder, (notice) => log.push(indexNoticeLine(notice)));
      expect(log[0]).toMatch(/^index\.sqlite 已损坏（.+），已移到 index\.sqlite\.damaged-[0-9TZ-]+；正在用 3 个保存的原件和 1 份种子报告重建索引。$/);
      expect(readdirSync(dataDir).some((n) => n.startsWith('index.sqlite.damaged-'))).toBe(true);
      expect(reportsOf(dataDir)).toEqual(before);
      const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder });
      try {
        const answer = await searcher.search('行政复议');
        expect(answer.query).toBeTruthy();
        expect(searcher.reports().length).toBe(before.length);
      } finally {
        searcher.close();
      }
      expect(existsSync(db)).toBe(true);
    });
  }
});

describe('indexNoticeLine', () => {
  it('names ten files at most and counts the rest, so a large index does not fill the log', () => {
    const files = Array.from({ length: 245 }, (_, i) => `r${i}.txt`);
    const line = indexNoticeLine({ kind: 'withoutOriginal', files });
    expect(line).toContain('r9.txt 等（另有 235 个）');
    expect(line).not.toContain('r10.txt');
  });
});
