// `npm run bench:scale -- --passages N [--data-dir DIR]`: builds (or reuses, or extends) a synthetic index of
// N passages made from the seed passages, written through the index writer, then measures: build time,
// process start to first answer, warm p50/p95 per mode over the dev questions, how soon a 40-passage report
// added by another process is searchable by an open searcher, peak RSS and size on disk. Last line: JSON.
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { ensureIndex, indexPaths, IndexWriter, loadTransformersEmbedder, MODEL_DIM, MODEL_ID, PassageStore } from '../index/index.js';
import { openSearcher, parseEvalFile } from '../retrieval/index.js';
import type { RankingConfig } from '../retrieval/index.js';
import { readCliEnv, runCli } from '../cli/index.js';
import { PASSAGES_PER_REPORT, readSeedPassages, syntheticEmbedder, syntheticReport } from './syntheticCorpus.js';
import { warmLatency } from './warmLatency.js';

const ROUNDS = 3;
/** Slowest questions listed per mode (median over the rounds). */
const SLOWEST = 5;
const identity = { modelId: MODEL_ID, dim: MODEL_DIM };
const seconds = (since: number) => (performance.now() - since) / 1000;
const mib = (bytes: number) => Math.round(bytes / 1024 / 1024);

runCli(async () => {
  const { values } = parseArgs({ options: { passages: { type: 'string' }, 'data-dir': { type: 'string' }, build: { type: 'boolean' }, 'add-one': { type: 'boolean' } } });
  const target = Number(values.passages ?? 10_000);
  const dataDir = values['data-dir'] ?? join('data', `scale-${target}`);
  if (values['add-one']) return addOne(dataDir);
  if (values.build) return build(dataDir, target);

  // The build runs in a child process, so that this process's peak RSS is the serving side's.
  const started = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'bench/benchScale.ts', '--build', '--passages', String(target), '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`building the synthetic index failed (exit ${child.status})`);
  process.stdout.write(child.stdout);
  const built = JSON.parse(child.stdout.trim().split('\n').at(-1)!) as { buildSeconds: number; passages: number; peakRssMiB: number };
  console.log(`build: ${built.passages} passages, ${built.buildSeconds.toFixed(1)} s (${seconds(started).toFixed(1)} s with checks), build peak RSS ${built.peakRssMiB} MiB`);

  const env = readCliEnv();
  const questions = parseEvalFile(readFileSync('eval/dev.jsonl', 'utf8')).map((item) => item.q);
  const firstAnswerSeconds = firstAnswer(dataDir, questions[0]!);
  console.log(`process start to first answer (npm run ask): ${firstAnswerSeconds.toFixed(2)} s`);

  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const latency: Record<string, { p50: number; p95: number; cpuMs: number }> = {};
  let addVisibleSeconds = NaN;
  for (const mode of ['lexical', 'dense', 'fused'] as Array<RankingConfig['mode']>) {
    const opened = performance.now();
    const searcher = await openSearcher({ dataDir, modelsDir: env.modelsDir, embedder, ranking: { mode } });
    const openSeconds = seconds(opened);
    // Each timed question is analysed afresh, as a user's new question is: the kept analyses are dropped.
    const timed = await warmLatency(searcher, questions, ROUNDS, () => searcher.inner.forgetQuestions());
    latency[mode] = { p50: timed.p50, p95: timed.p95, cpuMs: timed.cpuMs };
    console.log(`warm ${mode.padEnd(7)}: p50 ${latency[mode].p50.toFixed(1)} ms, p95 ${latency[mode].p95.toFixed(1)} ms, CPU ${timed.cpuMs.toFixed(1)} ms per question (${timed.count} questions; searcher opened in ${openSeconds.toFixed(2)} s)`);
    console.log(`  slowest: ${timed.perQuestion.slice(0, SLOWEST).map((q) => `${q.question.slice(0, 16)} ${q.ms.toFixed(0)} ms`).join(' · ')}`);
    if (mode === 'fused') addVisibleSeconds = await addVisible(dataDir, searcher.inner);
    searcher.close();
  }
  console.log(`a 40-passage report added by another process is searchable ${addVisibleSeconds.toFixed(2)} s after its commit`);
  const peakRssMiB = Math.round(process.resourceUsage().maxRSS / 1024);
  const diskMiB = mib(readdirSync(dataDir).reduce((sum, name) => sum + statSync(join(dataDir, name)).size, 0));
  console.log(`peak RSS (serving process) ${peakRssMiB} MiB, on disk ${diskMiB} MiB; machine load average ${loadavg().map((x) => x.toFixed(1)).join(' ')} on ${cpus().length} cores`);
  const fused = latency.fused!;
  console.log(JSON.stringify({
    passages: built.passages, buildSeconds: round(built.buildSeconds), firstAnswerSeconds: round(firstAnswerSeconds),
    p50Ms: round(fused.p50), p95Ms: round(fused.p95), cpuMs: round(fused.cpuMs), loadAverage: round(loadavg()[0]!), addVisibleSeconds: round(addVisibleSeconds), peakRssMiB, diskMiB,
    lexical: { p50Ms: round(latency.lexical!.p50), p95Ms: round(latency.lexical!.p95) }, dense: { p50Ms: round(latency.dense!.p50), p95Ms: round(latency.dense!.p95) },
    buildPeakRssMiB: built.peakRssMiB,
  }));
});

