import { describe, expect, it } from 'vitest';
import { stripPinyin } from '../../index/parse/clean/stripPinyin.js';
import { parseReport } from '../../index/parse/parseReport.js';
import { parseSeed, readSeed, SEED_FILES } from './seedReports.js';

const reports = Object.fromEntries(SEED_FILES.map((file) => [file, parseSeed(file)]));
const report = (file: (typeof SEED_FILES)[number]) => reports[file]!;
const texts = (file: (typeof SEED_FILES)[number]) => report(file).passages.map((p) => p.text);

describe('parseReport on the seed reports', () => {
  it.each([
    ['fuzhou-gongxinju-2024.txt', { org: '福州市工业和信息化局', region: ['福建省', '福州市'], regionCodes: ['35', '3501'], level: 'department', departmentOf: 'city', year: 2024, title: '福州市工业和信息化局2024年法治政府建设工作报告', titleInferred: false, script: 'simplified' }],
    ['shishi-2023.txt', { org: '石狮市人民政府', region: ['福建省', '泉州市', '石狮市'], regionCodes: ['35', '3505', '350581'], level: 'county', year: 2023, title: '石狮市人民政府关于2023年度法治政府建设情况的报告', docNumber: '狮政综〔2024〕8号', date: '2024-01-15', script: 'simplified' }],
    ['fuzhou-gaoxinqu-2023.txt', { org: '福州高新技术产业开发区管理委员会', region: ['福建省', '福州市', '福州高新技术产业开发区'], year: 2023, title: '福州高新技术产业开发区管理委员会2023年度法治政府建设情况报告', docNumber: '榕高新区〔2024〕11号', date: '2024-02-02' }],
    ['licheng-2024.txt', { org: '泉州市鲤城区人民政府', region: ['福建省', '泉州市', '鲤城区'], year: 2024, title: '泉州市鲤城区人民政府关于2024年法治政府建设情况的报告', docNumber: '泉鲤政文〔2025〕9号', date: '2025-01-21' }],
    ['qingyuan-gongxinju-2024.txt', { org: '清远市工业和信息化局', region: ['广东省', '清远市'], year: 2024, title: '清远市工业和信息化局2024年法治政府建设情况报告', titleInferred: true, script: 'traditional' }],
  ] as const)('reads the metadata of %s', (file, expected) => {
    expect(report(file).meta).toMatchObject({ ...expected, sourceFile: file });
  });

  it('leaves out the document number and date a report does not print', () => {
    for (const file of ['fuzhou-gongxinju-2024.txt', 'qingyuan-gongxinju-2024.txt'] as const) {
      expect(report(file).meta.docNumber).toBeUndefined();
      expect(report(file).meta.date).toBeUndefined();
    }
  });

  it('ids a report by the first 12 hex digits of the sha256 of its text, and its passages by ordinal', () => {
    const { meta, passages } = report('shishi-2023.txt');
    expect(meta.id).toBe('9d2e0538c7e5'); // seeds/manifest.json: 9d2e0538c7e5…
    expect(passages.map((p) => p.id)).toEqual(passages.map((_, i) => `${meta.id}:${i}`));
  });

  it('keeps the page-broken sentence in one passage', () => {
    expect(texts('fuzhou-gongxinju-2024.txt').some((t) => t.includes('较大程度上充实了执法队伍'))).toBe(true);
    expect(texts('fuzhou-gaoxinqu-2023.txt')[0]).toMatch(/现将落实情况汇报如下：$/u);
    expect(texts('shishi-2023.txt').some((t) => t.includes('二是部分执法人员法律意识和依法行政能力有待进一步提升'))).toBe(true);
    const shishi = report('shishi-2023.txt').passages.find((p) => p.text.includes('研究部署法治政府建设工作。中国共产党石狮市第八次代表大会'));
    expect(shishi?.section.at(-1)).toBe('（一）深入学习贯彻党的二十大精神和习近平法治思想，研究部署法治政府建设工作');
  });

  it('leaves no page-break fragment, Markdown marker or extraction space in any passage', () => {
    for (const file of SEED_FILES) {
      for (const { text } of report(file).passages) expect(text).not.toMatch(/\n|\*\*|^究部署|^上充实|^下：/u);
    }
    // Between two Han characters a space is an extraction artefact; between a Han character and a digit it is the report's.
    for (const file of SEED_FILES.filter((f) => f !== 'licheng-2024.txt')) {
      for (const { text } of report(file).passages) expect(text).not.toMatch(/\p{Script=Han} +\p{Script=Han}|\d {2,}\p{Script=Han}|\p{Script=Han} {2,}\d/u);
    }
  });

  it("keeps the spaces a web page's author typed", () => {
    expect(texts('licheng-2024.txt').join('')).toContain('“全速鲤办 共赢未来”');
  });

  it('quotes the traditional report without ?, pinyin or 〓, with 圍繞 and 條例 repaired', () => {
    const { passages, warnings } = report('qingyuan-gongxinju-2024.txt');
    const all = passages.flatMap((p) => [p.text, ...p.section]).join('\n');
    expect(all).not.toMatch(/[?〓]|\([a-zāáǎàēéěèīíǐìōóǒòūúǔùüǖǘǚǜ]+\)/u);
    expect(all).toContain('緊密圍繞省委“1310”具體部署');
    expect(all).toContain('《中華人民共和國無線電管理條例》');
    expect(all).toContain('堅持以習近平法治思想為引領');
    expect(warnings.filter((w) => w.includes('〓'))).toEqual([]);
  });

  it('keeps the real parentheses of the traditional report', () => {
    const all = texts('qingyuan-gongxinju-2024.txt').join('');
    expect(all).toContain('《法治政府建設實施綱要(2021-2025年)》');
    expect(all).toContain('《無線電發射設備銷售備案實施辦法(暫行)》');
    expect(all).toContain('(其中紙質版44份,電子版19159份)');
    expect(report('qingyuan-gongxinju-2024.txt').passages.some((p) => p.section.includes('(一)依法全面履行政府職能'))).toBe(true);
  });

  it('drops the web page header and footer from passages and reads the header as metadata', () => {
    const all = texts('licheng-2024.txt').join('\n');
    for (const furniture of ['索 引 号', 'qz01100', '备注/文号', '发布机构', '公文生成日期', '来源:', '此件主动公开', '附件下载', '扫一扫', '相关解读', '媒体报道', '泉州市鲤城区人大常委会:']) {
      expect(all).not.toContain(furniture);
    }
    expect(all).not.toMatch(/2025年1月21日$/u);
    expect(texts('licheng-2024.txt').at(-1)).toMatch(/推进严格规范公正文明执法。$/u);
  });

  it('keeps header, salutation and closing lines out of passages', () => {
    const all = texts('shishi-2023.txt').join('\n');
    for (const line of ['石狮市人民政府文件', '狮政综', '签发人', '石狮市人民代表大会常务委员会：', '特此报告', '联系人', '王丹蓉', '2024年1月15日']) {
      expect(all).not.toContain(line);
    }
    expect(texts('fuzhou-gaoxinqu-2023.txt').join('\n')).not.toMatch(/抄送|党政办公室/u);
  });

  it('keeps the spaces a report puts between Han characters and digits, as printed', () => {
    expect(readSeed('shishi-2023.txt')).toContain('共收到行政复议申请 228 件');
    expect(texts('shishi-2023.txt').join('\n')).toContain('共收到行政复议申请 228 件，行政复议决定履行率达 100%');
    const raw = '一、加强政府权力制约和监督\n\n县人大常委会专题审议县政府关于法治政府建设工作,满意 25 票,基本满意 3 票。办理县人大代表建议 119 件。\n';
    expect(parseReport(raw, 'excerpt.txt').passages.map((p) => p.text)).toEqual(['县人大常委会专题审议县政府关于法治政府建设工作,满意 25 票,基本满意 3 票。办理县人大代表建议 119 件。']);
  });

  it('never quotes a personal mobile number', () => {
    expect(readSeed('shishi-2023.txt')).toContain('13788817686');
    for (const file of SEED_FILES) expect(texts(file).join('\n')).not.toMatch(/(?<!\d)1[3-9]\d{9}(?!\d)/u);
  });

  it('masks a mobile number that stands in passage text', () => {
    const raw = '一、组织领导\n\n成立了局主要领导担任组长的依法行政工作领导小组(联系人: 王丹蓉, 联系电话: 13788817686)。\n';
    expect(parseReport(raw, 'excerpt.txt').passages.map((p) => p.text)).toEqual(['成立了局主要领导担任组长的依法行政工作领导小组(联系人:王丹蓉,联系电话: 137****7686)。']);
  });

  it('gives the preamble an empty section and an inline heading as the section of its body', () => {
    const shishi = report('shishi-2023.txt').passages;
    expect(shishi[0]).toMatchObject({ section: [], text: expect.stringMatching(/^2023年，市政府坚持/u) });
    expect(shishi.find((p) => p.text.includes('严格落实党政领导履行推进法治建设'))?.section).toEqual([
      '一、全面加强党对法治政府建设的领导',
      '（二）发挥领导干部带头示范作用',
    ]);
    expect(report('fuzhou-gaoxinqu-2023.txt').passages.find((p) => p.text.includes('积极组织区管委会学法专题讲座'))?.section).toEqual([
      '一、2023年法治政府建设成效',
      '（一）深入学习习近平法治思想，法治能力有效提升',
      '1.加强“头雁”示范引领',
    ]);
  });

  it('makes each 一是 item a passage whose section ends with its lead clause', () => {
    const item = report('shishi-2023.txt').passages.find((p) => p.text.startsWith('二是增强审批服务效能。'));
    expect(item?.section).toEqual(['三、持续提升法治政府服务效能', '（一）提升政务服务水平', '增强审批服务效能']);
    const bold = report('fuzhou-gongxinju-2024.txt').passages.find((p) => p.text.startsWith('一是权责清单实行动态管理。'));
    expect(bold?.section.at(-1)).toBe('权责清单实行动态管理');
  });

  it('joins a lead-in ending on a colon or comma to the first item', () => {
    const first = report('shishi-2023.txt').passages.find((p) => p.text.includes('但也存在如下问题：'));
    expect(first?.text).toMatch(/如下问题：一是少数领导干部/u);
    expect(first?.section).toEqual(['八、存在问题', '少数领导干部的法治意识有待进一步提高']);
  });

  it('makes passages small enough to quote and large enough to stand alone', () => {
    for (const file of SEED_FILES) {
      const lengths = report(file).passages.map((p) => p.text.length);
      expect(lengths.length).toBeGreaterThan(15);
      expect(Math.min(...lengths)).toBeGreaterThanOrEqual(25);
      expect(Math.max(...lengths)).toBeLessThanOrEqual(300);
    }
  });

  it("quotes each report's own words, changed only by the documented cleaning", () => {
    const comparable = (text: string) => stripPinyin(text).text.replace(/\s+|\*\*/gu, '');
    for (const file of SEED_FILES) {
      const source = comparable(readSeed(file));
      for (const passage of report(file).passages) expect(source).toContain(comparable(passage.text));
    }
  });
});
