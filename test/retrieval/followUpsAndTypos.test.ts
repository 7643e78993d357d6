import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { analyzeQuestion, previousQuestion, rememberedQuestion, reportAliases, reportsShownBefore, resolveFollowUp, suggestSpellings } from '../../retrieval/analysis/index.js';
import type { QuestionAnalysis } from '../../retrieval/analysis/index.js';

const meta = (org: string, region: string[]): ReportMeta => ({ id: org, org, region, title: org, year: 2024, sourceFile: 'x.txt', script: 'simplified' });
const corpus = {
  aliases: new Map([
    ['ss', reportAliases(meta('石狮市人民政府', ['福建省', '泉州市', '石狮市']))],
    ['fz', reportAliases(meta('福州市工业和信息化局', ['福建省', '福州市']))],
  ]),
  wordCounts: new Map([['法律顾问', 5], ['行政复议', 7], ['配备', 3], ['石狮', 4]]),
  bigramCounts: new Map(['法律', '律顾', '顾问', '行政', '政复', '复议', '配备', '石狮'].map((g) => [g, 3])),
  vocabulary: () => new Map([['法律顾问', 5], ['行政复议', 7], ['配备', 3], ['石狮', 4]]),
};
const analyze = (q: string): QuestionAnalysis => {
  const a = analyzeQuestion(q, corpus);
  if ('problem' in a) throw new Error(a.problem);
  return a;
};

describe('resolveFollowUp', () => {
  const previous = previousQuestion(analyze('福州工信局2024年法律顾问配备'));
  it('keeps the topic and takes the new place: 那石狮呢', () => {
    expect(resolveFollowUp(analyze('那石狮呢'), previous)).toBe('石狮 法律顾问配备');
  });
  it('keeps the place and replaces the year: 2023年的呢', () => {
    expect(resolveFollowUp(analyze('2023年的呢'), previous)).toBe('2023年 福州工信局 法律顾问配备');
  });
  it('asks every place: 还有别的地方吗', () => {
    expect(resolveFollowUp(analyze('还有别的地方吗'), previous)).toBe('各地 法律顾问配备');
  });
  it('leaves a question with a topic of its own alone', () => {
    expect(analyze('石狮行政复议').topicless).toBe(false);
    expect(resolveFollowUp(analyze('石狮行政复议'), previous)).toBeUndefined();
  });
  it('knows a question without a topic word', () => {
    expect(analyze('具体数据是多少').topicless).toBe(true);
  });
  it('leaves a longer question about a named body alone when it does not point back', () => {
    const about = analyze('石狮2023年做了哪些工作');
    expect(about.topicless).toBe(true);
    expect(resolveFollowUp(about, previous)).toBeUndefined();
    expect(resolveFollowUp(analyze('那石狮2023年做了哪些工作呢'), previous)).toBeDefined();
  });
  it('takes the one place named instead of "every place" asked before', () => {
    const everywhere = previousQuestion(analyze('各地法律顾问配备'));
    expect(resolveFollowUp(analyze('那石狮呢'), everywhere)).toBe('石狮 法律顾问配备');
  });

  it('leaves out the reports already quoted when asked for other places, and only then', () => {
    const shown = previousQuestion(analyze('石狮法律顾问配备'), ['ss', 'ss']);
    expect(shown.shownReports).toEqual(['ss']);
    expect(reportsShownBefore(analyze('还有别的地方吗'), shown)).toEqual(['ss']);
    expect(reportsShownBefore(analyze('那2023年的呢'), shown)).toEqual([]);
    expect(resolveFollowUp(analyze('还有别的地方吗'), previousQuestion(analyze('各地法律顾问配备')))).toBe('各地 法律顾问配备');
  });

  it('remembers the reports quoted on the same topic across the conversation, and forgets them on a new topic', () => {
    const first = rememberedQuestion(analyze('石狮法律顾问配备'), ['ss']);
    expect(rememberedQuestion(analyze('各地法律顾问配备'), ['fz'], first).shownReports).toEqual(['ss', 'fz']);
    expect(rememberedQuestion(analyze('各地行政复议'), ['fz'], first).shownReports).toEqual(['fz']);
  });
});

describe('suggestSpellings', () => {
  it('suggests the known word one character away, or sounding the same', () => {
    expect(suggestSpellings('法律顾同', corpus)).toEqual([{ typed: '法律顾同', known: '法律顾问' }]);
    expect(suggestSpellings('行政服议怎么办理', corpus)).toEqual([{ typed: '行政服议', known: '行政复议' }]);
  });
  it('suggests nothing for words the index knows', () => {
    expect(suggestSpellings('石狮法律顾问配备', corpus)).toEqual([]);
  });
  it('is part of the analysis, with the names left out', () => {
    expect(analyze('石狮法律顾同配备').spellings).toEqual([{ typed: '法律顾同', known: '法律顾问' }]);
  });
});
