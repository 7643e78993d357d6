import { inject } from 'vitest';
import type { Embedder } from '../../index/index.js';
import { openSearcher } from '../../retrieval/index.js';
import type { Hit } from '../../retrieval/index.js';

/** The hits for a question from the index in `dataDir` as it is now: a searcher opened and closed around it. */
export async function hitsFor(dataDir: string, embedder: Embedder, question: string): Promise<Hit[]> {
  const searcher = await openSearcher({ dataDir, modelsDir: inject('modelsDir'), embedder });
  try {
    return (await searcher.search(question)).hits;
  } finally {
    searcher.close();
  }
}
