import { describe, expect, it } from 'vitest';
import { boundTerms } from '../../retrieval/rank/boundTerms.js';
import { queryTerms } from '../../retrieval/analysis/queryTerms.js';

const df = (counts: Record<string, number>, passages = 1_000_000) => ({ words: new Map(Object.entries(counts)), bigrams: new Map(Object.entries(counts)), passages });

describe('bounding the lexical leg', () => {
  const terms = queryTerms('法治政府建设行政复议');

  it('searches every term while their postings fit the budget', () => {
    expect(boundTerms(terms, df({}), 100)).toBe(terms);
  });

  it('drops the commonest terms first past the budget, always keeping the rarest', () => {
    const counts: Record<string, number> = {};
    for (const w of terms.words) counts[w] = 400_000;
    for (const b of terms.bigrams) counts[b] = 300_000;
    counts['复议'] = 1_000;
    const bounded = boundTerms(terms, df(counts), 60_000);
    expect(bounded.bigrams).toEqual(['复议']);
    expect(bounded.words).toEqual([]);
    counts['复议'] = 100_000;
    expect(boundTerms(terms, df(counts), 60_000).bigrams).toEqual(['复议']); // over budget alone, still searched
    expect(bounded.words.length + bounded.bigrams.length).toBeLessThan(terms.words.length + terms.bigrams.length);
    expect(bounded.parts).toBe(terms.parts);
  });
});
