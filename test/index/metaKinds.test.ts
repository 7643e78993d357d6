import { describe, expect, it } from 'vitest';
import { issuerFromTitle } from '../../index/parse/meta/findIssuer.js';
import { parseReport } from '../../index/parse/parseReport.js';

const opening = '\n一、主要工作\n（一）深入学习贯彻习近平法治思想。把学习贯彻习近平法治思想纳入理论学习中心组学习内容，全年开展专题学习6次。\n';

describe('titles that start with their year or carry a subtitle', () => {
  it('passes over a year printed before the issuer, in Arabic or Chinese numerals, after 关于 or not', () => {
    expect(issuerFromTitle('2023年度宁德市司法局法治政府建设工作情况报告', '')).toBe('宁德市司法局');
    expect(issuerFromTitle('2023年宁德市法治政府建设情况报告', '')).toBe('宁德市人民政府');
    expect(issuerFromTitle('二〇二三年霞浦县法治政府建设情况报告', '')).toBe('霞浦县人民政府');
    expect(issuerFromTitle('关于2023年度霞浦县法治政府建设情况的报告', '')).toBe('霞浦县人民政府');
    expect(issuerFromTitle('2023年法治政府建设年度报告', '')).toBeUndefined();
  });

  it('reads the issuer of a slogan title from its subtitle, and of a cover letter from the report it quotes', () => {
    expect(issuerFromTitle('践行法治理念 护航高质量发展——福鼎市2023年度法治政府建设情况报告', '')).toBe('福鼎市人民政府');
    // A cover letter's title quotes the report it carries; a quoted title without an issuer leaves the letter's.
    expect(issuerFromTitle('关于报送《霞浦县2023年度法治政府建设情况报告》的函', '')).toBe('霞浦县人民政府');
    expect(issuerFromTitle('霞浦县司法局关于报送《2023年度法治政府建设情况报告》的报告', '')).toBe('霞浦县司法局');
    const { meta } = parseReport(`践行法治理念 护航高质量发展\n——福鼎市2023年度法治政府建设情况报告\n一年来，各项工作扎实推进。${opening}`, 'x.txt');
    expect(meta).toMatchObject({ org: '福鼎市人民政府', region: ['福建省', '宁德市', '福鼎市'], level: 'county', year: 2023 });
  });

  it('reads a title printed over three lines whole', () => {
    const { meta } = parseReport(`霞浦县人民政府\n关于2023年度法治政府建设\n情况的报告\n宁德市人民政府：${opening}`, 'x.txt');
    expect(meta).toMatchObject({ org: '霞浦县人民政府', title: '霞浦县人民政府关于2023年度法治政府建设情况的报告', year: 2023, titleInferred: false });
  });
});

describe('the governments of 地区 and 盟', () => {
  it('names a 地区 or 盟 government 行政公署, never 人民政府, and ranks it as a prefecture', async () => {
    const { regionOf } = await import('../../index/parse/meta/regionOf.js');
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    expect(issuerFromTitle('兴安盟2023年法治政府建设情况报告', '')).toBe('兴安盟行政公署');
    expect(issuerFromText('2023年，阿里地区坚持以习近平法治思想为指导。', '')).toBe('阿里地区行政公署');
    expect(issuerFromText('2023年，盟委、行署坚持以习近平法治思想为指导。', '锡林郭勒盟法治政府建设取得新成效')).toBe('中共锡林郭勒盟委、锡林郭勒盟行政公署');
    expect(regionOf('锡林郭勒盟行政公署', '')).toMatchObject({ region: ['内蒙古自治区', '锡林郭勒盟'], level: 'city' });
    expect(regionOf('阿里地区行署', '')).toMatchObject({ region: ['西藏自治区', '阿里地区'], level: 'city' });
    expect(regionOf('阿里地区司法局', '')).toMatchObject({ level: 'department', departmentOf: 'city' });
    // A 州 or a 县 keeps its 人民政府.
    expect(issuerFromTitle('楚雄州2023年法治政府建设情况报告', '')).toBe('楚雄州人民政府');
  });

  it('reads a 行政公署 letterhead and title', () => {
    const { meta } = parseReport(`兴安盟行政公署文件\n兴署发〔2024〕3号\n兴安盟行政公署关于2023年度法治政府建设情况的报告\n自治区人民政府：\n2023年，全盟坚持以习近平法治思想为指导。${opening}`, 'x.txt');
    expect(meta).toMatchObject({ org: '兴安盟行政公署', region: ['内蒙古自治区', '兴安盟'], level: 'city', year: 2023 });
  });
});

