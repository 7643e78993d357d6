import Database from 'better-sqlite3';
import { copyFileSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../errors/index.js';
import { indexPaths, IndexWriter, PassageStore, VectorIndex } from '../../index/index.js';
import { hashEmbedder } from '../support/hashEmbedder.js';

function seedCopy(files = readdirSync('seeds').filter((f) => f.endsWith('.txt'))): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const f of files) copyFileSync(join('seeds', f), join(dir, f));
  return dir;
}

async function built(seeds: string, embedder = hashEmbedder()) {
  const dataDir = mkdtempSync(join(tmpdir(), 'data-'));
  const store = IndexWriter.open(dataDir, embedder, { create: true });
  const result = await store.syncSeeds(embedder, seeds);
  return { dataDir, store, result, embedder };
}

describe('index store', () => {
  it('indexes every seed once and re-embeds nothing when nothing changed', async () => {
    const seeds = seedCopy();
    const { store, result, embedder } = await built(seeds);
    expect(result.added).toHaveLength(5);
    const first = embedder.embedded;
    const again = await store.syncSeeds(embedder, seeds);
    expect(again.unchanged).toHaveLength(5);
    expect(embedder.embedded).toBe(first);
    store.close();
  });

  it('replaces a changed seed and removes a deleted one, keeping the others', async () => {
    const seeds = seedCopy(['shishi-2023.txt', 'licheng-2024.txt']);
    const { store, embedder } = await built(seeds);
    const before = new Map(store.reports().map((r) => [r.meta.sourceFile, r.meta.id]));
    rmSync(join(seeds, 'licheng-2024.txt'));
    writeFileSync(join(seeds, 'shishi-2023.txt'), `${readFileSync(join('seeds', 'shishi-2023.txt'), 'utf8')}\n特此报告。\n`);
    const result = await store.syncSeeds(embedder, seeds);
    expect(result.removed).toContain('licheng-2024.txt');
    expect(result.added).toEqual(['shishi-2023.txt']);
    const after = store.reports();
    expect(after).toHaveLength(1);
    expect(after[0]!.meta.id).not.toBe(before.get('shishi-2023.txt'));
    store.close();
  });

  it('refuses an index built by another model and says how to rebuild', async () => {
    const { dataDir, store } = await built(seedCopy(['shishi-2023.txt']));
    store.close();
    const open = () => PassageStore.open(indexPaths(dataDir).db, { modelId: 'other/model', dim: 64 });
    expect(open).toThrowError(AppError);
    expect(open).toThrowError(/built with model test\/hash-bigrams.*npm run index -- --rebuild/);
  });

  it('refuses a missing index with the command that builds it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'empty-'));
    expect(() => PassageStore.open(indexPaths(dir).db, { modelId: 'm', dim: 4 })).toThrowError(/no index at .*run `npm run index`/);
  });

  it('refuses a file that is not an index', () => {
    const dir = mkdtempSync(join(tmpdir(), 'corrupt-'));
    writeFileSync(indexPaths(dir).db, 'this is not a database '.repeat(100));
    const error = (() => { try { PassageStore.open(indexPaths(dir).db, { modelId: 'm', dim: 4 }); } catch (e) { return e; } })() as AppError;
    expect(error.code).toBe('INDEX_CORRUPT');
    expect(error.message).toContain('npm run index');
  });

  it('reads a damaged or stale vector graph from the store without writing, and the writer repairs it', async () => {
    const { dataDir, store: writer, embedder } = await built(seedCopy(['licheng-2024.txt']));
    writer.close();
    const [probe] = await embedder.embed(['行政复议']);
    const reader = PassageStore.open(indexPaths(dataDir).db, embedder);
    const reference = VectorIndex.open(reader).search(probe!, 3);
    expect(reference).toHaveLength(3);
    const graphFile = join(dataDir, (JSON.parse(readFileSync(join(dataDir, 'vectors.json'), 'utf8')) as { file: string }).file);
    writeFileSync(graphFile, 'garbage');
    expect(VectorIndex.open(reader).search(probe!, 3)).toEqual(reference);
    expect(readFileSync(graphFile, 'utf8')).toBe('garbage'); // reading never writes
    const again = IndexWriter.open(dataDir, embedder);
    again.repairGraph();
    expect(VectorIndex.load(indexPaths(dataDir), reader.stamp())?.search(probe!, 3)).toEqual(reference);
    for (const offset of [52, 96 + 396 * 7 + 4]) { // 396 bytes a point at 64 dimensions: links, vector, label
      // 4 bytes changed: the entry point, then a neighbour id of the eighth point. hnswlib would crash on them.
      const bytes = readFileSync(graphFile);
      bytes.writeUInt32LE(0x7fffffff, offset);
      const damaged = join(dataDir, (JSON.parse(readFileSync(join(dataDir, 'vectors.json'), 'utf8')) as { file: string }).file);
      writeFileSync(damaged, bytes);
      expect(VectorIndex.load(indexPaths(dataDir), reader.stamp())).toBeUndefined();
      expect(VectorIndex.open(reader).search(probe!, 3)).toEqual(reference);
      again.repairGraph();
      expect(VectorIndex.load(indexPaths(dataDir), reader.stamp())?.search(probe!, 3)).toEqual(reference);
    }
    again.remove(again.reports()[0]!.meta.id);
    expect(VectorIndex.open(reader).search(probe!, 3)).toEqual([]);
    again.close();
    reader.close();
  });

  it('keeps document frequencies and the passage count equal to what FTS5 counts, through adds, replaces and removes', async () => {
    const seeds = seedCopy(['shishi-2023.txt', 'licheng-2024.txt', 'qingyuan-gongxinju-2024.txt']);
    const { dataDir, store, embedder } = await built(seeds);
    writeFileSync(join(seeds, 'shishi-2023.txt'), `${readFileSync(join('seeds', 'shishi-2023.txt'), 'utf8')}\n特此报告。\n`);
    await store.syncSeeds(embedder, seeds);
    store.remove('licheng-2024.txt');
    store.close();
    const db = new Database(indexPaths(dataDir).db);
    db.exec("CREATE VIRTUAL TABLE temp.vocab USING fts5vocab(main, passages_fts, 'col')");
    const fts = db.prepare("SELECT CASE col WHEN 'words' THEN 0 ELSE 1 END AS col, term, doc AS df FROM temp.vocab ORDER BY col, term").all();
    const kept = db.prepare('SELECT col, term, df FROM term_df ORDER BY col, term').all();
    expect(kept.length).toBeGreaterThan(1000);
    expect(kept).toEqual(fts);
    const count = db.prepare("SELECT (SELECT COUNT(*) FROM passages) AS stored, (SELECT value FROM meta WHERE key = 'passages') AS kept").get() as { stored: number; kept: string };
    expect(Number(count.kept)).toBe(count.stored);
    db.close();
  });

  it("reads one report's BM25 hits as the corpus-wide query filtered to it, and which reports a query matches, with counts", async () => {
    const seeds = seedCopy();
    const { dataDir, store, embedder } = await built(seeds);
    // A replaced report takes new row ids after the others': still read whole.
    writeFileSync(join(seeds, 'shishi-2023.txt'), `${readFileSync(join('seeds', 'shishi-2023.txt'), 'utf8')}\n特此报告。\n`);
    await store.syncSeeds(embedder, seeds);
    store.close();
    const passages = PassageStore.open(indexPaths(dataDir).db, { modelId: embedder.modelId, dim: embedder.dim });
    const db = new Database(indexPaths(dataDir).db, { readonly: true });
    const match = 'words : ("行政复议" OR "法律顾问") OR bigrams : ("复议" OR "顾问")';
    const all = db.prepare('SELECT f.rowid AS rowid, -bm25(passages_fts, 1, 0.5) AS score, p.report_id AS report FROM passages_fts f JOIN passages p ON p.rowid = f.rowid WHERE passages_fts MATCH ? ORDER BY score DESC').all(match) as Array<{ rowid: number; score: number; report: string }>;
    const reader = passages.reader();
    const reports = passages.reports().map((r) => r.meta.id);
    for (const id of reports) {
      const own = all.filter((h) => h.report === id).slice(0, 5).map(({ rowid, score }) => ({ rowid, score }));
      expect(reader.lexicalInReport(match, id, 5, { words: 1, bigrams: 0.5 }), id).toEqual(own);
      expect(reader.reportPassageVectors(id).map((p) => p.rowid)).toEqual(reader.reportPassages(id).map((p) => p.rowid));
    }
    const counts = new Map<string, number>();
    for (const h of all) counts.set(h.report, (counts.get(h.report) ?? 0) + 1);
    expect(reader.reportsMatching(match)).toEqual(counts);
    expect(counts.size).toBeGreaterThan(1);
    db.close();
    passages.close();
  });

  it('refuses a 0-byte index file instead of refilling it with the seeds only, and says how to repair it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'zero-'));
    writeFileSync(indexPaths(dir).db, '');
    for (const create of [false, true]) {
      const error = (() => { try { IndexWriter.open(dir, { modelId: 'm', dim: 4 }, { create }); } catch (e) { return e; } })() as AppError;
      expect(error.code).toBe('INDEX_CORRUPT');
      expect(error.message).toMatch(/empty \(0 bytes\).*backup.*npm run index/);
    }
  });

  it('keeps a seed an admin removed out through a rebuild', async () => {
    const seeds = seedCopy(['shishi-2023.txt', 'licheng-2024.txt']);
    const { dataDir, store, embedder } = await built(seeds);
    store.remove('licheng-2024.txt');
    store.close();
    await IndexWriter.rebuild(dataDir, embedder);
    const writer = IndexWriter.open(dataDir, embedder);
    await writer.syncSeeds(embedder, seeds);
    expect(writer.reports().map((r) => r.meta.sourceFile)).toEqual(['shishi-2023.txt']);
    writer.close();
  });
});
