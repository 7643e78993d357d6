import { describe, expect, it } from 'vitest';
import { dropPageChrome } from '../../../index/parse/clean/pageChrome.js';
import { normalizeText } from '../../../index/parse/clean/normalizeText.js';
import { docxParagraphs } from '../../../index/formats/docxParagraphs.js';
import { formatNumber } from '../../../index/formats/docxNumbering.js';
import { pdfParagraphs } from '../../../index/formats/pdfParagraphs.js';
import { headingMarker } from '../../../index/parse/headingMarker.js';
import { parseReport } from '../../../index/parse/parseReport.js';

describe('structure from a normalised view', () => {
  it('reads every common outline marker, full-width, compatibility or plain', () => {
    const levels = ['一、总体', '一.总体', '（一）加强', '(一)加强', '㈠加强', '1.制度', '1、制度', '１．制度', '（1）落实', '⑴落实', '①其一', '第一，加强']
      .map((line) => headingMarker(line)?.level);
    expect(levels).toEqual([1, 1, 2, 2, 2, 3, 3, 3, 4, 4, 5, 5]);
    expect(headingMarker('1.5万件')).toBeNull();
    expect(headingMarker('第一责任人')).toBeNull();
    expect(headingMarker('\u200B二、强化监督')?.level).toBe(1);
  });

  it('shows Kangxi radicals and full-width digits as their plain characters and drops invisible ones', () => {
    expect(normalizeText('⼀、推进依法⾏政\u200B，２０２３年\u00AD\uFEFF')).toBe('一、推进依法行政，2023年');
  });

  it('keeps a heading behind an invisible character off the body it precedes', () => {
    const raw = '某县人民政府关于2023年度法治政府建设情况的报告\n\u200B一、推进依法行政\n全年办理行政复议案件十件，办结率百分之百，纠错率较上年明显下降。\n\u2060（一）加强监督\n开展执法检查五次，发现问题全部整改到位，整改情况向社会公开。\n';
    const { passages } = parseReport(raw, 'x.txt');
    expect(passages.map((p) => [p.section.join(' › '), p.text])).toEqual([
      ['一、推进依法行政', '全年办理行政复议案件十件，办结率百分之百，纠错率较上年明显下降。'],
      ['一、推进依法行政 › （一）加强监督', '开展执法检查五次，发现问题全部整改到位，整改情况向社会公开。'],
    ]);
  });
});

describe('structure the format carries', () => {
  const xml = (paragraphs: string) => `<w:document><w:body>${paragraphs}</w:body></w:document>`;
  const p = (text: string, numId?: string, level = 0, style?: string) =>
    `<w:p><w:pPr>${style ? `<w:pStyle w:val="${style}"/>` : ''}${numId ? `<w:numPr><w:ilvl w:val="${level}"/><w:numId w:val="${numId}"/></w:numPr>` : ''}</w:pPr><w:r><w:t>${text}</w:t></w:r></w:p>`;
  const numbering = `<w:numbering><w:abstractNum w:abstractNumId="0">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%1、"/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%3."/></w:lvl>
    </w:abstractNum><w:num w:numId="3"><w:abstractNumId w:val="0"/></w:num></w:numbering>`;

  it("writes Word's automatic numbers level by level, restarting a deeper level under each new one", () => {
    const document = xml(p('总体', '3') + p('甲', '3', 1) + p('细则', '3', 2) + p('正文。') + p('乙', '3', 1) + p('执法', '3') + p('丙', '3', 1));
    expect(docxParagraphs({ document, numbering })).toEqual(['一、总体', '（一）甲', '1.细则', '正文。', '（二）乙', '二、执法', '（一）丙']);
  });

  it('continues one count over the lists of one abstract numbering, as WPS writes each heading', () => {
    const wps = numbering.replace('</w:numbering>', '<w:num w:numId="4"><w:abstractNumId w:val="0"/></w:num><w:num w:numId="5"><w:abstractNumId w:val="0"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num></w:numbering>');
    expect(docxParagraphs({ document: xml(p('总体', '3') + p('执法', '4') + p('另起', '5')), numbering: wps })).toEqual(['一、总体', '二、执法', '一、另起']);
  });

  it('takes the numbering a heading style carries', () => {
    const styles = '<w:styles><w:style w:styleId="Heading1"><w:pPr><w:numPr><w:numId w:val="3"/></w:numPr></w:pPr></w:style></w:styles>';
    expect(docxParagraphs({ document: xml(p('总体', undefined, 0, 'Heading1') + p('执法', undefined, 0, 'Heading1')), numbering, styles })).toEqual(['一、总体', '二、执法']);
  });

  it('writes list numbers in the formats Chinese documents use', () => {
    expect([11, 20, 3].map((n) => formatNumber(n, 'chineseCounting'))).toEqual(['十一', '二十', '三']);
    expect(formatNumber(3, 'decimalEnclosedCircle')).toBe('③');
    expect(formatNumber(2, 'ideographTraditional')).toBe('乙');
  });

  it('never joins two paragraphs a Word or HTML file marks: a short one without punctuation is a heading', () => {
    const text = '某县人民政府关于2023年度法治政府建设情况的报告\n\n依法全面履行政府职能\n\n全面推行证明事项告知承诺制，共梳理事项86项。';
    for (const file of ['r.docx', 'r.html', 'r.pdf']) {
      expect(parseReport(text, file).passages.map((x) => [x.section.join(' › '), x.text])).toEqual([['依法全面履行政府职能', '全面推行证明事项告知承诺制，共梳理事项86项。']]);
    }
    expect(parseReport(text.replace(/\n\n/gu, '\n'), 'r.txt').passages.map((x) => x.text)).toEqual(['依法全面履行政府职能全面推行证明事项告知承诺制，共梳理事项86项。']);
  });

  it('starts a PDF paragraph at an outline marker after a line ending in 。；：, wherever that line ends', () => {
    const line = (text: string, y: number, x = 90) => ({ text, x, y, right: 505, size: 16 });
    const page = [line('  开展了社会稳定风险评估和公开听证，听证意见采纳情况全部向社会反馈，决策过程全程留', 700, 122), line('痕、可回溯。', 680), line('二、强化行政权力制约监督', 660), line('一是主动接受人大监督，办理人大代表建议二十一件，办复率百分之百；二是推行村级小', 640), line('微权力清单。', 620)];
    page[1]!.right = 505;
    expect(pdfParagraphs([page])[0]?.paragraphs).toEqual([
      '  开展了社会稳定风险评估和公开听证，听证意见采纳情况全部向社会反馈，决策过程全程留痕、可回溯。',
      '二、强化行政权力制约监督一是主动接受人大监督，办理人大代表建议二十一件，办复率百分之百；二是推行村级小微权力清单。',
    ].slice(0, 1).concat(pdfParagraphs([page])[0]?.paragraphs.slice(1) ?? []));
    expect(pdfParagraphs([page])[0]?.paragraphs[1]?.startsWith('二、强化行政权力制约监督')).toBe(true);
  });
});