describe("a province's departments named by their kind or by 我厅", () => {
  it('joins 我厅/本厅 with the 厅 the text names under a place, and keeps it a province department', () => {
    const text = `2023年，我厅深入学习贯彻习近平法治思想，印发《福建省住房和城乡建设厅2023年法治政府建设工作要点》，扎实推进依法行政。${opening}`;
    expect(parseReport(text, 'x.txt').meta).toMatchObject({ org: '福建省住房和城乡建设厅', region: ['福建省'], level: 'department', departmentOf: 'province', year: 2023 });
  });

  it('places 省政府办公厅, 自治区司法厅 and 市政府办公室 by the place of that kind the text names, under its official name', async () => {
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    expect(issuerFromText('2023年，省政府办公厅坚持以习近平法治思想为指导。', '落实《广东省人民政府办公厅2023年度法治建设工作要点》')).toBe('广东省人民政府办公厅');
    expect(issuerFromText('2023年，自治区司法厅坚持以习近平法治思想为指导。', '推动广西法治政府建设取得新成效')).toBe('广西壮族自治区司法厅');
    expect(issuerFromText('2023年，市政府办公室坚持以习近平法治思想为指导。', '服务宁德市法治政府建设大局')).toBe('宁德市人民政府办公室');
  });
});

describe('central bodies and Hong Kong forms', () => {
  it('reads central bodies whose names end in 人民银行 or 监会 as issuers without a place', () => {
    expect(issuerFromTitle('中国人民银行2023年法治政府建设情况报告', '')).toBe('中国人民银行');
    expect(issuerFromTitle('中国证监会2023年法治政府建设情况报告', '')).toBe('中国证监会');
    const { meta } = parseReport(`中国证监会2023年法治政府建设情况报告\n2023年，证监会坚持以习近平法治思想为指导。${opening}`, 'x.txt');
    expect(meta).toMatchObject({ org: '中国证监会', region: [], level: 'department', year: 2023 });
  });

  it('simplifies the Hong Kong and Macao variant forms of a converted report (衞 → 卫), keeping its script', () => {
    const { meta } = parseReport(`廣州市衞生健康委員會2023年法治政府建設年度報告\n2023年，市衞生健康委堅持以習近平法治思想為指導。${opening}`, 'x.txt');
    expect(meta).toMatchObject({ org: '广州市卫生健康委员会', region: ['广东省', '广州市'], level: 'department', departmentOf: 'city', script: 'traditional' });
  });
});

describe('the Xinjiang Production and Construction Corps', () => {
  it('reads the Corps, its 师 (with the city it governs) and 团, ranked province, prefecture and county', async () => {
    const { regionOf } = await import('../../index/parse/meta/regionOf.js');
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    expect(issuerFromTitle('新疆生产建设兵团2023年法治政府建设情况报告', '')).toBe('新疆生产建设兵团');
    expect(issuerFromTitle('第一师阿拉尔市2023年法治政府建设情况报告', '')).toBe('第一师阿拉尔市');
    expect(issuerFromTitle('兵团司法局2023年法治政府建设情况报告', '')).toBe('新疆生产建设兵团司法局');
    expect(issuerFromText('2023年，兵团坚持以习近平法治思想为指导。', '')).toBe('新疆生产建设兵团');
    expect(regionOf('新疆生产建设兵团', '')).toMatchObject({ region: ['新疆维吾尔自治区', '新疆生产建设兵团'], regionCodes: ['65', ''], level: 'province' });
    expect(regionOf('新疆生产建设兵团第八师石河子市', '')).toMatchObject({
      region: ['新疆维吾尔自治区', '新疆生产建设兵团', '第八师', '石河子市'],
      regionCodes: ['65', '', '', '659001'],
      level: 'city',
    });
    expect(regionOf('第八师一四三团', '')).toMatchObject({ region: ['新疆维吾尔自治区', '新疆生产建设兵团', '第八师', '一四三团'], level: 'county' });
    expect(regionOf('新疆生产建设兵团司法局', '')).toMatchObject({ level: 'department', departmentOf: 'province' });
    // Xinjiang's own governments are not the Corps.
    expect(regionOf('石河子市人民政府', '')).toMatchObject({ region: ['新疆维吾尔自治区', '石河子市'], level: 'county' });
  });

  it('reads a Corps letterhead', () => {
    const { meta } = parseReport(`新疆生产建设兵团文件\n新兵发〔2024〕3号\n关于2023年度法治政府建设情况的报告\n2023年，兵团坚持以习近平法治思想为指导。${opening}`, 'x.txt');
    expect(meta).toMatchObject({ org: '新疆生产建设兵团', level: 'province', year: 2023 });
  });
});

