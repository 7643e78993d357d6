/** Parts of a report other than what was done, which a question may ask for: plans, or shortcomings. */
export type AskedKind = 'plan' | 'problem';

// 下一步怎么做, 明年计划, 工作打算, 工作思路, 今后方向.
const PLAN_WORDS = /下一步|下步|计划|打算|思路|今后|明年|展望|安排/u;
// 存在什么问题, 不足, 短板, 差距, 薄弱环节.
const PROBLEM_WORDS = /问题|不足|短板|差距|薄弱|困难|欠缺/u;

/** The parts the question asks for besides what was done (pure); empty for a question about practice. */
export function askedKinds(normalized: string): AskedKind[] {
  const kinds: AskedKind[] = [];
  if (PLAN_WORDS.test(normalized)) kinds.push('plan');
  if (PROBLEM_WORDS.test(normalized)) kinds.push('problem');
  return kinds;
}