/** Seeds first (with the model), then synthetic reports until the index holds `target` passages. */
async function build(dataDir: string, target: number): Promise<void> {
  mkdirSync(dataDir, { recursive: true });
  const env = readCliEnv();
  const started = performance.now();
  const held = heldPassages(dataDir);
  if (held !== undefined && held > target - PASSAGES_PER_REPORT) {
    // Reused as it is: a seed sync here could re-parse every synthetic report after a parser change.
    console.log(JSON.stringify({ passages: held, buildSeconds: 0, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
    return;
  }
  await ensureIndex(dataDir, 'seeds', await loadTransformersEmbedder({ modelsDir: env.modelsDir }));
  const writer = IndexWriter.open(dataDir, identity);
  const store = PassageStore.open(indexPaths(dataDir).db, identity);
  const seeds = readSeedPassages(store);
  const vectors = new Map<string, Float32Array>();
  const embedder = syntheticEmbedder(MODEL_ID, MODEL_DIM, vectors);
  const synthetic = store.reports().filter((r) => r.meta.id.startsWith('syn')).length;
  let passages = store.reader().passageCount();
  const from = passages;
  let lastLog = performance.now();
  for (let k = synthetic; passages + PASSAGES_PER_REPORT <= target; k++) {
    const { report, text } = syntheticReport(k, seeds, vectors);
    await writer.add(embedder, report, { origin: 'ingest', text });
    passages += report.passages.length;
    if (performance.now() - lastLog > 10_000) {
      lastLog = performance.now();
      const rate = (passages - from) / seconds(started);
      process.stderr.write(`  ${passages}/${target} passages, ${rate.toFixed(0)} passages/s, ETA ${((target - passages) / rate / 60).toFixed(1)} min\n`);
    }
  }
  writer.flushGraph(); // leave the graph saved at the last generation
  writer.close();
  store.close();
  const buildSeconds = from >= target - PASSAGES_PER_REPORT ? 0 : seconds(started);
  console.log(JSON.stringify({ passages, buildSeconds, peakRssMiB: Math.round(process.resourceUsage().maxRSS / 1024) }));
}

/** Passages in the index in `dataDir`, or undefined when it holds none (or cannot be opened). */
function heldPassages(dataDir: string): number | undefined {
  try {
    const store = PassageStore.open(indexPaths(dataDir).db, identity);
    try {
      return store.reader().passageCount();
    } finally {
      store.close();
    }
  } catch {
    return undefined;
  }
}

/** Child process: adds one 40-passage report through the writer, prints `committed <epoch ms> <report id>`. */
async function addOne(dataDir: string): Promise<void> {
  const store = PassageStore.open(indexPaths(dataDir).db, identity);
  const seeds = readSeedPassages(store);
  const k = 10_000_000 + Math.floor(Math.random() * 1_000_000);
  store.close();
  const vectors = new Map<string, Float32Array>();
  const { report, text } = syntheticReport(k, seeds, vectors, `核验标记${k}号：`);
  const writer = IndexWriter.open(dataDir, identity);
  await writer.add(syntheticEmbedder(MODEL_ID, MODEL_DIM, vectors), report, { origin: 'ingest', text });
  console.log(`committed ${Date.now()} ${report.meta.id} ${k}`);
  writer.close();
}

/** Seconds from another process's commit of a new report until the open searcher ranks it. */
async function addVisible(dataDir: string, searcher: { rank(q: string): Promise<unknown> }): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'bench/benchScale.ts', '--add-one', '--data-dir', dataDir], { stdio: ['ignore', 'pipe', 'inherit'] });
  const line = await new Promise<string>((resolve) => child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('committed') && resolve(chunk.toString())));
  const [, committedMs, reportId, k] = /committed (\d+) (\S+) (\d+)/.exec(line)!;
  for (const deadline = Date.now() + 60_000; Date.now() < deadline; ) {
    const ranked = (await searcher.rank(`核验标记${k}号`)) as { candidates?: Array<{ reportId: string }> };
    if (ranked.candidates?.some((c) => c.reportId === reportId)) break;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  const visible = (Date.now() - Number(committedMs)) / 1000;
  if (child.exitCode === null) await new Promise((resolve) => child.once('exit', resolve));
  const writer = IndexWriter.open(dataDir, identity);
  writer.remove(reportId!); // leave the index as it was
  writer.close();
  return visible;
}

function firstAnswer(dataDir: string, question: string): number {
  const t = performance.now();
  const child = spawnSync(process.execPath, ['--import', 'tsx', 'cli/ask.ts', '--json', question], { env: { ...process.env, DATA_DIR: dataDir }, encoding: 'utf8' });
  if (child.status !== 0 || !child.stdout.includes('"found"')) throw new Error(`npm run ask failed on ${dataDir}: ${child.stderr.slice(0, 300)}`);
  return seconds(t);
}

function round(x: number): number {
  return Math.round(x * 100) / 100;
}
