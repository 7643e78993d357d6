import { describe, expect, it } from 'vitest';
import type { ReportMeta } from '../../index/index.js';
import { reportAliases, reportNames, unreportedBody } from '../../retrieval/analysis/index.js';

const meta = (id: string, org: string, region: string[]): ReportMeta => ({ id, org, region, title: org, year: 2021, sourceFile: `${id}.txt`, script: 'simplified' });
const REPORTS = [meta('sy', '沈阳市人民政府', ['辽宁省', '沈阳市']), meta('gx', '福州市工业和信息化局', ['福建省', '福州市']), meta('hz', '福州高新技术产业开发区管理委员会', ['福建省', '福州市'])];
const aliases = new Map(REPORTS.map((r) => [r.id, reportAliases(r)]));
const body = (question: string) => unreportedBody(question, reportNames(aliases).named(question), aliases);

describe('unreportedBody', () => {
  it('reads a body named by the place of a report that is another body of that place', () => {
    expect(body('沈阳市司法局2025年推进法治政府建设情况')).toBe('沈阳市司法局');
    expect(body('沈阳市卫健委怎么做')).toBe('沈阳市卫健委');
    expect(body('沈阳市住房和城乡建设局怎么做')).toBe('沈阳市住房和城乡建设局');
    expect(body('沈阳市场监管局行政执法')).toBe('沈阳市场监管局');
    expect(body('沈阳市人民政府办公室的做法')).toBe('沈阳市人民政府办公室');
    expect(body('沈阳市中级人民法院')).toBe('沈阳市中级人民法院');
    expect(body('福州市司法局怎么做')).toBe('福州市司法局');
  });

  it('reads none when the question names the report\'s own body, or only a place and a topic', () => {
    for (const q of ['沈阳市政府推进法治政府建设情况', '沈阳市人民政府行政复议', '沈阳怎么推进普法', '沈阳市行政复议怎么做', '沈阳市法律顾问', '沈阳市各部门', '沈阳市干部学法', '沈阳市优化营商环境布局', '沈阳市委托第三方评估', '福州工信局怎么做', '福州高新区管委会行政执法', '上海市司法局怎么做']) {
      expect(body(q), q).toBeUndefined();
    }
  });
});
