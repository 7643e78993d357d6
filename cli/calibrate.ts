// `npm run calibrate -- [FILE...] [--coverage-weight W]`: fit the not-found rule on calibration question files and print it beside the rule in force.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { calibrateThresholds, DEFAULT_THRESHOLDS, judgeRelevance, openSearcher, parseEvalFile } from '../retrieval/index.js';
import type { CalibrationPoint } from '../retrieval/index.js';
import { readCliEnv } from './cliEnv.js';
import { runCli } from './runCli.js';

runCli(async () => {
  const { values, positionals: files } = parseArgs({ allowPositionals: true, options: { 'coverage-weight': { type: 'string' } } });
  const fixed = values['coverage-weight'] === undefined ? undefined : Number(values['coverage-weight']);
  const items = (files.length ? files : ['eval/calibration.jsonl']).flatMap((f) => parseEvalFile(readFileSync(f, 'utf8')));
  const env = readCliEnv();
  const searcher = await openSearcher({ dataDir: env.dataDir, modelsDir: env.modelsDir });
  const points: CalibrationPoint[] = [];
  for (const item of items) {
    const ranked = await searcher.inner.rank(item.q);
    const top = 'problem' in ranked ? undefined : ranked.candidates[0];
    const features = { similarity: top?.similarity ?? 0, coverage: top?.coverage ?? 0 };
    points.push({ features, inScope: item.kind !== 'oos' });
    console.log(`${item.kind === 'oos' ? 'OUT' : 'in '} sim ${features.similarity.toFixed(3)} cov ${features.coverage.toFixed(2)}  ${item.q}`);
  }
  searcher.close();
  const result = calibrateThresholds(points, fixed);
  // The rule in force, on the same questions: what a refit would change.
  const share = (ps: CalibrationPoint[], answered: boolean) => ps.filter((p) => judgeRelevance(p.features) === answered).length / Math.max(1, ps.length);
  const current = `in-scope answered ${share(points.filter((p) => p.inScope), true).toFixed(3)}, out-of-scope rejected ${share(points.filter((p) => !p.inScope), false).toFixed(3)}`;
  console.log(`\ncurrent ${JSON.stringify({ coverageWeight: DEFAULT_THRESHOLDS.coverageWeight, threshold: DEFAULT_THRESHOLDS.threshold })}: ${current}`);
  console.log(`\nthresholds ${JSON.stringify(result.thresholds)}: in-scope answered ${result.recall.toFixed(3)}, out-of-scope rejected ${result.rejection.toFixed(3)} (${points.length} questions), margin ${result.margin.toFixed(3)}`);
});
