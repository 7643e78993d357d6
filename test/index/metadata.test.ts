import { describe, expect, it } from 'vitest';
import { coveredYear } from '../../index/parse/meta/coveredYear.js';
import { closingDate, parseDate } from '../../index/parse/meta/dates.js';
import { detectScript } from '../../index/parse/meta/detectScript.js';
import { findIssuer, issuerFromTitle } from '../../index/parse/meta/findIssuer.js';
import { issuerFromText } from '../../index/parse/meta/issuerFromText.js';
import { regionOf } from '../../index/parse/meta/regionOf.js';
import { resolveRegion } from '../../index/parse/meta/resolveRegion.js';

describe('issuer', () => {
  it('reads the issuer before 关于 or the year of a title, completing a place to its government', () => {
    expect(issuerFromTitle('石狮市人民政府关于2023年度法治政府建设情况的报告', '')).toBe('石狮市人民政府');
    expect(issuerFromTitle('福州市工业和信息化局2024年法治政府建设工作报告', '')).toBe('福州市工业和信息化局');
    expect(issuerFromTitle('北京市2021年法治政府建设年度情况报告', '')).toBe('北京市人民政府');
    expect(issuerFromTitle('静海区2023年度法治政府建设情况报告', '')).toBe('天津市静海区人民政府');
    expect(issuerFromTitle('山东省2023年度法治政府建设情况', '')).toBe('山东省人民政府');
    expect(issuerFromTitle('关于那曲市色尼区2025年度法治政府建设情况的报告', '')).toBe('那曲市色尼区人民政府');
    expect(issuerFromTitle('关于二〇二三年度法治政府建设情况的报告', '')).toBeUndefined();
    expect(issuerFromTitle('司法部2023年法治政府建设年度报告', '')).toBe('司法部');
    expect(issuerFromTitle('国家税务总局关于2022年法治政府建设情况的报告', '')).toBe('国家税务总局');
    expect(issuerFromTitle('市政府关于2023年法治政府建设情况的报告', '')).toBeUndefined();
  });

  it('reads the issuer from a two-line title, a letterhead, the page fields or the signature', () => {
    const clues = { header: [], pageFields: [], closing: [], opening: '', body: '' };
    expect(findIssuer({ ...clues, title: '大英县人民政府关于2022年度法治政府建设情况的报告' })?.org).toBe('大英县人民政府');
    expect(findIssuer({ ...clues, header: ['石狮市人民政府文件'] })).toEqual({ org: '石狮市人民政府', source: 'letterhead' });
    expect(findIssuer({ ...clues, pageFields: ['县司法局', '惠安县交通运输局'] })?.org).toBe('惠安县交通运输局');
    expect(findIssuer({ ...clues, pageFields: ['陕西日报'] })).toBeUndefined();
    expect(findIssuer({ ...clues, closing: ['青禾县人民政府', '二〇二四年一月十五日'] })?.org).toBe('青禾县人民政府');
    // A joint signature of the Party committee and the government, and a date on the signature's own line.
    expect(findIssuer({ ...clues, closing: ['中共青禾县委 青禾县人民政府', '2024年1月15日'] })?.org).toBe('中共青禾县委 青禾县人民政府');
    expect(findIssuer({ ...clues, closing: ['中共汝城县委、汝城县人民政府', '二〇二四年一月十五日'] })?.org).toBe('中共汝城县委 汝城县人民政府');
    expect(findIssuer({ ...clues, closing: ['汝城县人民政府 2024年1月15日'] })?.org).toBe('汝城县人民政府');
    expect(findIssuer({ ...clues, closing: ['汝城县人民政府二〇二四年一月十五日'] })?.org).toBe('汝城县人民政府');
  });

  it('reads the issuer from the opening sentence and the self-references joined with the place the text names', () => {
    expect(issuerFromText('2023年，河东区坚持以习近平法治思想为指导。', '天津市河东区…')).toBe('天津市河东区人民政府');
    expect(issuerFromText('2025年,在市委、市政府的正确领导下,沈阳市司法局坚持…', '')).toBe('沈阳市司法局');
    expect(issuerFromText('2022年,元谋县县卫生健康局在县委、县政府的坚强领导下,深入…', '')).toBe('元谋县卫生健康局');
    expect(issuerFromText('2021年,我市始终坚持…', '2021年,我市始终坚持…《海东市2021年法治政府建设工作要点》《海东市…方案》')).toBe('海东市人民政府');
    expect(issuerFromText('2025年,县委、县政府坚持…', '印发《金平县党政主要负责人履行…办法》')).toBe('中共金平县委、金平县人民政府');
    const text = '2024年,我局坚持…制定了《中共清远市工业和信息化局党组理论学习中心组2024年度学习计划》《清远市工业和信息化局2024年法治教育学习计划》';
    expect(issuerFromText('2024年,我局坚持…', text)).toBe('清远市工业和信息化局');
    expect(issuerFromText('2024年,在连州市委、市政府和清远市局的决策部署下,我局始终坚持…', '《清远市市场监督管理局2024年法治政府建设工作要点》')).toBe('连州市市场监督管理局');
    expect(issuerFromText('市政府坚持以习近平法治思想为指导。', '市政府坚持以习近平法治思想为指导。')).toBeUndefined();
    expect(issuerFromText('2023年，自然资源部坚持以习近平法治思想为指导。', '')).toBe('自然资源部');
    expect(issuerFromText('一、主要举措', '一、主要举措\n县委、县政府充分发挥示范引领作用，印发《柳城县法治政府建设工作要点》。')).toBe('柳城县人民政府');
    expect(issuerFromText('2025年,县交通运输局在县委、县政府的正确领导下,坚持…', '落实《惠安县交通强县实施方案》,惠安县')).toBe('惠安县交通运输局');
  });
});

