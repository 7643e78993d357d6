import { describe, expect, it } from 'vitest';
import { askedFigure, readFigures } from '../../retrieval/analysis/index.js';
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
    const [[s1, e1]] = quotePassage(text, weights, { figure: { units: [], acts: [] } }).highlights as [[number, number]];
    expect(text.slice(s1, e1)).toBe('共收到行政复议申请228件。');
  });

  // 石狮: asked how many reconsideration cases, the 228 received answer; the 10 later taken to court do not,
  // though their sentence shares more of the question's words (案件).
  const shishi =
    '（三）完善行政复议机制，提升行政复议质效。规范案件在线办理，运用全国行政复议工作平台，实现办案全程留痕。共收到行政复议申请228件，行政复议决定履行率达100%，纠错率21.05%，调解和解率22.37%；行政复议决定作出后申请人诉至人民法院案件10件，行政争议化解率95.61%。';
  const bold = (text: string, weights: Map<string, number>, question: string) => {
    const quote = quotePassage(text, weights, { figure: askedFigure(question), heading: '（三）完善行政复议机制，提升行政复议质效' });
    const [[start, end]] = quote.highlights as [[number, number]];
    return quote.text.slice(start, end);
  };
  const reconsideration = new Map([['行政复议', 2.5], ['案件', 0.9], ['行政', 0.3], ['政复', 1.2], ['复议', 1.2]]);

  it('marks the figure of the act asked, not a later act (taken to court) the question does not name', () => {
    expect(bold(shishi, reconsideration, '石狮行政复议案件多少件')).toBe('共收到行政复议申请228件，行政复议决定履行率达100%，纠错率21.05%，调解和解率22.37%；');
  });

  it('marks the later act when the question names it', () => {
    const weights = new Map([...reconsideration, ['起诉', 3]]);
    expect(bold(shishi, weights, '行政复议后起诉到法院的案件有多少件')).toBe('行政复议决定作出后申请人诉至人民法院案件10件，行政争议化解率95.61%。');
  });

  it('marks the figure in the measure word asked: a share for 比例, people for 多少人', () => {
    const text = '检查政府工作部门发文情况，共83件。发文检查合格比例为95%。全年参加培训共80人次。';
    const weights = new Map([['检查', 1], ['发文', 1.5]]);
    expect(bold(text, weights, '发文检查合格比例多少')).toBe('发文检查合格比例为95%。');
    expect(bold(text, weights, '发文检查了多少件')).toBe('检查政府工作部门发文情况，共83件。');
    const training = new Map([['培训', 2], ['发文', 1.5]]);
    expect(bold('召开发文培训会议3次。全年参加发文培训共80人次。', training, '发文培训多少人')).toBe('全年参加发文培训共80人次。');
    expect(bold('召开发文培训会议3次。全年参加发文培训共80人次。', training, '发文培训了几次')).toBe('召开发文培训会议3次。');
  });

  it('marks the figure whose own clause holds the question words, not one beside them', () => {
    const text = '检察机关共办理同步监督案件28件，向行政机关提出行政违法检察建议43件。';
    const split = (t: string) => t.replace('，', '。');
    const weights = new Map([['检察建议', 3], ['检察', 0.5]]);
    expect(bold(split(text), weights, '提出检察建议多少件')).toBe('向行政机关提出行政违法检察建议43件。');
  });
});

describe('askedFigure', () => {
  it('reads the measure word asked, shares, and the acts a question names', () => {
    expect(askedFigure('石狮行政复议案件多少件')).toEqual({ units: ['件'], acts: [] });
    expect(askedFigure('开展了几场培训')).toEqual({ units: ['次'], acts: [] });
    expect(askedFigure('行政机关负责人出庭率是多少')).toEqual({ units: ['%'], acts: [] });
    expect(askedFigure('多少 行政复议 案件 起诉')).toEqual({ units: [], acts: ['诉讼'] });
    expect(askedFigure('怎么开展行政复议')).toBeUndefined();
  });
});

describe('readFigures', () => {
  it('reads counts with their measure word, not ordinals, dates or 一件事', () => {
    const text = '排名第3名，2023年11月15日推行一件事一次办，办结1.5万余件，近17万户，满意率95%，组织2次培训';
    expect(readFigures(text).map((f) => [text.slice(f.start, f.end), f.family])).toEqual([
      ['1.5万余件', '件'],
      ['17万户', '家'],
      ['95%', '%'],
      ['2次', '次'],
    ]);
  });
});
