import { describe, expect, it } from 'vitest';
import { isPageNumber, removeRunningLines } from '../../../index/formats/pdfRunningLines.js';

const lines = (...texts: string[]) => texts.map((text) => ({ text }));

describe('isPageNumber', () => {
  it.each(['3', '- 3 -', '—12—', '－３－', '第3页', '第 3 页 共 10 页', '共10页 第3页', '第三页', '3/10', 'Page 3 of 10'])('takes %s for a page number', (text) => {
    expect(isPageNumber(text)).toBe(true);
  });

  it.each(['2023年', '2025', '（3）', '3. 深化法治业务培训。', '一、全面加强党对法治政府建设的领导', '第三次会议'])('takes %s for text', (text) => {
    expect(isPageNumber(text)).toBe(false);
  });
});

describe('removeRunningLines', () => {
  const bodies = [
    ['一、全面加强党对法治政府建设的领导', '市政府常务会专题学习。'],
    ['二、深入开展示范创建活动', '顺利通过实地测评。'],
    ['三、持续提升服务效能', '市场主体总数近 17 万户。'],
    ['四、不断完善制度体系', '均已完成整改。'],
  ] as const;
  const pages = bodies.map(([first, last], i) => lines('石狮市人民政府文件', first, '3', last, `第 ${i + 1} 页 共 4 页`));

  it('drops headers repeated on most pages and the page numbers, keeping the body', () => {
    expect(removeRunningLines(pages).map((page) => page.map((line) => line.text))).toEqual(
      bodies.map(([first, last]) => [first, '3', last]),
    );
  });

  it('matches a running header that OCR misread on one page, but not short lines that differ', () => {
    const scanned = [lines('鲤城区法治政府建设情况报告', '目录', '（一）加强组织领导'), lines('鲫城区法治政府建设情况报告', '日录', '（二）加强组织领导')];
    expect(removeRunningLines(scanned).map((page) => page.map((line) => line.text))).toEqual([['目录', '（一）加强组织领导'], ['日录', '（二）加强组织领导']]);
  });

  it('keeps a line repeated on only a minority of pages', () => {
    const [first, ...rest] = pages;
    const withNote = [lines('一、总体情况', '正文', '注：单位为件'), first ?? [], ...rest];
    expect(removeRunningLines(withNote)[0]?.map((line) => line.text)).toEqual(['一、总体情况', '正文', '注：单位为件']);
  });

  it('only removes page numbers from a single page', () => {
    expect(removeRunningLines([lines('石狮市人民政府文件', '正文', '- 1 -')])).toEqual([lines('石狮市人民政府文件', '正文')]);
  });
});
