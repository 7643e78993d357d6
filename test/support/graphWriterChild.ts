// Run as a child process by test/index/incrementalIndex.test.ts: adds and removes a report over and over
// through the index writer (which saves the graph after every change at this size) until it is killed.
import { readFileSync } from 'node:fs';
import { IndexWriter } from '../../index/index.js';
import { hashEmbedder } from './hashEmbedder.js';

const [dataDir, file] = process.argv.slice(2) as [string, string];
const embedder = hashEmbedder();
const writer = IndexWriter.open(dataDir, embedder);
const bytes = readFileSync(file);
for (let round = 0; ; round++) {
  const outcome = await writer.ingest(embedder, bytes, 'churn.txt');
  if (round === 0) process.stdout.write('writing\n');
  writer.remove(outcome.meta.id);
}
