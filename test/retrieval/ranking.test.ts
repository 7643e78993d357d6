import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { asksAboutManyPlaces, analyzeQuestion, checkQuestion, prepareQuery, reportAliases, reportNames, translateEnglish, yearMismatch } from '../../retrieval/analysis/index.js';
import { calibrateThresholds } from '../../retrieval/eval/index.js';
import { diversifyByReport, fuseRanks } from '../../retrieval/rank/index.js';

/** The reports a question names, through the name index the searcher keeps. */
const namedReports = (question: string, aliases: ReadonlyMap<string, readonly string[]>) => reportNames(aliases).named(question);

const meta = (org: string, region: string[]): ReportMeta => ({ id: org, org, region, title: org, year: 2024, sourceFile: 'x.txt', script: 'simplified' });

describe('fuseRanks', () => {
  it('rewards agreement between lists over a single first place', () => {
    const fused = fuseRanks([{ ids: [1, 2, 3], weight: 1 }, { ids: [2, 4, 1], weight: 1 }]);
    expect(fused.map((f) => f.id)).toEqual([2, 1, 4, 3]);
  });
  it('lets a heavier list decide ties of rank', () => {
    expect(fuseRanks([{ ids: [1], weight: 1 }, { ids: [2], weight: 2 }])[0]!.id).toBe(2);
  });
});

describe('prepareQuery', () => {
  it('normalises script, width and spacing, and strips pasted markup', () => {
    expect(prepareQuery('  <b>清遠工信局</b>　辦理ＡＢＣ  ')).toEqual({ display: '清遠工信局 辦理ＡＢＣ', normalized: '清远工信局 办理abc' });
  });
  it('says why a question cannot be searched', () => {
    expect(prepareQuery(' \n ')).toEqual({ problem: 'empty' });
    expect(prepareQuery('问'.repeat(501))).toEqual({ problem: 'too_long' });
    expect(prepareQuery('🙂？！')).toEqual({ problem: 'no_words' });
  });
});

describe('report names in a question', () => {
  const aliases = new Map([
    ['fz', reportAliases(meta('福州市工业和信息化局', ['福建省', '福州市']))],
    ['gx', reportAliases(meta('福州高新技术产业开发区管理委员会', ['福建省', '福州市', '高新区']))],
    ['qy', reportAliases(meta('清远市工业和信息化局', ['广东省', '清远市']))],
    ['ss', reportAliases(meta('石狮市人民政府', ['福建省', '泉州市', '石狮市']))],
  ]);
  it('recognises common short forms of a body', () => {
    expect(namedReports('清远工信局开展了多少次行政检查', aliases)).toEqual(['qy']);
    expect(namedReports('福州工信局受理了多少来信来访', aliases)).toEqual(['fz']);
    expect(namedReports('石狮市场主体总数', aliases)).toEqual(['ss']);
    expect(namedReports('高新区接待了多少劳动纠纷', aliases)).toEqual(['gx']);
  });
  it('names a place by the everyday form of its official autonomous name', () => {
    const jp = new Map([['jp', reportAliases(meta('中共金平县委、金平县人民政府', ['云南省', '红河哈尼族彝族自治州', '金平苗族瑶族傣族自治县']))], ['nm', reportAliases(meta('内蒙古自治区人民政府', ['内蒙古自治区']))]]);
    expect(namedReports('金平县人大常委会审议了什么', jp)).toEqual(['jp']);
    expect(namedReports('红河州各县怎么推进述法', jp)).toEqual(['jp']);
    expect(namedReports('内蒙古开展了多少次学习培训', jp)).toEqual(['nm']);
  });
  it('names every body of a kind when only the kind is given, and none for generic words', () => {
    expect(namedReports('工信局怎么开展行政检查', aliases).sort()).toEqual(['fz', 'qy']);
    expect(namedReports('法治政府建设怎么推进', aliases)).toEqual([]);
  });
});

describe('diversifyByReport', () => {
  it('gives every report a turn before one report takes more than its share', () => {
    const ranked = [{ reportId: 'a', n: 1 }, { reportId: 'a', n: 2 }, { reportId: 'a', n: 3 }, { reportId: 'b', n: 4 }];
    expect(diversifyByReport(ranked, 2).map((r) => r.n)).toEqual([1, 2, 4, 3]);
  });
  it('recognises questions about several places', () => {
    expect(asksAboutManyPlaces('各地是怎么开展普法宣传的')).toBe(true);
    expect(asksAboutManyPlaces('石狮怎么开展普法宣传')).toBe(false);
  });
});

describe('translateEnglish', () => {
  it('maps domain phrases longest first and keeps numbers', () => {
    const words = translateEnglish('how many letters and visits did the fuzhou industry bureau handle in 2024');
    expect(words).toContain('来信来访');
    expect(words).toContain('福州');
    expect(words).toContain('工信局');
    expect(words).toContain('2024');
  });
});

describe('calibrateThresholds', () => {
  it('puts the threshold in the middle of the gap between in-scope and out-of-scope evidence', () => {
    const points = [
      { features: { similarity: 0.7, coverage: 0.5 }, inScope: true },
      { features: { similarity: 0.6, coverage: 0.8 }, inScope: true },
      { features: { similarity: 0.4, coverage: 0 }, inScope: false },
      { features: { similarity: 0.5, coverage: 0.1 }, inScope: false },
    ];
    const result = calibrateThresholds(points);
    expect(result.recall).toBe(1);
    expect(result.rejection).toBe(1);
    expect(result.margin).toBeGreaterThan(0);
  });
});

