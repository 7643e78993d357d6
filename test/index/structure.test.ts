import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../index/parse/structure.js';

describe('parseStructure', () => {
  it('never drops a numbered paragraph of one sentence: an enumerated point or a long one stays quotable text', () => {
    const blocks = parseStructure([
      '一、主要工作',
      '①加强党的领导，全年召开专题会议5次。',
      '（一）全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，评查案卷120卷。',
      '（二）坚持高位推动。',
      '基层执法力量不足。',
    ]);
    expect(blocks).toEqual([
      { section: ['一、主要工作', '①加强党的领导'], text: '①加强党的领导，全年召开专题会议5次。' },
      { section: ['一、主要工作', '（一）全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度'], text: '（一）全面推行行政执法公示制度、执法全过程记录制度和重大执法决定法制审核制度，评查案卷120卷。' },
      { section: ['一、主要工作', '（二）坚持高位推动'], text: '基层执法力量不足。' }, // a short one is a heading
    ]);
  });

  it('reads 第一部分 and 第二章 as top-level parts', () => {
    const blocks = parseStructure(['第一部分 主要工作', '全年召开专题会议5次。', '第二部分 存在问题', '基层执法力量不足。']);
    expect(blocks.map((b) => b.section)).toEqual([['第一部分 主要工作'], ['第二部分 存在问题']]);
  });

  it('reads an inline heading as the first sentence and keeps the paragraph whole as its body', () => {
    expect(parseStructure(['一、全面加强党对法治政府建设的领导', '（二）发挥领导干部带头示范作用。严格落实党政领导履行推进法治建设第一责任人职责。'])).toEqual([
      { section: ['一、全面加强党对法治政府建设的领导', '（二）发挥领导干部带头示范作用'], text: '（二）发挥领导干部带头示范作用。严格落实党政领导履行推进法治建设第一责任人职责。' },
    ]);
  });

  it('nests 一、 > （一） > 1. and closes deeper headings at a shallower one', () => {
    const blocks = parseStructure([
      '一、2023年法治政府建设成效',
      '（一）深入学习习近平法治思想，法治能力有效提升',
      '1. 加强“头雁”示范引领。积极组织区管委会学法专题讲座。',
      '二、存在不足',
      '2023 年我区法治政府建设工作虽然取得一定成绩，但同时存在不少问题和困难。',
    ]);
    expect(blocks.map((b) => b.section)).toEqual([
      ['一、2023年法治政府建设成效', '（一）深入学习习近平法治思想，法治能力有效提升', '1. 加强“头雁”示范引领'],
      ['二、存在不足'],
    ]);
  });

  it('makes each 一是 item a block ending its section with the lead clause, its text starting at 一是', () => {
    const blocks = parseStructure(['（一）提升政务服务水平。一是深化商事制度改革。持续推动市场主体全程电子化登记。二是增强审批服务效能。建立审批服务量化积分考评制度。']);
    expect(blocks).toEqual([
      { section: ['（一）提升政务服务水平', '深化商事制度改革'], text: '一是深化商事制度改革。持续推动市场主体全程电子化登记。' },
      { section: ['（一）提升政务服务水平', '增强审批服务效能'], text: '二是增强审批服务效能。建立审批服务量化积分考评制度。' },
    ]);
  });

  it('keeps text before the headings as the preamble, with section []', () => {
    expect(parseStructure(['根据市委、市政府部署，现将我局2024年法治政府建设工作报告如下：', '一、政府职能依法全面履行'])).toEqual([
      { section: [], text: '根据市委、市政府部署，现将我局2024年法治政府建设工作报告如下：' },
    ]);
  });

  it('keeps a paragraph after an item paragraph under that item', () => {
    const blocks = parseStructure(['三、下一步计划', '一是持续推进法治政府建设。继续落实第一责任人制度。', '认真组织单位党政主要负责人履行职责。', '二是推进公共法律服务实体平台建设。']);
    expect(blocks.map((b) => b.section)).toEqual([
      ['三、下一步计划', '持续推进法治政府建设'],
      ['三、下一步计划', '持续推进法治政府建设'],
      ['三、下一步计划', '推进公共法律服务实体平台建设'],
    ]);
  });
});
