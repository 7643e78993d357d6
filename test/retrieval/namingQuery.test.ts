import Database from 'better-sqlite3';
import { describe, expect, inject, it } from 'vitest';
import { indexPaths, normalizeForIndex, queryWords } from '../../index/index.js';
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

  it('matches every seed passage that holds the word, whole or by its parts (a superset: silence is never claimed wrongly)', () => {
    const db = new Database(indexPaths(inject('seedIndexDir')).db, { readonly: true });
    const rows = db.prepare('SELECT rowid, text FROM passages').all() as Array<{ rowid: number; text: string }>;
    const matching = db.prepare('SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?');
    let held = 0;
    for (const word of ['行政复议', '法律顾问', '述法', '双随机', '旁听庭审', '合法性审查', '告知承诺制', '府院联动', '12345热线', '执法']) {
      const parts = queryWords(word).filter((p) => p !== word && p.length >= 2);
      const query = namingQuery(terms([word], { [word]: parts }), word);
      if (!('match' in query)) throw new Error(word);
      const found = new Set((matching.all(query.match) as Array<{ rowid: number }>).map((r) => r.rowid));
      for (const row of rows) {
        const text = normalizeForIndex(row.text);
        if (!text.includes(word) && !(parts.length > 0 && parts.every((p) => text.includes(p)))) continue;
        held++;
        expect(found.has(row.rowid), `${word}: ${row.rowid}`).toBe(true);
      }
    }
    expect(held).toBeGreaterThan(50);
    db.close();
  });
});
