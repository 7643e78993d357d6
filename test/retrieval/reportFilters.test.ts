import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { readFilters } from '../../retrieval/analysis/index.js';
import { filterChoices, kindOrder, placeOrder, selectReports } from '../../retrieval/rank/index.js';

const report = (id: string, org: string, region: string[], codes: string[], year: number, level: ReportMeta['level'], departmentOf?: ReportMeta['departmentOf']): ReportMeta => ({
  id, org, title: `${org}${year}年度法治政府建设情况报告`, region, regionCodes: codes, year, level, ...(departmentOf ? { departmentOf } : {}), sourceFile: `${id}.txt`, script: 'simplified',
});
const FUZHOU_GXJ = report('gxj', '福州市工业和信息化局', ['福建省', '福州市'], ['35', '3501'], 2024, 'department', 'city');
const SHISHI_23 = report('ss23', '石狮市人民政府', ['福建省', '泉州市', '石狮市'], ['35', '3505', '350581'], 2023, 'county');
const SHISHI_22 = report('ss22', '石狮市人民政府', ['福建省', '泉州市', '石狮市'], ['35', '3505', '350581'], 2022, 'county');
const GUANGZHOU = report('gz', '广州市人民政府', ['广东省', '广州市'], ['44', '4401'], 2023, 'city');
const YUEXIU = report('yx', '越秀区人民政府', ['广东省', '广州市', '越秀区'], ['44', '4401', '440104'], 2023, 'county');
const ALL = [FUZHOU_GXJ, SHISHI_23, SHISHI_22, GUANGZHOU, YUEXIU];

describe('filters read from a question', () => {
  it('reads a province by its short form, a tier, government or department, and what lies below a place', () => {
    expect(readFilters('福建各地如何开展行政复议', undefined)).toEqual({ places: [{ name: '福建省', code: '35', tier: 'province' }] });
    expect(readFilters('广州市各区法律顾问', 2023)).toMatchObject({ places: [{ name: '广州市' }], tier: 'county', below: true, year: 2023 });
    expect(readFilters('市级部门的合法性审查', undefined)).toEqual({ tier: 'city', kind: 'department' });
    expect(readFilters('清远工信局双随机', undefined)).toEqual({ places: [{ name: '清远市', code: '4418', tier: 'city' }] });
    expect(readFilters('县级政府如何落实', undefined)).toEqual({ tier: 'county', kind: 'government' });
    expect(readFilters('各省有哪些亮点', undefined)).toEqual({ tier: 'province' });
    expect(readFilters('各省市如何推进行政复议', undefined)).toEqual({});
  });

  it('does not read the content of a question as a filter: 法治政府, 地级市, 应急部门, 市政府常务会议, a common word', () => {
    expect(readFilters('如何推进法治政府建设', undefined)).toEqual({});
    expect(readFilters('哪个省让几个地级市的一把手述法', undefined)).toEqual({});
    expect(readFilters('哪个城市把应急部门拉进了领导机构', undefined)).toEqual({});
    expect(readFilters('市政府常务会议学法几次', undefined)).toEqual({});
    expect(readFilters('开展行政执法监督', undefined)).toEqual({});
  });
});

describe('reports selected by a filter', () => {
  it('reaches a city bureau from its province, and keeps a place no report is from to the unknown-place rule', () => {
    const selection = selectReports(ALL, readFilters('福建省行政执法', undefined));
    expect([...selection.allowed].sort()).toEqual(['gxj', 'ss23']);
    expect(selectReports(ALL, readFilters('上海市行政执法', undefined)).allowed.size).toBe(4);
  });

  it('takes the newest report of each issuer when no year is asked, and lists the older ones', () => {
    const selection = selectReports(ALL, {});
    expect(selection.allowed.has('ss22')).toBe(false);
    expect(selection.older.map((r) => r.id)).toEqual(['ss22']);
  });

  it('filters on the year asked, or notes that no report covers it', () => {
    expect([...selectReports(ALL, { year: 2022 }).allowed]).toEqual(['ss22']);
    expect(selectReports(ALL, { year: 2019 }).yearMissing).toEqual({ asked: 2019, covered: [2022, 2023, 2024] });
  });

  it("puts a city's own report first, or what lies below it when asked", () => {
    const candidates = [{ reportId: 'yx' }, { reportId: 'gz' }];
    const reports = new Map(ALL.map((r) => [r.id, r]));
    expect(placeOrder(candidates, reports, readFilters('广州市法律顾问', undefined)).map((c) => c.reportId)).toEqual(['gz', 'yx']);
    expect(placeOrder([...candidates].reverse(), reports, readFilters('广州市下辖各区法律顾问', undefined)).map((c) => c.reportId)).toEqual(['yx', 'gz']);
  });

  it('offers only values present in the results that narrow them', () => {
    const choices = filterChoices([FUZHOU_GXJ, SHISHI_23, GUANGZHOU], {});
    expect(choices.filter((c) => c.field === 'place').map((c) => c.value)).toEqual(['福建省', '广东省']);
    expect(choices.some((c) => c.field === 'year' && c.value === 2022)).toBe(false);
    expect(filterChoices([SHISHI_23], {})).toEqual([]);
  });
});

describe('passage kinds in an answer', () => {
  const kinds = { a: 'plan', b: 'practice', c: 'problem', d: 'practice' } as const;
  const kindOf = (id: keyof typeof kinds) => kinds[id];
  it('gives a practice question what was done only, and plans or shortcomings first when asked', () => {
    expect(kindOrder(['a', 'b', 'c', 'd'] as const, kindOf, [])).toEqual(['b', 'd']);
    expect(kindOrder(['a', 'c'] as const, kindOf, [])).toEqual(['a', 'c']);
    expect(kindOrder(['b', 'a', 'c', 'd'] as const, kindOf, ['plan'])).toEqual(['a', 'b', 'c', 'd']);
  });
});
