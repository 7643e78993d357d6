// `npm run bench:embed [-- --texts 1200 --rounds 2 --batch 16 --sweep 8,16,32,64 --sweep-texts 320]`: passages/s of
// bulk embedding against a bare onnxruntime session on the same model file and the same batch shapes, in one run
// over the same real passage texts (seed and dev-corpus passages, repeated to --texts). Last line: JSON.
import { readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BULK_BATCH_SIZE, embedBulk, passageTerms, parseReport, startWorkerEmbedder } from '../index/index.js';
import { readCliEnv, runCli } from '../cli/index.js';
import { openBareSession, paddedBatches, runBare, tokenizeAll } from './bareOnnx.js';
import type { TokenIds } from './bareOnnx.js';

const TEXT_FOLDERS = ['seeds', 'test/fixtures/corpus-dev'];
/** Texts (in whole batches) each path embeds before the other takes its turn. */
const TURN_TEXTS = 128;

/** The embedding texts of every passage of the seed and dev-corpus reports, repeated to `count`, sorted by length as embedBulk sorts. */
function benchTexts(count: number): string[] {
  const texts = TEXT_FOLDERS.flatMap((dir) => readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().flatMap((file) => {
    const report = parseReport(readFileSync(join(dir, file), 'utf8'), file);
    return report.passages.map((passage) => passageTerms(passage, report.meta).embedText);
  }));
  return Array.from({ length: count }, (_, i) => texts[i % texts.length]!).sort((a, b) => a.length - b.length);
}

interface Pair {
  batchSize: number;
  bare: number;
  ours: number;
  ratio: number;
}

runCli(async () => {
  const { values } = parseArgs({ options: { texts: { type: 'string' }, rounds: { type: 'string' }, batch: { type: 'string' }, sweep: { type: 'string' }, 'sweep-texts': { type: 'string' } } });
  const count = Number(values.texts ?? 1200);
  const rounds = Number(values.rounds ?? 2);
  const batchSize = Number(values.batch ?? BULK_BATCH_SIZE);
  const sweep = (values.sweep ?? '8,16,32,64').split(',').filter(Boolean).map(Number);
  const sweepCount = Number(values['sweep-texts'] ?? 320);
  const { modelsDir } = readCliEnv();
  const texts = benchTexts(count);
  const { ids, seconds: tokenizeSeconds } = await tokenizeAll(modelsDir, texts);
  const tokens = ids.reduce((sum, row) => sum + row.length, 0);
  console.log(`${texts.length} texts, ${(tokens / texts.length).toFixed(0)} tokens on average; ${cpus().length} cores, load ${loadavg().map((l) => l.toFixed(2)).join(' ')}`);
  // Our path tokenizes on the model's thread, between inferences: this is what that costs it.
  const tokenizeMsPerText = (tokenizeSeconds * 1000) / texts.length;
  console.log(`tokenizing (transformers.js, one text at a time): ${tokenizeMsPerText.toFixed(2)} ms per text`);

  const session = await openBareSession(modelsDir);
  const workers = new Map<number, Awaited<ReturnType<typeof startWorkerEmbedder>>>();
  const worker = async (size: number) => workers.get(size) ?? workers.set(size, await startWorkerEmbedder(modelsDir, { batchSize: size })).get(size)!;
  /**
   * Passages/s of each path over `n` texts at `size`. The load of this shared machine changes by the second, so
   * the two paths take turns every TURN_TEXTS texts (the first to go alternating) and each path's times
   * are summed: both see the same conditions. Each turn starts our path afresh, costing it its queued batch.
   */
  const measure = async (n: number, size: number): Promise<Pair> => {
    // Evenly through the length-sorted texts, so that a sample has their spread of lengths.
    const picked = Array.from({ length: Math.min(n, texts.length) }, (_, k) => Math.floor((k * texts.length) / Math.min(n, texts.length)));
    const sample = picked.map((i) => texts[i]!);
    const batches = paddedBatches(picked.map((i) => ids[i]!), size);
    const embedder = await worker(size);
    // Warm both on the longest batch (the first runs of a shape allocate, and the worker's code is not yet compiled).
    await runBare(session, batches.slice(-1));
    await embedder.embed(sample.slice((batches.length - 1) * size));
    let bareSeconds = 0;
    let oursSeconds = 0;
    const perTurn = Math.max(1, Math.round(TURN_TEXTS / size));
    for (let turn = 0; turn * perTurn < batches.length; turn++) {
      const from = turn * perTurn;
      const bare = async () => (bareSeconds += await runBare(session, batches.slice(from, from + perTurn)));
      const ours = async () => {
        const started = performance.now();
        await embedBulk(embedder, sample.slice(from * size, (from + perTurn) * size), { batchSize: size });
        oursSeconds += (performance.now() - started) / 1000;
      };
      if (turn % 2 === 0) await bare().then(ours);
      else await ours().then(bare);
    }
    const bare = sample.length / bareSeconds;
    const ours = sample.length / oursSeconds;
    return { batchSize: size, bare: round1(bare), ours: round1(ours), ratio: Math.round((ours / bare) * 1000) / 1000 };
  };

  const main: Pair[] = [];
  for (let r = 0; r < rounds; r++) {
    const pair = await measure(texts.length, batchSize);
    main.push(pair);
    console.log(`round ${r + 1}, batch ${batchSize}: bare onnxruntime ${pair.bare} passages/s, bulk path (worker, tokenizing) ${pair.ours} passages/s, ratio ${pair.ratio}`);
  }
  const sizes: Pair[] = [];
  for (const size of sweep) {
    const pair = await measure(sweepCount, size);
    sizes.push(pair);
    console.log(`batch ${size} (${sweepCount} texts): bare ${pair.bare} passages/s, bulk path ${pair.ours} passages/s, ratio ${pair.ratio}`);
  }
  for (const embedder of workers.values()) await embedder.close();
  const best = sizes.reduce<Pair | undefined>((top, pair) => (!top || pair.ours > top.ours ? pair : top), undefined);
  const ratios = main.map((p) => p.ratio).sort((a, b) => a - b);
  const ratio = ratios[Math.floor((ratios.length - 1) / 2)]; // the median round (the lower of two)
  console.log(`ratio over ${main.length} rounds: ${ratios.join(', ')} (bulk path / bare session; the machine's load moves single rounds by ±20 %)`);
  console.log(JSON.stringify({ texts: texts.length, batchSize, tokenizeMsPerText: Math.round(tokenizeMsPerText * 100) / 100, rounds: main, sweep: sizes, bestBatchSize: best?.batchSize, ratio, minRatio: ratios[0], load: loadavg()[0] }));
});

function round1(x: number): number {
  return Math.round(x * 10) / 10;
}
