// Once per test run: make sure the embedding model is installed (the same sources as `npm run model`),
// and build an index of the seed reports in a scratch folder that model-backed suites share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPaths } from '../config/index.js';
import type { TestProject } from 'vitest/node';
import { indexPaths, loadTransformersEmbedder, PassageStore, syncSeeds, VectorIndex } from '../index/index.js';
import { ensureModel, huggingFaceSource, localFolderSource, mavenSource } from '../index/model/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    modelsDir: string;
    seedIndexDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const paths = loadPaths(process.env);
  const modelsDir = paths.modelsDir;
  await ensureModel(modelsDir, [
    ...(paths.modelSourceDir ? [localFolderSource(paths.modelSourceDir)] : []),
    huggingFaceSource(paths.hfEndpoint),
    mavenSource(paths.mvn),
  ], { log: (line) => console.log(`[test setup] ${line}`) });
  const seedIndexDir = mkdtempSync(join(tmpdir(), 'seed-index-'));
  const embedder = await loadTransformersEmbedder({ modelsDir });
  const store = PassageStore.open(indexPaths(seedIndexDir).db, { modelId: embedder.modelId, dim: embedder.dim }, { create: true });
  await syncSeeds(store, embedder, 'seeds');
  VectorIndex.open(seedIndexDir, store);
  store.close();
  project.provide('modelsDir', modelsDir);
  project.provide('seedIndexDir', seedIndexDir);
  return () => rmSync(seedIndexDir, { recursive: true, force: true });
}
