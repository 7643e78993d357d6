// `npm run bench`: index build time, warm query latency (lexical, dense, fused), time to first answer, peak RSS.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ensureIndex, loadTransformersEmbedder } from '../index/index.js';
import { openSearcher, parseEvalFile } from '../retrieval/index.js';
import type { RankingConfig } from '../retrieval/index.js';
import { readCliEnv, runCli } from '../cli/index.js';
import { warmLatency } from './warmLatency.js';

const ROUNDS = 5;

runCli(async () => {
  const env = readCliEnv();
  const questions = parseEvalFile(readFileSync('eval/dev.jsonl', 'utf8')).map((item) => item.q);
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  console.log(`machine: ${process.platform} ${process.arch}, node ${process.version}`);

  // 1. A full build of the seed index from nothing (no cached vectors), in a scratch folder.
  const scratch = mkdtempSync(join(tmpdir(), 'bench-index-'));
  const buildStart = performance.now();
  const built = await ensureIndex(scratch, 'seeds', embedder);
  const buildSeconds = (performance.now() - buildStart) / 1000;
  const passages = built.passagesEmbedded;
  console.log(`index build (seeds, from scratch): ${buildSeconds.toFixed(2)} s, ${passages} passages embedded, ${(passages / buildSeconds).toFixed(0)} passages/s`);

  // 2. Warm latency per mode over the dev questions.
  for (const mode of ['lexical', 'dense', 'fused'] as Array<RankingConfig['mode']>) {
    const searcher = await openSearcher({ dataDir: scratch, modelsDir: env.modelsDir, embedder, ranking: { mode } });
    const { p50, p95, count } = await warmLatency(searcher, questions, ROUNDS, () => searcher.inner.forgetQuestions());
    searcher.close();
    console.log(`warm query ${mode.padEnd(7)}: p50 ${p50.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms (${count} queries)`);
  }

  // 3. A fresh process answering one question against the scratch index.
  const t = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ask.ts', '--json', questions[0] ?? '行政复议'], {
    env: { ...process.env, DATA_DIR: scratch },
    encoding: 'utf8',
  });
  const firstAnswer = (performance.now() - t) / 1000;
  const ok = child.status === 0 && child.stdout.includes('"found"');
  console.log(`process start to first answer: ${firstAnswer.toFixed(2)} s${ok ? '' : ` (failed: ${child.stderr.slice(0, 200)})`}`);
  console.log(`peak RSS of this benchmark: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MiB`);
  rmSync(scratch, { recursive: true, force: true });
});