describe('analyzeQuestion', () => {
  const corpus = {
    aliases: new Map([
      ['ss', reportAliases(meta('石狮市人民政府', ['福建省', '泉州市', '石狮市']))],
      ['qy', reportAliases(meta('清远市工业和信息化局', ['广东省', '清远市']))],
    ]),
    wordCounts: new Map([['法律顾问', 3]]),
    bigramCounts: new Map<string, number>(),
    vocabulary: () => new Map([['法律顾问', 3]]),
  };
  const analyze = (q: string) => {
    const a = analyzeQuestion(q, corpus);
    if ('problem' in a) throw new Error(a.problem);
    return a;
  };
  it('reads the named report once and takes its name out of the topic words and the embedded text', () => {
    const a = analyze('石狮怎么推进法律顾问全覆盖的');
    expect(a.named).toEqual(['ss']);
    expect(a.terms.words).not.toContain('石狮');
    expect(a.terms.words).toContain('法律顾问');
    expect(a.topicText).not.toContain('石狮');
  });
  it('gives an English question the glossary words before its own text', () => {
    const a = analyze('How does Shishi handle administrative reconsideration?');
    expect(a.english).toContain('行政复议');
    expect(a.searchText.startsWith(a.english)).toBe(true);
    expect(a.named).toEqual(['ss']);
  });
  it('notes several places, unknown places and the year asked about', () => {
    expect(analyze('各地是怎么开展普法宣传的').manyPlaces).toBe(true);
    expect(analyze('石狮怎么开展普法宣传的').manyPlaces).toBe(false);
    // An English question about every place reads as its Chinese twin (各地), embedded as its glossary words.
    for (const q of ['How do different places handle administrative reconsideration?', 'How does each city handle petitions?', 'Compare legal advisers across the country', 'Which places have legal advisers?', 'How do the various departments handle complaints?']) {
      expect(analyze(q).manyPlaces, q).toBe(true);
      expect(analyze(q).topicText, q).not.toMatch(/[a-z]/u);
    }
    expect(analyze('How does Shishi handle administrative reconsideration?').manyPlaces).toBe(false);
    expect(analyze('How does the government handle administrative reconsideration?').manyPlaces).toBe(false);
    expect(analyze('上海市的法律顾问制度').unknownPlaces).toEqual(['上海市']);
    // A place jieba does not tag as one is still read through the division dataset.
    expect(analyze('保定市法治政府建设做了哪些工作').unknownPlaces).toEqual(['保定市']);
    expect(analyze('上海法治政府建设').unknownPlaces).toEqual(['上海市']);
    expect(analyze('泉州市行政复议').unknownPlaces).toEqual([]);
    // Tiers of government that jieba tags as places name every place of a kind.
    for (const q of ['各县区如何落实第一责任人职责', '各省市如何推进行政复议', '各乡镇怎么做合法性审查']) expect(analyze(q).unknownPlaces, q).toEqual([]);
    // Places named in English, read through their pinyin: unknown only when no place it may stand for is known.
    expect(analyze('Hainan administrative reconsideration').unknownPlaces).toEqual([expect.stringMatching(/^Hainan（.*海南省.*）$/u)]);
    expect(analyze('What did Baoding do on legal advisers?').unknownPlaces).toEqual(['Baoding（保定市）']);
    expect(analyze('How does Shishi handle administrative reconsideration?').unknownPlaces).toEqual([]);
    // A known place named in English names its report and filters by its place, as its Chinese name would.
    const english = analyze('How does Shishi handle administrative reconsideration?');
    expect(english.named).toEqual(['ss']);
    expect(english.filter.places?.map((p) => p.name)).toEqual(['石狮市']);
    expect(analyze('石狮２０２３年行政复议申请多少件').askedYear).toBe(2023);
    expect(analyze('行政复议申请多少件').askedYear).toBeUndefined();
  });
  it('refuses what cannot be searched by the one rule', () => {
    expect(analyzeQuestion('<b></b>', corpus)).toEqual({ problem: 'empty' });
  });
});

describe('checkQuestion', () => {
  it('counts characters as code points, not UTF-16 units', () => {
    expect(checkQuestion('𠀀'.repeat(500))).toEqual({ ok: true, display: '𠀀'.repeat(500) });
    expect(checkQuestion('问'.repeat(501))).toEqual({ ok: false, problem: 'too_long', length: 501 });
  });
  it('folds whitespace, drops markup and refuses the wordless', () => {
    expect(checkQuestion('  法律顾问 \n\n 制度 ')).toEqual({ ok: true, display: '法律顾问 制度' });
    expect(checkQuestion('<b>法律顾问</b>')).toEqual({ ok: true, display: '法律顾问' });
    expect(checkQuestion('👍🎉！？…')).toEqual({ ok: false, problem: 'no_words', length: 5 });
    expect(checkQuestion(' \n ')).toEqual({ ok: false, problem: 'empty', length: 0 });
  });
});

describe('yearMismatch', () => {
  it('notes a year asked about that no quoted report covers', () => {
    expect(yearMismatch(2024, [2023])).toEqual({ asked: 2024, covered: [2023] });
    expect(yearMismatch(2023, [2023])).toBeUndefined();
    expect(yearMismatch(undefined, [2023, 2024])).toBeUndefined();
  });
});
