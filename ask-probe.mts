import { readFileSync } from 'node:fs';
import { loadTransformersEmbedder } from '/work/main/index/index.ts';
import { openSearcher } from '/work/main/retrieval/index.ts';
const qs = readFileSync(process.argv[2]!, 'utf8').split('\n').filter(Boolean);
const embedder = await loadTransformersEmbedder({ modelsDir: '/work/main/models' });
const s: any = await openSearcher({ dataDir: process.env.DATA_DIR ?? '/tmp/x', modelsDir: '/work/main/models', embedder });
for (const q of qs) {
  const a = await s.search(q, { topK: 3 });
  const notes = Object.keys(a).filter(k => !['query','found','hits','hasMore','question'].includes(k));
  console.log(`\n## ${q}  found=${a.found} ${notes.map(k=>k+'='+JSON.stringify(a[k])).join(' ').slice(0,200)}`);
  for (const h of a.hits) console.log(`  - [${h.report.org} ${h.report.year}] ${h.passage.section?.join?.('/')?.slice(0,30) ?? ''} :: ${(h.quote.text).slice(0,90).replace(/\n/g,' ')}`);
}
