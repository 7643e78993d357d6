import { copyFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ensureIndex, IndexWriter, withQueryInstruction } from '../../index/index.js';
import { openSearcher } from '../../retrieval/index.js';
import { hashEmbedder } from '../support/hashEmbedder.js';

/** The hash embedder, but a question's embedding waits, when asked, until the test lets it go on. */
function waitingEmbedder() {
  const base = hashEmbedder();
  let hold: { entered: () => void; release: Promise<void> } | undefined;
  const embedder = withQueryInstruction({
    modelId: base.modelId,
    dim: base.dim,
    async embed(texts: string[]) {
      const waiting = hold;
      hold = undefined;
      if (waiting) {
        waiting.entered();
        await waiting.release;
      }
      return base.embed(texts);
    },
  }, '');
  /** Holds the next embedding: resolves once it started; call the returned function to let it finish. */
  const holdNext = (): { started: Promise<void>; release: () => void } => {
    let release!: () => void;
    let entered!: () => void;
    const started = new Promise<void>((resolve) => (entered = resolve));
    hold = { entered, release: new Promise<void>((resolve) => (release = resolve)) };
    return { started, release };
  };
  return { embedder, holdNext };
}

describe('a search while the index changes', () => {
  it('answers without throwing, and without the removed report, when a report is removed while it waits on its embedding', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'snapshot-'));
    const seedsDir = mkdtempSync(join(tmpdir(), 'seeds-'));
    for (const f of ['shishi-2023.txt', 'licheng-2024.txt', 'fuzhou-gaoxinqu-2023.txt']) copyFileSync(join('seeds', f), join(seedsDir, f));
    const { embedder, holdNext } = waitingEmbedder();
    await ensureIndex(dataDir, seedsDir, embedder);
    const searcher = await openSearcher({ dataDir, modelsDir: 'unused', embedder });
    try {
      const question = '行政复议案件办理情况';
      const first = await searcher.inner.rank(question);
      if ('problem' in first) throw new Error(String(first.problem));
      const top = first.corpus.passages.get(first.candidates[0]!.rowid)!.reportId;

      const held = holdNext();
      const pending = searcher.inner.rank(question);
      await held.started;
      const writer = IndexWriter.open(dataDir, embedder);
      expect(writer.remove(top)?.meta.id).toBe(top);
      writer.close();
      held.release();

      const ranked = await pending;
      if ('problem' in ranked) throw new Error(String(ranked.problem));
      expect(ranked.candidates.length).toBeGreaterThan(0);
      // One generation from start to end: the corpus read after the removal, every candidate with its passage.
      expect(ranked.corpus.reports.has(top)).toBe(false);
      for (const c of ranked.candidates) expect(ranked.corpus.passages.get(c.rowid)?.reportId).toBeTypeOf('string');
      for (const c of ranked.candidates) expect(ranked.corpus.passages.get(c.rowid)?.reportId).not.toBe(top);

      // The same through search(), removing another report while it waits.
      const second = [...ranked.corpus.reports.keys()][0]!;
      const heldAgain = holdNext();
      const answering = searcher.search(question);
      await heldAgain.started;
      const again = IndexWriter.open(dataDir, embedder);
      again.remove(second);
      again.close();
      heldAgain.release();
      const answer = await answering;
      expect(answer.hits.every((h) => h.report.id !== top && h.report.id !== second)).toBe(true);
    } finally {
      searcher.close();
    }
  });
});
