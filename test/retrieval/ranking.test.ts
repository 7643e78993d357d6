import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { calibrateThresholds } from '../../retrieval/calibrateThresholds.js';
import { asksAboutManyPlaces, diversifyByReport } from '../../retrieval/diversify.js';
import { fuseRanks } from '../../retrieval/fuseRanks.js';
import { prepareQuery } from '../../retrieval/prepareQuery.js';
import { namedReports, reportAliases } from '../../retrieval/reportAliases.js';
import { translateEnglish } from '../../retrieval/translateEnglish.js';
import { yearMismatch } from '../../retrieval/searcher.js';

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

describe('yearMismatch', () => {
  it('notes a year asked about that no quoted report covers', () => {
    expect(yearMismatch('石狮2024年行政复议申请多少件', [2023])).toEqual({ asked: 2024, covered: [2023] });
    expect(yearMismatch('石狮２０２３年行政复议申请多少件', [2023])).toBeUndefined();
    expect(yearMismatch('行政复议申请多少件', [2023, 2024])).toBeUndefined();
  });
});
