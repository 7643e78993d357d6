import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../index/formats/readDocument.js';
import { fixture } from './fixtures.js';

// licheng-article.html: the Licheng seed as a TRS-style article page — nav bar, breadcrumb,
// a 索引号/发布机构 table, the body in #zoom .TRS_Editor, share/QR/attachment/related blocks, footer, scripts.
const page = Buffer.from(fixture('licheng-article.html')).toString('utf8');
const FIRST_SENTENCE =
  '2024年,鲤城区人民政府坚持以习近平新时代中国特色社会主义思想为指导,全面深入学习党的二十大和二十届三中全会精神,认真贯彻落实《法治政府建设实施纲要(2021—2025年)》,以法治鲤城建设“一规划两方案”为抓手,扎实推进法治政府建设各项工作取得新进展新成效,现将有关情况报告如下:';
const PAGE_FURNITURE = ['首页', 'qz01100', '公文生成日期', '来源：', '政务公开', '当前位置', '分享到', '附件下载', '扫一扫', '相关解读', '文字解读', '打印本页', '关闭窗口', '主办单位', '网站标识码', '统计代码', '页面加载完成', 'window'];

describe('readDocument on an HTML article page', () => {
  it('keeps the article body, entities decoded, one block per paragraph', async () => {
    const doc = await readDocument(Buffer.from(page), 'licheng.html');
    expect(doc).toMatchObject({ format: 'html', encoding: 'utf-8' });
    expect(doc.text).toContain(FIRST_SENTENCE); // this paragraph is written with &ldquo; &rdquo; &#12289;
    const paragraphs = doc.text.split('\n\n');
    expect(paragraphs[0]).toBe('泉州市鲤城区人民政府关于2024年法治政府建设情况的报告');
    expect(paragraphs).toContain('(一)突出政治引领,加强党对法治建设的全面领导');
    expect(paragraphs.at(-1)).toBe('2025年1月21日');
  });

  it('drops navigation, widgets, attachment and related blocks, footer and scripts', async () => {
    const { text } = await readDocument(Buffer.from(page), 'licheng.html');
    for (const furniture of PAGE_FURNITURE) expect(text).not.toContain(furniture);
  });

  it('reads the labelled header fields and the title', async () => {
    const { fields } = await readDocument(Buffer.from(page), 'licheng.html');
    expect(fields).toEqual({
      索引号: 'qz01100-3000-2025-00017',
      发布机构: '泉州市鲤城区人民政府',
      文号: '泉鲤政文〔2025〕9号',
      发布日期: '2025-02-17 11:23',
      成文日期: '2025-01-21',
      标题: '泉州市鲤城区人民政府关于2024年法治政府建设情况的报告',
    });
  });

  it('finds the body by its Chinese text when the page uses no known container', async () => {
    const bare = page.replace('<div id="zoom"><div class="TRS_Editor">', '<div><div>').replace('class="article"', 'class="w1200"');
    const { text } = await readDocument(Buffer.from(bare), 'bare.html');
    expect(text).toContain(FIRST_SENTENCE);
    expect(text.split('\n\n')[0]).toBe('泉州市鲤城区人民政府关于2024年法治政府建设情况的报告');
    for (const furniture of PAGE_FURNITURE) expect(text).not.toContain(furniture);
  });

  it('drops widgets inside the body by their words, and link lists, when their classes say nothing', async () => {
    const widgets = page.slice(page.indexOf('<div class="fujian">'), page.indexOf('</div>\n<div class="footer">'));
    const inside = page
      .replace(widgets, '')
      .replace('</div></div>\n', `${widgets}</div></div>\n`)
      .replace(/class="(fujian|ewm|xgjd|xgjd-title|print)"/g, 'class="box"');
    const { text } = await readDocument(Buffer.from(inside), 'inside.html');
    expect(text).toContain(FIRST_SENTENCE);
    for (const furniture of PAGE_FURNITURE) expect(text).not.toContain(furniture);
  });

  it('decodes a GB2312-declared page, and a GBK page with no declaration', async () => {
    const declared = page.replace('<meta charset="utf-8">', '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">');
    const undeclared = page.replace('<meta charset="utf-8">', '');
    for (const html of [declared, undeclared]) {
      const doc = await readDocument(iconv.encode(html, 'gbk'), 'licheng.htm');
      expect(doc.encoding).toBe('gb18030');
      expect(doc.text).toContain(FIRST_SENTENCE);
      expect(doc.fields?.['文号']).toBe('泉鲤政文〔2025〕9号');
    }
  });

  it('is detected by its markup when the name has no extension', async () => {
    expect((await readDocument(Buffer.from(page), 'download')).format).toBe('html');
  });

  it('reads a field whose label and value sit in adjacent table cells', async () => {
    const html = '<html><body><table><tr><th>发文字号</th><td>狮政综〔2024〕8号</td></tr></table><div class="content"><p>石狮市人民政府关于2023年度法治政府建设情况的报告</p></div></body></html>';
    const doc = await readDocument(Buffer.from(html), 'x.html');
    expect(doc.fields).toMatchObject({ 文号: '狮政综〔2024〕8号' });
    expect(doc.text).toBe('石狮市人民政府关于2023年度法治政府建设情况的报告');
  });
});
