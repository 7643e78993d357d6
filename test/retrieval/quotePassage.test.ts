import { describe, expect, it } from 'vitest';
import { quotePassage, sentenceSpans } from '../../retrieval/quote/index.js';

const passage = '一是强化数字赋能政务服务。深化“i石狮”平台建设，上线奖补直达、小微融资等65个功能模块。“奖补直达”兑现企业奖补资金超13.25亿元；累计对接融资超12.4亿元。';

describe('quotePassage', () => {
  it('splits sentences at full stops and semicolons', () => {
    expect(sentenceSpans(passage).map(([s, e]) => passage.slice(s, e))).toEqual([
      '一是强化数字赋能政务服务。',
      '深化“i石狮”平台建设，上线奖补直达、小微融资等65个功能模块。',
      '“奖补直达”兑现企业奖补资金超13.25亿元；',
      '累计对接融资超12.4亿元。',
    ]);
  });

  it('marks the sentence that shares the most weighted terms with the question', () => {
    const quote = quotePassage(passage, new Map([['兑现', 2], ['奖补', 1]]));
    expect(quote.text).toBe(passage);
    const [[start, end]] = quote.highlights as [[number, number]];
    expect(quote.text.slice(start, end)).toBe('“奖补直达”兑现企业奖补资金超13.25亿元；');
  });

  it('cuts a long passage around the answering sentence with ……, keeping the words unaltered', () => {
    const quote = quotePassage(passage, new Map([['融资', 1], ['对接', 1]]), { maxChars: 40 });
    expect(quote.text.startsWith('……')).toBe(true);
    const inner = quote.text.replace(/^……/, '').replace(/……$/, '');
    expect(passage).toContain(inner);
    const [[start, end]] = quote.highlights as [[number, number]];
    expect(quote.text.slice(start, end)).toBe('累计对接融资超12.4亿元。');
  });

  it('highlights nothing when no sentence shares a term', () => {
    expect(quotePassage(passage, new Map([['护照', 3]])).highlights).toEqual([]);
  });
});

describe('quotePassage with an inline heading', () => {
  it('marks a sentence of the body rather than the heading when both match equally', () => {
    const text = '（二）充分发挥法律顾问作用。实现全市38个党政机关法律顾问配备全覆盖。';
    const quote = quotePassage(text, new Map([['法律顾问', 1]]), { heading: '（二）充分发挥法律顾问作用' });
    const [[start, end]] = quote.highlights as [[number, number]];
    expect(text.slice(start, end)).toBe('实现全市38个党政机关法律顾问配备全覆盖。');
  });
});

describe('quotePassage with characters outside the BMP', () => {
  it('cuts a sentence longer than the limit between characters, never inside a surrogate pair', () => {
    const text = `法${'𠀀'.repeat(400)}法律顾问。`;
    for (const maxChars of [99, 100, 101, 320]) {
      const quote = quotePassage(text, new Map([['法', 1]]), { maxChars });
      expect(quote.text).not.toMatch(/\p{Cs}/u);
      for (const [start, end] of quote.highlights) expect(quote.text.slice(start, end)).not.toMatch(/\p{Cs}/u);
    }
  });
});

describe('quotePassage for a question asking for a figure', () => {
  it('marks the sentence stating a figure over one that only shares more words', () => {
    const text = '规范案件在线办理，运用行政复议工作平台。共收到行政复议申请228件。';
    const weights = new Map([['复议', 2], ['案件', 0.8]]);
    const [[s0, e0]] = quotePassage(text, weights).highlights as [[number, number]];
    expect(text.slice(s0, e0)).toBe('规范案件在线办理，运用行政复议工作平台。');
    const [[s1, e1]] = quotePassage(text, weights, { preferFigures: true }).highlights as [[number, number]];
    expect(text.slice(s1, e1)).toBe('共收到行政复议申请228件。');
  });
});
