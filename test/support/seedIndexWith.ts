import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { inject } from 'vitest';
import { IndexWriter, loadTransformersEmbedder, MODEL_ID } from '../../index/index.js';
import type { Embedder, IngestOptions } from '../../index/index.js';
import { MODEL_DIM } from '../../index/embedding/model/index.js';
import { openSearcher, type OpenSearcher } from '../../retrieval/index.js';
import { startTestBot, stopChecked, type TestBot } from './testBot.js';

/** A report file to add, with what an admin would give beside it. */
export interface ExtraReport {
  /** Path of the file inside the repository. */
  path: string;
  options?: IngestOptions & { sourceUrl?: string };
}

/**
 * A copy of the seed index the global setup built, in a new temporary folder named `prefix…`, with `extra`
 * reports added through the one write path (IndexWriter.ingest), in order; and the real embedder. The caller
 * removes the folder.
 */
export async function seedIndexWith(prefix: string, extra: readonly ExtraReport[]): Promise<{ dir: string; embedder: Embedder }> {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  cpSync(inject('seedIndexDir'), dir, { recursive: true });
  const embedder = await loadTransformersEmbedder({ modelsDir: inject('modelsDir') });
  const writer = IndexWriter.open(dir, { modelId: MODEL_ID, dim: MODEL_DIM });
  try {
    for (const report of extra) await writer.ingest(embedder, readFileSync(report.path), basename(report.path), report.options ?? {});
  } finally {
    writer.close();
  }
  return { dir, embedder };
}

/** A bot over such an index, with the searcher it serves and a stop that closes both and removes the folder. */
export interface BotOverIndex {
  dir: string;
  embedder: Embedder;
  searcher: OpenSearcher;
  tb: TestBot;
  stop(): Promise<void>;
}

/** seedIndexWith, then a searcher over the folder and a test bot (fake Bot API) serving it. */
export async function botOverSeedIndexWith(prefix: string, extra: readonly ExtraReport[]): Promise<BotOverIndex> {
  const { dir, embedder } = await seedIndexWith(prefix, extra);
  const searcher = await openSearcher({ dataDir: dir, modelsDir: inject('modelsDir'), embedder });
  const tb = await startTestBot({ searcher });
  return {
    dir,
    embedder,
    searcher,
    tb,
    async stop() {
      await stopChecked(tb);
      searcher.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
