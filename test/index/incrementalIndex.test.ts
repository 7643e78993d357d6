import { spawn } from 'node:child_process';
import { copyFileSync, cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexPaths, IndexWriter, PassageStore, VectorIndex } from '../../index/index.js';
import { openSearcher } from '../../retrieval/index.js';
import { devQuestions } from '../support/devQuestions.js';
import { hashEmbedder } from '../support/hashEmbedder.js';

const embedder = hashEmbedder();
const fixture = (name: string) => readFileSync(join('test/fixtures/formats', name));

function seedCopy(files = readdirSync('seeds').filter((f) => f.endsWith('.txt'))): string {
  const dir = mkdtempSync(join(tmpdir(), 'seeds-'));
  for (const f of files) copyFileSync(join('seeds', f), join(dir, f));
  return dir;
}

/** Every dev question's ranked candidates (the hash embedder passes no not-found rule): passage id and fused score. */
async function answers(dataDir: string): Promise<string[]> {
  const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder });
  try {
    const out: string[] = [];
    for (const q of devQuestions()) {
      const ranked = await searcher.inner.rank(q);
      if ('problem' in ranked) throw new Error(`${q}: ${ranked.problem}`);
      out.push(ranked.candidates.slice(0, 10).map((c) => `${ranked.corpus.passages.get(c.rowid)?.id} ${c.score.toFixed(9)}`).join(' | '));
    }
    return out;
  } finally {
    searcher.close();
  }
}

/** An index changed by a sequence of adds, replaces and removes, and the graph it left. */
async function churned(): Promise<{ dataDir: string; removedId: string }> {
  const dataDir = mkdtempSync(join(tmpdir(), 'churn-'));
  const writer = IndexWriter.open(dataDir, embedder, { create: true });
  await writer.syncSeeds(embedder, seedCopy(['shishi-2023.txt', 'licheng-2024.txt', 'fuzhou-gaoxinqu-2023.txt']));
  await writer.ingest(embedder, fixture('gongxinju-big5.txt'), 'gongxinju-big5.txt');
  const removed = await writer.ingest(embedder, fixture('qingyuan-utf8-bom.txt'), 'qingyuan-utf8-bom.txt');
  await writer.ingest(embedder, fixture('shishi-paged.pdf'), 'shishi-paged.pdf', { replace: true });
  writer.remove(removed.meta.id);
  writer.remove('licheng-2024.txt');
  await writer.ingest(embedder, fixture('licheng-article.html'), 'licheng-article.html');
  writer.close();
  return { dataDir, removedId: removed.meta.id };
}

