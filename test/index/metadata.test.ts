import { describe, expect, it } from 'vitest';
import { coveredYear } from '../../index/parse/meta/coveredYear.js';
import { closingDate } from '../../index/parse/meta/dates.js';
import { detectScript } from '../../index/parse/meta/detectScript.js';
import { inferIssuer, issuerFromTitle } from '../../index/parse/meta/issuer.js';
import { inferRegion } from '../../index/parse/meta/region.js';

describe('issuer', () => {
  it('reads the issuer before 关于 or the year of a title', () => {
    expect(issuerFromTitle('石狮市人民政府关于2023年度法治政府建设情况的报告')).toBe('石狮市人民政府');
    expect(issuerFromTitle('福州市工业和信息化局2024年法治政府建设工作报告')).toBe('福州市工业和信息化局');
  });

  it('infers the issuer of an untitled report that calls itself 我局 from the 局 it names most', () => {
    const text = '2024年,我局坚持…制定了《中共清远市工业和信息化局党组理论学习中心组2024年度学习计划》《清远市工业和信息化局2024年法治教育学习计划》,通过清远市人民政府网站市工信局频道、《清远市工业和信息化局政府采购监督管理制度》';
    expect(inferIssuer(text)).toBe('清远市工业和信息化局');
    expect(inferIssuer('市政府坚持以习近平法治思想为指导。')).toBeUndefined();
  });
});

describe('inferRegion', () => {
  it('reads the units of the issuer name and the province the text mentions', () => {
    expect(inferRegion('泉州市鲤城区人民政府', '被福建电视台报道，经验被福建司法刊载')).toEqual(['福建省', '泉州市', '鲤城区']);
  });

  it('adds the superior city a county-level report names after the province', () => {
    expect(inferRegion('石狮市人民政府', '认真落实纲要及省、泉州市工作部署，依托福建省系统，落实《福建省赋予乡镇…》')).toEqual(['福建省', '泉州市', '石狮市']);
  });

  it('leaves the province out when the text does not name one', () => {
    expect(inferRegion('福州市工业和信息化局', '依据省“五级十五同”标准事项目录，在福州日报刊登')).toEqual(['福州市']);
  });
});

describe('dates and year', () => {
  it('takes the signature date before the 印发 date', () => {
    expect(closingDate(['特此报告。', '石狮市人民政府', '2024年1月15日', '石狮市人民政府办公室', '2024年1月15日印发'])).toBe('2024-01-15');
    expect(closingDate(['抄送：市司法局。', '福州高新区党政办公室', '2024年2月2日印发'])).toBe('2024-02-02');
  });

  it('reads the covered year from the title, else the text, else the year before issue', () => {
    expect(coveredYear('泉州市鲤城区人民政府关于2024年法治政府建设情况的报告', '2025年工作思路', '2025-01-21')).toBe(2024);
    expect(coveredYear(undefined, '2024年,我局… 《纲要(2021-2025年)》 2024年度 2024年', undefined)).toBe(2024);
    expect(coveredYear(undefined, '无年份', '2025-01-21')).toBe(2024);
  });
});

describe('detectScript', () => {
  it('tells a traditional text from a simplified one with a stray traditional character', () => {
    expect(detectScript('我局堅持以習近平新時代中國特色社會主義思想為指導')).toBe('traditional');
    expect(detectScript('开通“入学一件事”服务，为全市超2万名中小學生提供线上报名服务。')).toBe('simplified');
  });
});
