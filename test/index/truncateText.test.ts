import { describe, expect, it } from 'vitest';
import { graphemeBoundary, isWellFormedText, toWellFormedText, truncateText } from '../../index/index.js';
import { splitSentences } from '../../index/parse/sentences.js';
import { leadOf } from '../../index/parse/items.js';

// Han characters outside the BMP (two UTF-16 units each), as in rare place names, and multi-unit emoji.
const ASTRAL = '𠀀𠀁𡈽𪚥';

describe('truncateText', () => {
  it('cuts at every limit without leaving a lone surrogate or splitting a grapheme', () => {
    const text = `石狮${ASTRAL}👍🏽🇨🇳e\u0301${ASTRAL}`;
    for (let max = 0; max <= text.length + 1; max++) {
      for (const ellipsis of ['', '…', '……']) {
        const cut = truncateText(text, max, ellipsis);
        expect(isWellFormedText(cut)).toBe(true);
        expect(cut.length).toBeLessThanOrEqual(Math.max(max, ellipsis.length));
        const body = cut.endsWith(ellipsis) && cut !== text ? cut.slice(0, cut.length - ellipsis.length) : cut;
        expect(text.startsWith(body)).toBe(true);
        expect([...new Intl.Segmenter().segment(text)].some((s) => s.index === body.length) || body.length === text.length).toBe(true);
      }
    }
  });
  it('leaves text that fits alone', () => {
    expect(truncateText('法律顾问', 4, '…')).toBe('法律顾问');
    expect(truncateText('法律顾问制度', 4, '…')).toBe('法律顾…');
  });
  it('finds boundaries far into a long text', () => {
    const long = '𠀀'.repeat(500);
    expect(graphemeBoundary(long, 301)).toBe(300);
    expect(graphemeBoundary(long, 300)).toBe(300);
  });
  it('repairs and detects lone surrogates', () => {
    expect(isWellFormedText('𠀀'.slice(0, 1))).toBe(false);
    expect(toWellFormedText(`a${'𠀀'.slice(0, 1)}b`)).toBe('a\uFFFDb');
  });
});

describe('cuts in parsing', () => {
  it('splits an overlong sentence into clauses without splitting a character outside the BMP', () => {
    const sentence = `${'法'.repeat(299)}${ASTRAL.repeat(60)}`;
    const pieces = splitSentences(sentence);
    expect(pieces.join('')).toBe(sentence);
    for (const p of pieces) expect(isWellFormedText(p)).toBe(true);
  });
  it('cuts an item lead between characters', () => {
    const lead = leadOf(`一是${'法'.repeat(29)}${ASTRAL.repeat(10)}，其余。`);
    expect(isWellFormedText(lead)).toBe(true);
    expect(lead.endsWith('…')).toBe(true);
  });
});