describe('region', () => {
  it('gives every issuer its full path with codes from the division dataset, most general first', () => {
    expect(resolveRegion('福州市工业和信息化局', '')).toMatchObject({ names: ['福建省', '福州市'], codes: ['35', '3501'] });
    expect(resolveRegion('天津市静海区人民政府', '').names).toEqual(['天津市', '静海区']);
    expect(resolveRegion('丰都县栗子乡人民政府', '').names).toEqual(['重庆市', '丰都县', '栗子乡']);
    expect(resolveRegion('金平县人民政府', '').names).toEqual(['云南省', '红河哈尼族彝族自治州', '金平苗族瑶族傣族自治县']);
    expect(resolveRegion('泉州市鲤城区人民政府', '').names).toEqual(['福建省', '泉州市', '鲤城区']);
  });

  it('settles a name several places share by the other places the text names, else keeps what is certain', () => {
    expect(resolveRegion('河东区人民政府', '').names).toEqual(['河东区']);
    expect(resolveRegion('河东区人民政府', '落实临沂市委部署').names).toEqual(['山东省', '临沂市', '河东区']);
    expect(resolveRegion('河东区人民政府', '在天津市委领导下').names).toEqual(['天津市', '河东区']);
    expect(resolveRegion('鼓楼区人民政府', '').names).toEqual(['鼓楼区']);
    expect(resolveRegion('中村乡人民政府', '在禄丰县委、县人民政府的统一领导下').names).toEqual(['云南省', '楚雄彝族自治州', '禄丰市', '中村乡']);
  });

  it('stores the level, and for a department whose', () => {
    expect(regionOf('福州市工业和信息化局', '')).toMatchObject({ level: 'department', departmentOf: 'city' });
    expect(regionOf('长沙市天心区坡子街街道办事处', '')).toMatchObject({ level: 'township' });
    expect(regionOf('中共海南省委 海南省人民政府', '')).toMatchObject({ level: 'province', region: ['海南省'] });
    expect(regionOf('青禾县人民政府', '')).toMatchObject({ level: 'county', region: [] });
  });

  it('ranks a development zone\'s management committee one tier below the government that set it up', () => {
    const zone = regionOf('福州高新区管委会', '');
    expect(zone).toMatchObject({ level: 'county' });
    expect(zone.region?.slice(0, 2)).toEqual(['福建省', '福州市']);
    expect(zone.departmentOf).toBeUndefined();
    expect(regionOf('苏州工业园区管理委员会', '')).toMatchObject({ level: 'county' }); // the dataset lists the zone itself at county level
    expect(regionOf('某某新区管委会', '')).not.toHaveProperty('level', 'department');
  });

  it('reads development zones and new areas as issuers: named, placed and ranked, never given a 人民政府 they do not have', () => {
    // A province's new area ranks with its cities; a municipality's with its districts.
    expect(issuerFromTitle('河北雄安新区2023年法治政府建设情况报告', '')).toBe('河北雄安新区');
    expect(regionOf('河北雄安新区', '')).toMatchObject({ region: ['河北省', '雄安新区'], level: 'city' });
    expect(regionOf('重庆两江新区', '')).toMatchObject({ region: ['重庆市', '两江新区'], level: 'county' });
    // The governing body the text names completes the name.
    expect(issuerFromTitle('河北雄安新区2023年法治政府建设情况报告', '雄安新区管委会坚持…')).toBe('河北雄安新区管委会');
    // A zone named after the county whose land it governs stands in that county's place.
    expect(issuerFromTitle('平潭综合实验区2023年法治政府建设情况报告', '')).toBe('平潭综合实验区');
    expect(issuerFromText('2023年，平潭综合实验区坚持以习近平法治思想为指导。', '')).toBe('平潭综合实验区');
    expect(regionOf('平潭综合实验区管理委员会', '')).toMatchObject({ region: ['福建省', '福州市', '平潭综合实验区'], level: 'county' });
    // A zone named after its city, not a city government; its departments belong to the zone.
    expect(issuerFromTitle('珠海高新区2023年法治政府建设情况报告', '')).toBe('珠海高新区');
    expect(regionOf('珠海高新区', '')).toMatchObject({ region: ['广东省', '珠海市', '珠海高新区'], level: 'county' });
    expect(regionOf('福州高新区经济发展局', '')).toMatchObject({ level: 'department', departmentOf: 'county' });
    // The data lists 北京经济技术开发区 as a township of 大兴区; the zone ranks with 北京市's districts.
    expect(issuerFromTitle('北京经济技术开发区2023年法治政府建设情况报告', '')).toBe('北京经济技术开发区');
    expect(regionOf('北京经济技术开发区', '')).toMatchObject({ level: 'county' });
    // Districts that are divisions keep their governments.
    expect(issuerFromTitle('天津市滨海新区2023年法治政府建设情况报告', '')).toBe('天津市滨海新区人民政府');
    expect(issuerFromTitle('上海市浦东新区2023年法治政府建设情况报告', '')).toBe('上海市浦东新区人民政府');
  });
});

