// Once per test run: make sure the embedding model is installed (the same sources as `npm run model`),
// and build an index of the seed reports in a scratch folder that model-backed suites share.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadPaths } from '../config/index.js';
import type { TestProject } from 'vitest/node';
import { ensureIndex, loadTransformersEmbedder } from '../index/index.js';
import { ensureModel, modelSources } from '../index/embedding/model/index.js';

declare module 'vitest' {
  export interface ProvidedContext {
    modelsDir: string;
    seedIndexDir: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  const paths = loadPaths(process.env);
  const modelsDir = paths.modelsDir;
  await ensureModel(modelsDir, modelSources(paths), { log: (line) => console.log(`[test setup] ${line}`) });
  const seedIndexDir = mkdtempSync(join(tmpdir(), 'seed-index-'));
  const embedder = await loadTransformersEmbedder({ modelsDir });
  await ensureIndex(seedIndexDir, 'seeds', embedder);
  project.provide('modelsDir', modelsDir);
  project.provide('seedIndexDir', seedIndexDir);
  return () => rmSync(seedIndexDir, { recursive: true, force: true });
}
