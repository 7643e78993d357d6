import { describe, expect, it } from 'vitest';
import { joinPageBreaks } from '../../../index/parse/clean/joinPageBreaks.js';

describe('joinPageBreaks', () => {
  it('joins a sentence a page break cut', () => {
    expect(joinPageBreaks(['组织2024年度工信系统行政执法资格专业法律知识考试，全市工信系统共71人报名，57人通过考试，较大程度', '上充实了执法队伍。'])).toEqual([
      '组织2024年度工信系统行政执法资格专业法律知识考试，全市工信系统共71人报名，57人通过考试，较大程度上充实了执法队伍。',
    ]);
    expect(joinPageBreaks(['现将落实情况汇报如', '下：', '一、2023年法治政府建设成效'])).toEqual(['现将落实情况汇报如下：', '一、2023年法治政府建设成效']);
  });

  it('keeps a heading apart from the body below it', () => {
    expect(joinPageBreaks(['（三）加强事中事后监管', '积极开展“双随机、一公开”行政监督检查工作。', '（四）实施信用承诺制度'])).toEqual([
      '（三）加强事中事后监管',
      '积极开展“双随机、一公开”行政监督检查工作。',
      '（四）实施信用承诺制度',
    ]);
  });

  it('joins a heading-looking line cut short where the report writes headings inline', () => {
    const lines = [
      '（一）深入学习贯彻党的二十大精神和习近平法治思想，研',
      '究部署法治政府建设工作。中国共产党石狮市第八次代表大会第三次会议提出“建长久机制强化韧性治理”。',
      '（二）发挥领导干部带头示范作用。严格落实党政领导履行推进法治建设第一责任人职责。',
      '（三）提升政务服务水平。一是深化商事制度改革。',
    ];
    expect(joinPageBreaks(lines)[0]).toBe(`${lines[0]}${lines[1]}`);
  });

  it('keeps a paragraph that ends a sentence apart from the next', () => {
    expect(joinPageBreaks(['2023 年我区法治政府建设工作虽然取得一定成绩，但同时存在不少问题和困难。', '一是落实法治政府建设任务还有差距，重大行政决策程序落'])).toHaveLength(2);
  });
});
