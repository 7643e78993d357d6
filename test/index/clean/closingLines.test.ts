import { describe, expect, it } from 'vitest';
import { splitClosingLines } from '../../../index/parse/clean/closingLines.js';
import { splitFrontMatter } from '../../../index/parse/clean/frontMatter.js';

describe('splitClosingLines', () => {
  it('sets apart the closing lines after the last paragraph', () => {
    const last = '（四）健全依法决策机制，规范行政权力运行。完善重大行政决策程序制度。';
    const closing = ['特此报告。', '石狮市人民政府', '2024年1月15日', '(联系人:王丹蓉,联系电话:13788817686)', '石狮市人民政府办公室', '2024年1月15日印发'];
    expect(splitClosingLines([last, ...closing])).toEqual({ body: [last], closing });
    expect(splitClosingLines(['五是加强行政执法队伍建设。', '抄送：市司法局。', '福州高新区党政办公室', '2024年2月2日印发']).body).toEqual(['五是加强行政执法队伍建设。']);
  });
});

describe('splitFrontMatter', () => {
  it('sets apart header lines, title and salutation', () => {
    const lines = ['石狮市人民政府文件', '狮政综〔2024〕8号', '签发人：余志伟', '石狮市人民政府关于2023年度法治政府建设情况的报告', '石狮市人民代表大会常务委员会：', '2023年，市政府坚持……现将有关情况报告如下：'];
    expect(splitFrontMatter(lines)).toEqual({
      header: lines.slice(0, 3),
      title: lines[3],
      salutation: lines[4],
      body: lines.slice(5),
    });
  });

  it('takes a document number printed under the title into the header, not the body', () => {
    const lines = ['汝城县人民政府关于2023年度法治政府建设工作情况的报告', '（汝政报〔2024〕3号）', '郴州市人民政府：', '2023年，我县坚持依法行政。'];
    expect(splitFrontMatter(lines)).toEqual({ header: [lines[1]], title: lines[0], salutation: lines[2], body: lines.slice(3) });
  });

  it('reads a report without a title as all body', () => {
    const lines = ['2024年,我局堅持以習近平新時代中國特色社會主義思想為指導,取得較好成效。', '一、堅持以習近平法治思想為引領'];
    expect(splitFrontMatter(lines)).toEqual({ header: [], body: lines });
  });
});
