import { describe, expect, it } from 'vitest';
import { splitFrontMatter } from '../../../index/parse/clean/frontMatter.js';

const body = ['2023年，霞浦县坚持以习近平法治思想为指导，全面推进法治政府建设。'];

describe('titles printed over several lines', () => {
  it('joins a title printed on three lines: issuer, 关于…, and the end', () => {
    const split = splitFrontMatter(['霞浦县人民政府', '关于2023年度法治政府建设', '情况的报告', ...body]);
    expect(split).toMatchObject({ header: [], title: '霞浦县人民政府关于2023年度法治政府建设情况的报告', body });
  });

  it('joins a title cut mid-phrase without 关于, and an issuer above a title that starts with its year', () => {
    expect(splitFrontMatter(['霞浦县2023年度法治政府', '建设情况报告', ...body]).title).toBe('霞浦县2023年度法治政府建设情况报告');
    expect(splitFrontMatter(['宁德市司法局', '2023年度法治政府建设情况报告', ...body]).title).toBe('宁德市司法局2023年度法治政府建设情况报告');
    expect(splitFrontMatter(['霞浦县', '2023年度法治政府建设情况报告', ...body]).title).toBe('霞浦县2023年度法治政府建设情况报告');
    expect(splitFrontMatter(['霞浦县', '人民政府关于2023年度法治政府建设情况的报告', ...body]).title).toBe('霞浦县人民政府关于2023年度法治政府建设情况的报告');
  });

  it('joins a slogan title with its subtitle', () => {
    const split = splitFrontMatter(['践行法治理念 护航高质量发展', '——福鼎市2023年度法治政府建设情况报告', ...body]);
    expect(split).toMatchObject({ header: [], title: '践行法治理念 护航高质量发展——福鼎市2023年度法治政府建设情况报告' });
  });

  it('reads titles ending in 总结 or 汇报', () => {
    expect(splitFrontMatter(['霞浦县2023年法治政府建设工作总结', ...body]).title).toBe('霞浦县2023年法治政府建设工作总结');
    expect(splitFrontMatter(['关于2023年度法治政府建设工作情况的汇报', ...body]).title).toBe('关于2023年度法治政府建设工作情况的汇报');
  });

  it('never joins a letterhead, a document number, a date or a whole title of its own onto the title', () => {
    expect(splitFrontMatter(['霞浦县人民政府文件', '霞政〔2024〕3号', '2023年度法治政府建设情况报告', ...body])).toMatchObject({
      header: ['霞浦县人民政府文件', '霞政〔2024〕3号'],
      title: '2023年度法治政府建设情况报告',
    });
    expect(splitFrontMatter(['2024年1月15日', '2023年度法治政府建设情况报告', ...body]).title).toBe('2023年度法治政府建设情况报告');
    expect(splitFrontMatter(['霞浦县人民政府', '霞浦县2023年度法治政府建设情况报告', ...body]).title).toBe('霞浦县2023年度法治政府建设情况报告');
    // A site's name above a title that names its own place.
    expect(splitFrontMatter(['霞浦县', '霞浦县交通运输局2023年法治政府建设情况报告', ...body]).title).toBe('霞浦县交通运输局2023年法治政府建设情况报告');
    expect(splitFrontMatter(['霞浦县', '司法局2023年法治政府建设情况报告', ...body]).title).toBe('霞浦县司法局2023年法治政府建设情况报告');
  });
});