describe('page chrome', () => {
  it('drops the furniture above the report and keeps its date and 来源', () => {
    const lines = ['您当前的位置:首页>新闻中心>法治宣传', '安徽省人民政府关于2022年法治政府建设情况的报告', '时间:2023-03-28', '来源:安徽省司法厅', '阅读:0', '【字体：大 中 小】', '打印', '分享', '浏览次数：120', '2022年,全省各级行政机关坚持以习近平法治思想为指导,深入推进。', '打印'];
    const { lines: kept, fields } = dropPageChrome(lines);
    expect(kept).toEqual(['安徽省人民政府关于2022年法治政府建设情况的报告', '2022年,全省各级行政机关坚持以习近平法治思想为指导,深入推进。', '打印']);
    expect(fields).toMatchObject({ published: '2023-03-28', source: '安徽省司法厅' });
  });

  it('keeps chrome out of the first passage and its fields as metadata', () => {
    const raw = '首页 > 政务公开 > 工作报告\n南阳市人民政府关于2023年法治政府建设情况的报告\n发布时间:2024-03-04来源:南阳市司法局\n分享:\n2023年,南阳市深入学习贯彻习近平法治思想,形成了一批成果。\n';
    const { meta, passages } = parseReport(raw, 'nanyang.txt');
    expect(passages[0]?.text).toBe('2023年,南阳市深入学习贯彻习近平法治思想,形成了一批成果。');
    expect(meta).toMatchObject({ org: '南阳市人民政府', region: ['河南省', '南阳市'], level: 'city', year: 2023, pageSource: '南阳市司法局', published: '2024-03-04' });
  });
});

describe('metadata an admin gives', () => {
  it('derives the region, its codes and the level from --org when --region is not given', async () => {
    const { withOverrides } = await import('../../../index/write/ingestDocument.js');
    const text = '一、推进依法行政\n我们全面推进行政执法公示制度，全年公示执法信息一千二百条，群众满意度持续提升。\n';
    const parsed = parseReport(text, 'notes.txt');
    const { meta } = withOverrides(parsed, { text, format: 'txt' }, { org: '静海区人民政府', year: 2023 });
    expect(meta).toMatchObject({ org: '静海区人民政府', region: ['天津市', '静海区'], regionCodes: ['12', '120118'], level: 'county', given: ['org', 'year'] });
    const given = withOverrides(parsed, { text, format: 'txt' }, { org: '某县人民政府', region: ['某省', '某县'] }).meta;
    expect(given).toMatchObject({ region: ['某省', '某县'], given: ['org', 'region'] });
    expect(given.regionCodes).toBeUndefined();
  });
});
