import { loadTransformersEmbedder } from '/work/main/index/index.ts';
import { openSearcher } from '/work/main/retrieval/index.ts';
const embedder = await loadTransformersEmbedder({ modelsDir: '/work/main/models' });
const s: any = await openSearcher({ dataDir: '/tmp/x', modelsDir: '/work/main/models', embedder });
for (const q of process.argv.slice(2)) { const a = s.analyze(q); console.log(q, JSON.stringify({named: a.named, filter: a.filter, many: a.manyPlaces, unknown: a.unknownPlaces, topic: a.topicText, words: a.terms.words})); }