describe('a date printed under the title', () => {
  it('reads a date in Chinese numerals under the title as the date line, not as the first passage or the covered year', () => {
    for (const line of ['（二〇二四年一月十五日）', '二〇二四年一月十五日']) {
      const { meta, passages } = parseReport(`霞浦县人民政府关于法治政府建设情况的报告\n${line}\n一年来，霞浦县坚持以习近平法治思想为指导。${opening}`, 'x.txt');
      expect(meta).toMatchObject({ org: '霞浦县人民政府', date: '2024-01-15', year: 2023 });
      expect(passages[0]?.text).toBe('一年来，霞浦县坚持以习近平法治思想为指导。');
    }
  });
});

describe('the issuer the opening sentence names', () => {
  it('reads a place\'s Party committee and government named together as the joint issuer', async () => {
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    expect(issuerFromText('2023年，霞浦县委、县政府坚持以习近平法治思想为指导。', '')).toBe('中共霞浦县委、霞浦县人民政府');
    expect(issuerFromText('2023年，中共思明区委、思明区人民政府坚持以习近平法治思想为指导。', '')).toBe('中共思明区委、思明区人民政府');
  });

  it('never takes for the issuer a place whose government the text says leads it', async () => {
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    const opening = '2023年，在泉州市委、市政府的坚强领导下，我市坚持以习近平法治思想为指导，认真落实泉州市法治政府建设部署，按照泉州市要求推进各项工作。';
    expect(issuerFromText(opening, `${opening}晋江市行政复议体制改革扎实推进。`)).toBe('晋江市人民政府');
    // A person could not tell which 市 says 我市 here: no guess.
    expect(issuerFromText(opening, opening)).toBeUndefined();
    // Led by its Party committee alone, a government is still itself.
    expect(issuerFromText('2023年，在海东市委的坚强领导下，我市坚持…', '在海东市委的坚强领导下，我市坚持…海东市')).toBe('海东市人民政府');
  });
});

describe('我区 in an autonomous region', () => {
  it("reads 我区 as a district's when the text names the district more than it says 自治区, else as the region's", async () => {
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    const district = '2023年，在南宁市委、市政府和自治区司法厅的指导下，我区坚持以习近平法治思想为指导，青秀区法治政府建设取得新成效。青秀区全面落实自治区党委部署，青秀区行政复议案件办理质量提升，青秀区开展执法检查。';
    expect(issuerFromText(district, district)).toBe('南宁市青秀区人民政府');
    const region = '2023年，我区坚持以习近平法治思想为指导，自治区党委、政府高度重视，广西法治政府建设取得新成效。自治区人民政府常务会议专题学习，南宁市青秀区等地开展试点，自治区司法厅牵头推进。';
    expect(issuerFromText(region, region)).toBe('广西壮族自治区人民政府');
  });
});

describe('prefectures without counties', () => {
  it('ranks 东莞市 and 中山市 as prefectures and places their towns right under them', async () => {
    const { regionOf } = await import('../../index/parse/meta/regionOf.js');
    expect(regionOf('东莞市人民政府', '')).toMatchObject({ region: ['广东省', '东莞市'], regionCodes: ['44', '4419'], level: 'city' });
    expect(regionOf('中山市司法局', '')).toMatchObject({ region: ['广东省', '中山市'], level: 'department', departmentOf: 'city' });
    expect(regionOf('东莞市虎门镇人民政府', '')).toMatchObject({ region: ['广东省', '东莞市', '虎门镇'], level: 'township' });
  });
});

describe('a date line without its day', () => {
  it('dates the covered year from 2024年2月 under the signature', async () => {
    const { closingMonth } = await import('../../index/parse/meta/dates.js');
    expect(closingMonth(['霞浦县人民政府', '2024年2月'])).toBe('2024-02');
    expect(closingMonth(['霞浦县人民政府 二〇二四年元月'])).toBe('2024-01');
    const { meta } = parseReport(`关于法治政府建设情况的报告\n一年来，霞浦县坚持以习近平法治思想为指导。${opening}霞浦县人民政府\n2024年2月\n`, 'x.txt');
    expect(meta).toMatchObject({ org: '霞浦县人民政府', year: 2023 });
    expect(meta.date).toBeUndefined();
  });
});

