import { describe, expect, it } from 'vitest';
import { passageKind } from '../../retrieval/rank/passageKind.js';

describe('passage kinds from headings', () => {
  it('reads what was done from ordinary work headings', () => {
    expect(passageKind(['一、主要工作和成效', '（二）深化行政执法体制改革'], '全面推行行政执法三项制度。')).toBe('practice');
    expect(passageKind(['八、政府工作人员法治思维和依法行政能力全面提高'], '组织学法考试。')).toBe('practice');
    expect(passageKind([], '全年办理行政复议案件52件。')).toBe('practice');
  });

  it('reads shortcomings, in either script', () => {
    expect(passageKind(['二、存在问题和短板'], '一是基层执法力量薄弱。')).toBe('problem');
    expect(passageKind(['四、2024年推進法治政府建設存在的不足和原因'], '法治意识有待提高。')).toBe('problem');
  });

  it('reads plans, including a year plan and next-year arrangements', () => {
    expect(passageKind(['三、2025年工作思路'], '持续深化“放管服”改革。')).toBe('plan');
    expect(passageKind(['五、下一年度推進法治政府建設的主要安排'], '加强行政复议工作。')).toBe('plan');
    expect(passageKind(['三、下一步计划', '（一）强化学习'], '组织专题学习。')).toBe('plan');
  });

  it('decides a part that holds both by the passage’s own words', () => {
    const heading = ['三、存在的问题和下一步工作打算'];
    expect(passageKind(heading, '一是行政执法人员素质不够高，执法能力有待提升；二是基层法治力量薄弱。')).toBe('problem');
    expect(passageKind(heading, '下一步，我们将进一步加强法治政府建设，力争年内完成目标。')).toBe('plan');
  });

  it('lets the innermost heading decide', () => {
    expect(passageKind(['一、主要工作', '（三）存在的不足'], '执法能力有待提升。')).toBe('problem');
  });
});