describe('an index that grows by reports', () => {
  it('answers the dev questions after adds, replaces and removes exactly as a full rebuild of the same reports', async () => {
    const { dataDir } = await churned();
    const rebuilt = mkdtempSync(join(tmpdir(), 'rebuilt-'));
    copyFileSync(indexPaths(dataDir).db, indexPaths(rebuilt).db);
    await IndexWriter.rebuild(rebuilt, embedder);
    const incremental = await answers(dataDir);
    expect(incremental.filter(Boolean).length).toBe(devQuestions().length);
    expect(incremental).toEqual(await answers(rebuilt));
  });

  it('never returns a removed report’s passages, from the saved graph or after catching up', async () => {
    const { dataDir, removedId } = await churned();
    const store = PassageStore.open(indexPaths(dataDir).db, embedder);
    const graph = VectorIndex.open(store);
    const [probe] = await embedder.embed([readFileSync('test/fixtures/formats/qingyuan-utf8-bom.txt', 'utf8').slice(0, 300)]);
    const rowids = new Set(graph.search(probe!, 500).map((h) => h.rowid));
    expect(rowids.size).toBeGreaterThan(0);
    const found = store.reader().passages([...rowids]);
    expect(found.size).toBe(rowids.size); // every returned row is a stored passage
    expect([...found.values()].some((p) => p.reportId === removedId)).toBe(false);
    const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder });
    const ranked = await searcher.inner.rank('清远市工业和信息化局 习近平法治思想');
    if ('problem' in ranked) throw new Error(ranked.problem);
    expect(ranked.candidates.length).toBeGreaterThan(0);
    expect(ranked.candidates.some((c) => c.reportId === removedId)).toBe(false);
    searcher.close();
    // Closing frees the graph's native memory at once (the garbage collector does not see it): nothing is left to search.
    expect(graph.points).toBeGreaterThan(0);
    graph.close();
    expect(graph.points).toBe(0);
    expect(graph.search(probe!, 5)).toEqual([]);
    graph.close(); // idempotent
    store.close();
  });

  it('catches a graph behind the store up from the change log at start-up, without rebuilding it', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'behind-'));
    const writer = IndexWriter.open(dataDir, embedder, { create: true });
    await writer.syncSeeds(embedder, seedCopy(['shishi-2023.txt', 'licheng-2024.txt']));
    const paths = indexPaths(dataDir);
    const old = mkdtempSync(join(tmpdir(), 'old-graph-'));
    cpSync(dataDir, old, { recursive: true, filter: (src) => !src.includes('index.sqlite') });
    const id = (await writer.ingest(embedder, fixture('gaoxinqu.docx'), 'gaoxinqu.docx')).meta.id;
    writer.remove('licheng-2024.txt');
    writer.close();
    const current = await answers(dataDir);
    for (const name of readdirSync(dataDir)) if (name.startsWith('vectors')) copyFileSync(join(dataDir, name), join(old, `new-${name}`));
    // Put the graph saved before the last two changes back, as if the writer had not saved since.
    for (const name of readdirSync(old)) if (name.startsWith('vectors')) copyFileSync(join(old, name), join(dataDir, name));
    const store = PassageStore.open(paths.db, embedder);
    const saved = VectorIndex.load(paths, store.stamp())!;
    expect(saved.generation).toBeLessThan(store.generation());
    expect(saved.catchUp(store)).toBeGreaterThan(0);
    expect(saved.generation).toBe(store.generation());
    store.close();
    expect(await answers(dataDir)).toEqual(current);
    const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder });
    const ranked = await searcher.inner.rank('高新区怎么组织学法专题讲座');
    expect('candidates' in ranked && ranked.candidates[0]?.reportId).toBe(id);
    searcher.close();
  });

  it('opens and answers correctly after a writer is killed while saving the graph', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'killed-'));
    const writer = IndexWriter.open(dataDir, embedder, { create: true });
    await writer.syncSeeds(embedder, seedCopy(['shishi-2023.txt', 'licheng-2024.txt']));
    writer.close();
    const before = await answers(dataDir);
    const report = join(dataDir, 'churn.txt');
    writeFileSync(report, readFileSync('seeds/fuzhou-gongxinju-2024.txt', 'utf8'));
    for (const delayMs of [150, 400, 900]) {
      const child = spawn(process.execPath, ['--import', 'tsx', 'test/support/graphWriterChild.ts', dataDir, report], { stdio: ['ignore', 'pipe', 'inherit'] });
      await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
      await new Promise((resolve) => setTimeout(resolve, delayMs));
      child.kill('SIGKILL');
      await new Promise((resolve) => child.once('exit', resolve));
      const store = PassageStore.open(indexPaths(dataDir).db, embedder);
      const churn = store.reports().find((r) => r.meta.sourceFile === 'churn.txt');
      store.close();
      if (churn) IndexWriter.open(dataDir, embedder).remove(churn.meta.id);
      expect(await answers(dataDir)).toEqual(before);
    }
  }, 60_000);

  it('has an open searcher notice an index rebuilt under it and read the new file', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'rebuilt-under-'));
    const writer = IndexWriter.open(dataDir, embedder, { create: true });
    await writer.syncSeeds(embedder, seedCopy(['shishi-2023.txt']));
    writer.close();
    const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder });
    expect(searcher.reports()).toHaveLength(1);
    await IndexWriter.rebuild(dataDir, embedder);
    const after = IndexWriter.open(dataDir, embedder);
    const added = await after.ingest(embedder, fixture('gaoxinqu.docx'), 'gaoxinqu.docx');
    after.close();
    expect(searcher.reports().map((r) => r.meta.id)).toContain(added.meta.id);
    const ranked = await searcher.inner.rank('高新区怎么组织学法专题讲座');
    expect('candidates' in ranked && ranked.candidates[0]?.reportId).toBe(added.meta.id);
    searcher.close();
  });

  it('lets only one of two concurrent ingests of one issuer and year in', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'race-'));
    const first = IndexWriter.open(dataDir, embedder, { create: true });
    const second = IndexWriter.open(dataDir, embedder);
    // Both have passed the early duplicate check before either writes: each embeds only once both are embedding.
    let waiting = 0;
    let release: () => void = () => {};
    const bothEmbedding = new Promise<void>((resolve) => (release = resolve));
    const gated = { ...embedder, embed: async (texts: string[]) => {
      if (++waiting === 2) release();
      await bothEmbedding;
      return embedder.embed(texts);
    } };
    const outcomes = await Promise.allSettled([
      first.ingest(gated, fixture('shishi-gb18030.txt'), 'shishi-gb18030.txt'),
      second.ingest(gated, fixture('shishi-paged.pdf'), 'shishi-paged.pdf'),
    ]);
    expect(outcomes.map((o) => o.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = outcomes.find((o) => o.status === 'rejected') as PromiseRejectedResult;
    expect((refused.reason as { code: string }).code).toBe('REPORT_DUPLICATE');
    expect(first.reports().filter((r) => r.meta.org === '石狮市人民政府')).toHaveLength(1);
    first.close();
    second.close();
  });
});
