// `npm run calibrate -- [FILE] [--coverage-weight W]`: fit the not-found rule on a calibration question file and print it.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { calibrateThresholds, openSearcher, parseEvalFile } from '../retrieval/index.js';
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
  console.log(`\nthresholds ${JSON.stringify(result.thresholds)}: in-scope answered ${result.recall.toFixed(3)}, out-of-scope rejected ${result.rejection.toFixed(3)} (${points.length} questions), margin ${result.margin.toFixed(3)}`);
});
