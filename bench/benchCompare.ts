// `npm run bench:compare -- --data-dir DIR [--rounds 3] [--judged N] [--topic 主题]…`: /compare on an existing index (read
// only: build one with `npm run bench:scale`), each topic timed cold (its first comparison in this process, the
// store's pages perhaps not yet cached) and warm (median of the rounds after it), with the comparison rendered
// as the bot sends it; CPU per comparison; what each said (judged, found, related, mentions, not judged,
// silent). `--judged N` judges at most N reports (default JUDGED_REPORTS), for choosing it. Last line: JSON.
import { loadavg } from 'node:os';
import { parseArgs } from 'node:util';
import { loadTransformersEmbedder } from '../index/index.js';
import { JUDGED_REPORTS, openSearcher } from '../retrieval/index.js';
import { renderComparison } from '../bot/index.js';
import { zh } from '../prompts/index.js';
import { readCliEnv, runCli } from '../cli/index.js';
import { percentile } from './warmLatency.js';

/** The topics of test/bot/comparisons.e2e.test.ts. */
const TOPICS = ['行政复议', '双随机', '旁听庭审', '法律顾问', '合法性审查', '行政执法三项制度', '普法宣传', '府院联动', '证明事项告知承诺制', '领导干部述法'];

runCli(async () => {
  const { values } = parseArgs({ options: { 'data-dir': { type: 'string' }, rounds: { type: 'string' }, judged: { type: 'string' }, topic: { type: 'string', multiple: true } } });
  if (!values['data-dir']) throw new Error('give the index to measure: --data-dir DIR');
  const rounds = Number(values.rounds ?? 3);
  const topics = values.topic ?? TOPICS;
  const env = readCliEnv();
  const embedder = await loadTransformersEmbedder({ modelsDir: env.modelsDir });
  const searcher = await openSearcher({ dataDir: values['data-dir'], modelsDir: env.modelsDir, embedder, ...(values.judged ? { judgedReports: Number(values.judged) } : {}) });
  const reports = searcher.reports().length;
  const passages = searcher.reports().reduce((sum, r) => sum + r.passageCount, 0);
  console.log(`${passages} passages in ${reports} reports; ${rounds} warm rounds per topic`);
  const cold: number[] = [];
  const warm: number[] = [];
  const cpu = process.cpuUsage();
  let timed = 0;
  for (const topic of topics) {
    const times: number[] = [];
    let said = '';
    for (let round = 0; round <= rounds; round++) {
      const t = performance.now();
      const comparison = await searcher.compare(topic);
      const pages = renderComparison(comparison, zh);
      times.push(performance.now() - t);
      timed++;
      const listed = comparison.found.length + comparison.related.length + comparison.mentions.length;
      said = `found ${comparison.found.length}, related ${comparison.related.length}, mentions ${comparison.mentions.length}, not judged ${comparison.unjudged ?? 0}, silent ${comparison.silent.length}; ${pages.length} pages (${listed} listed)`;
    }
    cold.push(times[0]!);
    warm.push(percentile(times.slice(1), 50));
    console.log(`${topic.padEnd(10, '　')} cold ${times[0]!.toFixed(0)} ms, warm ${warm.at(-1)!.toFixed(0)} ms — ${said}`);
  }
  const used = process.cpuUsage(cpu);
  const cpuMs = (used.user + used.system) / 1000 / timed;
  const summary = { passages, reports, judgedAtMost: values.judged ? Number(values.judged) : JUDGED_REPORTS, coldP50Ms: percentile(cold, 50), coldMaxMs: Math.max(...cold), warmP50Ms: percentile(warm, 50), warmMaxMs: Math.max(...warm), cpuMs, loadAverage: loadavg()[0]! };
  console.log(`cold p50 ${summary.coldP50Ms.toFixed(0)} ms (max ${summary.coldMaxMs.toFixed(0)}), warm p50 ${summary.warmP50Ms.toFixed(0)} ms (max ${summary.warmMaxMs.toFixed(0)}), CPU ${cpuMs.toFixed(0)} ms per comparison; load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  console.log(JSON.stringify(Object.fromEntries(Object.entries(summary).map(([k, v]) => [k, Math.round(v * 10) / 10]))));
  searcher.close();
});
