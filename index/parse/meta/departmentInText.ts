import { placeMentions } from './placeMentions.js';
import { placesInName } from './resolveRegion.js';

/**
 * A department calling itself by the end of its name, and that end: 我局/本局 → 局, 我委/本委 → 委 (委员会 or a
 * short name such as 发展改革委),
 * 我办/本办 → 办公室, 我厅/本厅 → 厅 (a province's department: 湖南省自然资源厅).
 */
export const DEPARTMENT_SELF: ReadonlyArray<[RegExp, string]> = [
  [/我局|本局/u, '局'],
  [/我委|本委/u, '委'],
  [/我办|本办/u, '办公室'],
  [/我厅|本厅/u, '厅'],
];

// 清远市市场监督管理局, 福州市工业和信息化局, 湖南省自然资源厅, 广东省人民政府办公厅: a place, then a department's name.
// A short name ending in 委 (发展改革委, 卫生健康委) is a department's; 市委, 市纪委 and 市委政法委 are the Party's.
const DEPARTMENT_NAME = /(\p{Script=Han}{2,8}?(?:省|自治区|市|州|盟|地区|县|旗|区))(?![委党纪])(\p{Script=Han}{2,12}?)(?=局|委员会|办公室|厅|委)(局|委员会|办公室|厅|委)/gu;

/**
 * The department a report's self-reference (我局, 我厅) stands for: the kind of department with that end
 * the text names most with a place before it (《清远市市场监督管理局2024年…要点》 → 市场监督管理局), under the
 * government the opening names first (在连州市委、市政府…的决策部署下 → 连州市市场监督管理局) — a province's for a
 * 厅, a city's or county's for any other — else the place the text names it with. Undefined when the text
 * names no such department.
 */
export function departmentInText(suffix: string, opening: string, body: string): string | undefined {
  const kinds = new Map<string, { count: number; place: string }>();
  for (const match of body.matchAll(DEPARTMENT_NAME)) {
    const place = placeAtEnd(match[1] ?? '');
    const end = match[3] ?? '';
    if (!place || !(end === suffix || (suffix === '委' && end === '委员会'))) continue;
    const kind = `${match[2] ?? ''}${end}`;
    const entry = kinds.get(kind) ?? { count: 0, place };
    entry.count += 1;
    kinds.set(kind, entry);
  }
  const [kind, entry] = [...kinds].sort((a, b) => b[1].count - a[1].count)[0] ?? [];
  if (!kind || !entry) return undefined;
  const provincial = suffix === '厅';
  const own = placeMentions(opening).find((m) => m.divisions.some((d) => (d.tier === 'province') === provincial));
  return `${own?.written ?? entry.place}${kind}`;
}

/** The longest tail of `text` that is wholly place names (印发清远市 → 清远市), or undefined. */
function placeAtEnd(text: string): string | undefined {
  for (let at = 0; at <= text.length - 2; at += 1) {
    const tail = text.slice(at);
    if (placesInName(tail).map((p) => p.name).join('') === tail) return tail;
  }
  return undefined;
}
