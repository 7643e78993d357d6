import { toSimplifiedChinese } from '../../index/index.js';

/**
 * What a passage reports, read from its headings: what was done (做法/成效), what falls short (问题/不足),
 * or what is planned (计划/思路). Reports put the three in separate parts (一、主要工作… 二、存在的不足…
 * 三、下一步工作打算), so the headings above a passage decide.
 */
export type PassageKind = 'practice' | 'problem' | 'plan';

// Heading words of a plan part: 下一步工作打算, 2025年工作思路, 下一年度…的主要安排, 今后努力方向.
const PLAN_HEADING = /下一步|下步|下一年度|下年度|今后|工作思路|打算|主要安排|工作安排|展望|努力方向|\d{4}年(?:度)?(?:重点)?工作(?:计划|要点)/;
// Heading words of a shortcomings part: 存在的问题和短板, 存在不足和原因, 主要问题, 差距.
const PROBLEM_HEADING = /存在[的主要]*(?:问题|不足|短板|困难)|不足之处|问题和不足|不足和问题|主要问题|短板|差距|薄弱环节/;
// In a part that holds both (存在的问题和下一步打算), the passage's own words decide.
const PLAN_WORDS = /下一步|将(?:进一步|继续|持续|加快|全面|着力|深入|不断|聚焦|坚持|加大|强化|推动)|力争|拟于|计划于/g;
const PROBLEM_WORDS = /不足|短板|不够|有待|仍需|欠缺|滞后|薄弱|差距|不到位|不平衡/g;

/** The kind of a passage from its heading path (outermost first) and, for mixed parts, its text (pure). */
export function passageKind(section: readonly string[], text: string): PassageKind {
  for (const raw of [...section].reverse()) {
    const heading = toSimplifiedChinese(raw);
    const plan = PLAN_HEADING.test(heading);
    const problem = PROBLEM_HEADING.test(heading);
    if (plan && problem) return mixedPartKind(toSimplifiedChinese(text));
    if (plan) return 'plan';
    if (problem) return 'problem';
  }
  return 'practice';
}

function mixedPartKind(text: string): PassageKind {
  const plan = text.match(PLAN_WORDS)?.length ?? 0;
  const problem = text.match(PROBLEM_WORDS)?.length ?? 0;
  return problem > plan ? 'problem' : 'plan';
}
