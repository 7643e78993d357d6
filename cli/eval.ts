// `npm run eval -- [FILE] [--mode fused|lexical|dense|all] [--no-instruction]`: retrieval scores on a question file.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadTransformersEmbedder } from '../index/index.js';
import { openSearcher } from '../retrieval/index.js';
import type { RankingConfig } from '../retrieval/index.js';
import { parseEvalFile, scoreItem, summarize } from '../retrieval/index.js';
import type { EvalSummary, ItemScore } from '../retrieval/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { mode: { type: 'string', default: 'fused' }, 'no-instruction': { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false } },
  });
  const file = positionals[0] ?? 'eval/dev.jsonl';
  const items = parseEvalFile(readFileSync(file, 'utf8'));
  const env = readCliEnv();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const modes = (values.mode === 'all' ? ['lexical', 'dense', 'fused'] : [values.mode]) as Array<RankingConfig['mode']>;
  const rows: Array<[string, EvalSummary]> = [];
  for (const mode of modes) {
    const searcher = await openSearcher({ dataDir: env.dataDir, modelsDir: env.modelsDir, embedder, ranking: { mode, queryInstruction: !values['no-instruction'] } });
    const scores: ItemScore[] = [];
    for (const item of items) {
      const answer = await searcher.search(item.q, { topK: 10 });
      scores.push(scoreItem(item, { found: answer.found, texts: answer.hits.map((h) => h.quote.text) }));
    }
    searcher.close();
    rows.push([mode, summarize(scores)]);
    if (!values.quiet) printDetails(mode, scores);
  }
  console.log(`\n${file}: ${items.length} questions${values['no-instruction'] ? ' (no query instruction)' : ''}`);
  console.log('mode      hit@1  hit@5  MRR@10  cov@10  oos-reject');
  for (const [mode, s] of rows) {
    console.log(`${mode.padEnd(9)} ${f(s.hitAt1)}  ${f(s.hitAt5)}  ${f(s.mrrAt10)}   ${f(s.coverageAt10)}   ${f(s.oosRejection)}`);
  }
});

const f = (x: number) => (Number.isNaN(x) ? '  -  ' : x.toFixed(3));

function printDetails(mode: string, scores: ItemScore[]): void {
  console.log(`\n== ${mode}: per kind`);
  const kinds = [...new Set(scores.map((s) => s.item.kind))];
  for (const kind of kinds) {
    const s = summarize(scores.filter((x) => x.item.kind === kind));
    const main = kind === 'oos' ? `reject ${f(s.oosRejection)}` : kind === 'coverage' ? `cov@10 ${f(s.coverageAt10)}` : `hit@1 ${f(s.hitAt1)} hit@5 ${f(s.hitAt5)} MRR ${f(s.mrrAt10)}`;
    console.log(`  ${kind.padEnd(11)} n=${String(s.count).padEnd(3)} ${main}`);
  }
  const misses = scores.filter((s) => (s.item.kind === 'oos' ? !s.rejected : s.coverage !== undefined ? s.coverage < 1 : s.rank !== 1));
  if (misses.length) console.log(`== ${mode}: misses (not first, not rejected, or not fully covered)`);
  for (const s of misses) {
    const what = s.item.kind === 'oos' ? 'answered' : s.coverage !== undefined ? `coverage ${f(s.coverage)}` : s.rank ? `rank ${s.rank}` : 'not in top 10';
    console.log(`  ${s.item.id} [${s.item.kind}] ${what}: ${s.item.q}`);
  }
}
