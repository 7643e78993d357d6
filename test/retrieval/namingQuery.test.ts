import { describe, expect, it } from 'vitest';
import { namingQuery } from '../../retrieval/namingQuery.js';

const terms = (words: string[], parts: Record<string, string[]> = {}) => ({ terms: { words, bigrams: [], parts: new Map(Object.entries(parts)) } });

describe('namingQuery', () => {
  it('asks for the key word as a phrase of its bigrams, or for all of its parts', () => {
    expect(namingQuery(terms(['领导干部', '述法']), '述法')).toEqual({ match: 'bigrams : ("述法")' });
    expect(namingQuery(terms(['旁听庭审'], { 旁听庭审: ['旁听', '庭审'] }), '旁听庭审')).toEqual({ match: 'bigrams : (("旁听 听庭 庭审" OR ("旁听" AND "庭审")))' });
  });

  it('asks for every topic word when there is no key word; nothing when there are no words', () => {
    expect(namingQuery(terms(['双随机', '抽查']), undefined)).toEqual({ match: 'bigrams : (("双随 随机" AND "抽查"))' });
    expect(namingQuery(terms([]), undefined)).toEqual({ names: 'none' });
  });

  it('cuts a word at what is not Han, as the index does, and gives up on a word with no two Han characters in a row', () => {
    expect(namingQuery(terms(['12345热线']), '12345热线')).toEqual({ match: 'bigrams : ("热线")' });
    expect(namingQuery(terms(['OA']), 'OA')).toEqual({ names: 'unknown' });
  });
});
