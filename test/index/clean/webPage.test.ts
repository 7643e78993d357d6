import { describe, expect, it } from 'vitest';
import { readWebPage } from '../../../index/parse/clean/webPage.js';

const PAGE = [
  '• 索 引 号:qz01100-3000-2025-00017',
  '• 备注/文号:泉鲤政文〔2025〕9号',
  '• 发布机构:泉州市鲤城区人民政府',
  '• 公文生成日期:2025-01-21',
  '泉州市鲤城区人民政府关于2024年法治政府建设情况的报告',
  '来源:泉州市鲤城区人民政府 时间:2025-02-17 11:23',
  '泉州市鲤城区人大常委会:',
  '泉州市鲤城区人民政府',
  '2025年1月21日',
  '(此件主动公开)',
  '附件下载',
  '扫一扫在手机上查看当前页面',
  '相关解读',
  '文字解读',
  '媒体报道',
];

describe('readWebPage', () => {
  it('reads the header fields and drops them with the byline and footer', () => {
    const page = readWebPage(PAGE);
    expect(page.isWebPage).toBe(true);
    expect(page.fields).toEqual({ indexNumber: 'qz01100-3000-2025-00017', docNumber: '泉鲤政文〔2025〕9号', org: '泉州市鲤城区人民政府', date: '2025-01-21' });
    expect(page.lines).toEqual(['泉州市鲤城区人民政府关于2024年法治政府建设情况的报告', '泉州市鲤城区人大常委会:', '泉州市鲤城区人民政府', '2025年1月21日']);
  });

  it('leaves text that is not a web page alone', () => {
    const lines = ['石狮市人民政府文件', '签发人：余志伟', '(联系人: 王丹蓉, 联系电话: 13788817686)'];
    expect(readWebPage(lines)).toEqual({ isWebPage: false, fields: {}, lines });
  });
});
