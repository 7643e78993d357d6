import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normalizeForIndex } from '../../index/index.js';
import { parseEvalFile } from '../../retrieval/eval/index.js';

const DIR = 'test/fixtures/corpus-dev';
const corpus = readdirSync(DIR)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => normalizeForIndex(readFileSync(`${DIR}/${f}`, 'utf8')));
const items = parseEvalFile(readFileSync('eval/calibration-peers.jsonl', 'utf8'));

describe('eval/calibration-peers.jsonl (calibration questions on the corpus-dev reports)', () => {
  it('holds in-scope questions whose gold strings are in a corpus-dev report, and out-of-scope ones', () => {
    const inScope = items.filter((i) => i.kind !== 'oos');
    expect(inScope.length).toBeGreaterThanOrEqual(10);
    expect(items.length - inScope.length).toBeGreaterThanOrEqual(8);
    for (const item of inScope) {
      const found = (item.any ?? []).some((gold) => corpus.some((text) => text.includes(normalizeForIndex(gold))));
      expect(found, item.id).toBe(true);
    }
  });

  it('asks none of the eval questions (calibration and evaluation stay apart)', () => {
    const evalQuestions = new Set(
      ['eval/dev.jsonl', 'eval/corpus-dev.jsonl'].flatMap((f) => parseEvalFile(readFileSync(f, 'utf8')).map((i) => normalizeForIndex(i.q))),
    );
    for (const item of items) expect(evalQuestions.has(normalizeForIndex(item.q)), item.id).toBe(false);
  });
});
