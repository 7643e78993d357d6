import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { chooseJudged } from '../../retrieval/chooseJudged.js';

const report = (id: string) => ({ id, org: id, region: [], title: id, year: 2024 }) as unknown as ReportMeta;
const reports = ['a', 'b', 'c', 'd', 'e', 'f'].map(report);
const ids = (list: ReportMeta[]) => list.map((r) => r.id);

describe('chooseJudged', () => {
  it('judges every report up to the limit', () => {
    expect(ids(chooseJudged(reports, new Map(), [], 6).judged)).toEqual(['a', 'b', 'c', 'd', 'e', 'f']);
  });

  it('past it, judges the reports naming the topic first (candidates first, then by passages naming it), then close ones', () => {
    const naming = new Map([['b', 1], ['c', 5], ['e', 2]]);
    const plan = chooseJudged(reports, naming, ['e', 'a', 'f'], 4);
    expect(ids(plan.judged)).toEqual(['e', 'c', 'b', 'a']);
    expect(ids(plan.unjudged)).toEqual([]);
    expect(ids(plan.silent)).toEqual(['d', 'f']);
  });

  it('counts the reports naming the topic that it could not judge, and never calls them silent', () => {
    const naming = new Map([['a', 1], ['b', 1], ['c', 1], ['d', 1]]);
    const plan = chooseJudged(reports, naming, [], 2);
    expect(ids(plan.judged)).toEqual(['a', 'b']);
    expect(ids(plan.unjudged)).toEqual(['c', 'd']);
    expect(ids(plan.silent)).toEqual(['e', 'f']);
  });

  it('calls no report silent unjudged when which ones name the topic cannot be told', () => {
    const plan = chooseJudged(reports, undefined, ['f'], 2);
    expect(ids(plan.judged)).toEqual(['f', 'a']);
    expect(plan.silent).toEqual([]);
    expect(plan.unjudged).toHaveLength(4);
  });
});