describe('a signature with its date in Chinese numerals on the same line', () => {
  it('reads the date after a space as the date, not as a second signer', async () => {
    const { closingDate } = await import('../../index/parse/meta/dates.js');
    const { findIssuer } = await import('../../index/parse/meta/findIssuer.js');
    expect(closingDate(['汝城县人民政府 二〇二四年一月十五日'])).toBe('2024-01-15');
    const clues = { header: [], pageFields: [], opening: '', body: '' };
    expect(findIssuer({ ...clues, closing: ['中共汝城县委 汝城县人民政府 二〇二四年一月十五日'] })?.org).toBe('中共汝城县委 汝城县人民政府');
  });
});

describe('bodies named by their kind in a title, and 我委 of a short-named commission', () => {
  it('places a title\'s 市司法局 or 县人民政府 by the place of that kind the text names', () => {
    expect(issuerFromTitle('市司法局2023年法治政府建设年度报告', '2023年，我局在宁德市委、市政府的坚强领导下，服务宁德市高质量发展。')).toBe('宁德市司法局');
    expect(issuerFromTitle('县人民政府关于2023年度法治政府建设情况的报告', '在县委的坚强领导下，霞浦县法治政府建设取得新成效。')).toBe('霞浦县人民政府');
    expect(issuerFromTitle('霞浦县人民政府（2023年度）法治政府建设情况报告', '')).toBe('霞浦县人民政府');
    // A name cut from its place is no issuer.
    expect(issuerFromTitle('人民政府关于2023年度法治政府建设情况的报告', '')).toBeUndefined();
  });

  it('joins 我委 with a commission the text names by its short name, never with the Party\'s 市委', async () => {
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    const text = '2023年，我委坚持以习近平法治思想为指导，在宁德市委、市政府领导下，宁德市发展改革委法治建设取得新成效，宁德市发展改革委全年审查规范性文件12件。';
    expect(issuerFromText(text, text)).toBe('宁德市发展改革委');
    const full = '2023年，我委坚持以习近平法治思想为指导，认真落实《宁德市发展和改革委员会2023年法治政府建设工作要点》，宁德市委政法委、宁德市委督查。';
    expect(issuerFromText(full, full)).toBe('宁德市发展和改革委员会');
  });
});

describe('covered years the title or date line give less plainly', () => {
  it('reads a bracketed year before the title and a year printed without 年', async () => {
    const { coveredYear } = await import('../../index/parse/meta/coveredYear.js');
    expect(coveredYear('（2023年度）霞浦县法治政府建设情况报告', '', undefined).year).toBe(2023);
    expect(coveredYear('霞浦县2023法治政府建设年度报告', '', undefined).year).toBe(2023);
    // A bracketed document number before the title still does not vote.
    expect(coveredYear('[天政发〔2026〕7号]天水市人民政府关于2025年法治政府建设情况的报告', '', undefined).year).toBe(2025);
  });

  it('takes a report signed in November or December for that year, one signed early in a year for the year before', async () => {
    const { coveredYear } = await import('../../index/parse/meta/coveredYear.js');
    expect(coveredYear(undefined, '今年以来，…', '2024-12-20').year).toBe(2024);
    expect(coveredYear(undefined, '今年以来，…', '2024-11-05').year).toBe(2024);
    expect(coveredYear(undefined, '一年来，…', '2024-02-20').year).toBe(2023);
  });
});

describe('the subject of an opening sentence whatever verb follows it', () => {
  it('reads the place, government or department an opening sentence starts with', async () => {
    const { issuerFromText } = await import('../../index/parse/meta/issuerFromText.js');
    const read = (rest: string): string | undefined => issuerFromText(`2023年，${rest}，取得新成效。`, '');
    expect(read('霞浦县深化法治政府建设')).toBe('霞浦县人民政府');
    expect(read('霞浦县聚力推进法治政府建设')).toBe('霞浦县人民政府');
    expect(read('霞浦县践行习近平法治思想')).toBe('霞浦县人民政府');
    expect(read('霞浦县各级行政机关坚持依法行政')).toBe('霞浦县人民政府');
    expect(read('霞浦县委、县政府聚力推进法治建设')).toBe('中共霞浦县委、霞浦县人民政府');
    expect(read('霞浦县司法局聚力推进法治建设')).toBe('霞浦县司法局');
    expect(read('霞浦县住房和城乡建设局聚力推进法治建设')).toBe('霞浦县住房和城乡建设局');
    expect(read('霞浦县聚力推进法治政府建设工作局面')).toBe('霞浦县人民政府');
  });
});
