import { describe, expect, it } from 'vitest';
import { queryTerms } from '../../retrieval/analysis/index.js';
import { idf, lexicalReach } from '../../retrieval/rank/index.js';

const df = (counts: Record<string, number>, passages = 100) => ({ words: new Map(Object.entries(counts)), bigrams: new Map<string, number>(), passages });

describe('how much of a question the lexical leg can reach', () => {
  it('is 1 when every topic word occurs in some passage, and when the question has no topic word', () => {
    const terms = { words: ['行政复议', '案件'], bigrams: [], parts: new Map() };
    expect(lexicalReach(terms, df({ 行政复议: 3, 案件: 20 }))).toBe(1);
    expect(lexicalReach({ words: [], bigrams: [], parts: new Map() }, df({}))).toBe(1);
  });

  it('is the IDF-weighted share of the words the corpus holds: words no report uses leave it low', () => {
    const terms = { words: ['班子', '散', '乡里'], bigrams: [], parts: new Map() };
    const counts = df({ 班子: 10 });
    const expected = idf(10, 100) / (idf(10, 100) + 2 * idf(0, 100));
    expect(lexicalReach(terms, counts)).toBeCloseTo(expected, 10);
    expect(lexicalReach(terms, counts)).toBeLessThan(0.4);
  });

  it('reads the words as the question analysis splits them', () => {
    const terms = queryTerms('规范性文件备案审查');
    expect(lexicalReach(terms, df(Object.fromEntries(terms.words.map((w) => [w, 5]))))).toBe(1);
  });
});