describe('dates and year', () => {
  it('takes the signature date before the 印发 date', () => {
    expect(closingDate(['特此报告。', '石狮市人民政府', '2024年1月15日', '石狮市人民政府办公室', '2024年1月15日印发'])).toBe('2024-01-15');
    expect(closingDate(['抄送：市司法局。', '福州高新区党政办公室', '2024年2月2日印发'])).toBe('2024-02-02');
  });

  it('reads the covered year from the title, else the year before the date line, else the opening sentence', () => {
    expect(coveredYear('泉州市鲤城区人民政府关于2024年法治政府建设情况的报告', '2025年工作思路', '2025-01-21').year).toBe(2024);
    expect(coveredYear(undefined, '2024年,我局… 《纲要(2021-2025年)》 2024年度 2024年', undefined).year).toBe(2024);
    expect(coveredYear(undefined, '无年份', '2025-01-21').year).toBe(2024);
    expect(coveredYear('关于二〇二三年度法治政府建设情况的报告', '今年以来', '2024-01-15')).toEqual({ year: 2023, source: 'title', disagreements: [] });
    expect(coveredYear('关于二○二三年度…', '', undefined).year).toBe(2023);
    expect(coveredYear('关于二零二三年…的报告', '', undefined).year).toBe(2023);
  });

  it('lets no range or plan year vote, and keeps a disagreement as a note', () => {
    expect(coveredYear(undefined, '根据《法治政府建设实施纲要(2015—2020年)》，2017年，我市…', undefined).year).toBe(2017);
    expect(coveredYear(undefined, '(2021-2025年)规划', undefined).year).toBeNull();
    expect(coveredYear('某县2023年度法治政府建设情况报告', '2022年，我县…', '2024-01-10').disagreements).toEqual(['opening says 2022']);
  });

  it('reads dates written in Chinese numerals', () => {
    expect(parseDate('二〇二四年一月十五日')).toBe('2024-01-15');
    expect(parseDate('二○二四年十二月三十一日')).toBe('2024-12-31');
    expect(parseDate('2022年02月15日')).toBe('2022-02-15');
    expect(parseDate('二〇二四年元月八日')).toBe('2024-01-08');
    expect(closingDate(['青禾县人民政府', '二〇二四年一月十五日'])).toBe('2024-01-15');
    expect(closingDate(['中共青禾县委 青禾县人民政府 2024年1月5日'])).toBe('2024-01-05');
  });
});

describe('detectScript', () => {
  it('tells a traditional text from a simplified one with a stray traditional character', () => {
    expect(detectScript('我局堅持以習近平新時代中國特色社會主義思想為指導')).toBe('traditional');
    expect(detectScript('开通“入学一件事”服务，为全市超2万名中小學生提供线上报名服务。')).toBe('simplified');
  });
});
