import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../index/parse/sentences.js';

describe('splitSentences', () => {
  it('keeps ordinary sentences whole and the text unchanged', () => {
    const text = '一是深化商事制度改革。持续推动市场主体全程电子化登记；二是增强审批服务效能！';
    expect(splitSentences(text)).toEqual(['一是深化商事制度改革。', '持续推动市场主体全程电子化登记；', '二是增强审批服务效能！']);
  });

  it('splits a sentence with no full stop at clause ends, then by length, into pieces of at most 300 characters', () => {
    const text = `${Array.from({ length: 120 }, (_, i) => `第${i}项工作持续推进`).join('，')}。${'无标点'.repeat(300)}`;
    const pieces = splitSentences(text);
    expect(pieces.join('')).toBe(text);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThanOrEqual(300);
    expect(pieces[0]!.endsWith('，')).toBe(true);
  });
});
