import { describe, expect, it } from 'vitest';
import { leadOf, splitItems } from '../../index/parse/items.js';

describe('splitItems', () => {
  it('cuts a paragraph at 一是, 二是… after punctuation, keeping the intro', () => {
    const split = splitItems('2024年我区法治政府建设取得一定成效,但还存在一些问题,一是法治政府建设工作合力仍需进一步提升。二是规范执法的理念有待进一步加强。');
    expect(split.intro).toBe('2024年我区法治政府建设取得一定成效,但还存在一些问题,');
    expect(split.items.map((i) => i.text)).toEqual(['一是法治政府建设工作合力仍需进一步提升。', '二是规范执法的理念有待进一步加强。']);
  });

  it('leaves a 是 that is not part of a counting run as text', () => {
    expect(splitItems('做到统一是关键。三是指标。').items).toEqual([]);
  });
});

describe('leadOf', () => {
  it('takes the first sentence when short, else the first clause, else 30 characters and …', () => {
    expect(leadOf('一是规范进驻政务服务中心事项，实现标准化管理。2024 年依据……')).toBe('规范进驻政务服务中心事项，实现标准化管理');
    expect(leadOf('一是落实法治政府建设任务还有差距，重大行政决策程序落实、行政执法水平、行政执法规范化等方面还有待提高。')).toBe('落实法治政府建设任务还有差距');
    expect(leadOf('四是組織黨員干部前往英德市橫石水鎮橫石社區宣講黨的二十屆三中全會精神,強調社區上下一定要統一思想認識。')).toBe(
      '組織黨員干部前往英德市橫石水鎮橫石社區宣講黨的二十屆三中全會…',
    );
  });
});
