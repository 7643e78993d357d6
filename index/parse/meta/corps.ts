import { divisionIndex } from './divisions.js';
import type { DivisionTier } from './divisions.js';

/**
 * A unit of the Xinjiang Production and Construction Corps (新疆生产建设兵团) as an issuer's name gives it.
 * The Corps governs its own land inside Xinjiang at provincial rank; its 师 (divisions) rank as prefectures
 * and most govern a city with them (师市合一: 第八师石河子市, whose city the division data lists under
 * 新疆维吾尔自治区 at county tier); its 团 (regiments) rank as counties. The division data holds none of
 * the Corps' own units, so they are read from the name's shape.
 */
export interface CorpsUnit {
  /** The unit as written: 新疆生产建设兵团, 第八师石河子市, 第八师一四三团. */
  unit: string;
  tier: Extract<DivisionTier, 'province' | 'city' | 'county'>;
  /** Region names below the province, most general first: 新疆生产建设兵团, 第八师, 石河子市, 一四三团. */
  path: string[];
  /** GB/T 2260 code of each `path` name ('' for the Corps' own units). */
  codes: string[];
  /** The rest of the name when it names a department of the unit (司法局), else undefined. */
  department?: string;
}

const CORPS = /^(?:中共)?(?:新疆生产建设兵团|新疆兵团|兵团)/u;
const DIVISION = /^第?[一二三四五六七八九十]{1,3}师/u;
const REGIMENT = /^(?:第?[一二三四五六七八九十]{1,3}|[一二三四五六七八九〇零]{2,3})团/u;
const CITY = /^\p{Script=Han}{2,4}?市/u;
// What may follow a unit: nothing, its government, its Party committee, or a department's name.
const GOVERNMENT = /^(?:人民政府|党委|委员会)?$/u;
const DEPARTMENT = /^\p{Script=Han}{2,14}(?:局|委员会|委|办公室|厅|中心)$/u;
/** The province the Corps lies in, as the division data names it. */
export const CORPS_PROVINCE = '新疆维吾尔自治区';

/**
 * The Corps unit a name is or whose department it is (新疆生产建设兵团, 兵团司法局, 第八师石河子市, 八师石河子市
 * 司法局, 第一师阿拉尔市, 新疆生产建设兵团第八师一四三团); undefined for any other name. A name must start with
 * the Corps or one of its 师; a 团 alone is not read.
 */
export function readCorps(name: string): CorpsUnit | undefined {
  const whole = name.trim().replace(/\s+/gu, '').replace(/^中共/u, '');
  let rest = whole;
  const path = ['新疆生产建设兵团'];
  const codes = [''];
  const take = (part: string, code = ''): void => {
    path.push(part);
    codes.push(code);
  };
  const corps = CORPS.exec(rest)?.[0];
  if (corps) rest = rest.slice(corps.length);
  let tier: CorpsUnit['tier'] = 'province';
  const division = DIVISION.exec(rest)?.[0];
  if (!corps && !division) return undefined;
  if (division) {
    tier = 'city';
    take(division.startsWith('第') ? division : `第${division}`);
    rest = rest.slice(division.length);
    const city = CITY.exec(rest)?.[0];
    const listed = city === undefined ? undefined : divisionIndex().lookup(city).find((d) => d.tier === 'county' && d.parent?.name === CORPS_PROVINCE);
    if (city && listed) {
      take(city, listed.code);
      rest = rest.slice(city.length);
    }
    const regiment = REGIMENT.exec(rest)?.[0];
    if (regiment) {
      tier = 'county';
      take(regiment);
      rest = rest.slice(regiment.length);
    }
  }
  const unit = whole.slice(0, whole.length - rest.length);
  if (GOVERNMENT.test(rest)) return { unit, tier, path, codes };
  return DEPARTMENT.test(rest) ? { unit, tier, path, codes, department: rest } : undefined;
}

/**
 * The issuer a Corps unit's name stands for: the Corps by its full name (兵团 → 新疆生产建设兵团, 兵团司法局 →
 * 新疆生产建设兵团司法局); a 师 or 团 as the text writes it (第八师石河子市), never given a 人民政府.
 */
export function corpsIssuer(unit: CorpsUnit): string {
  return `${unit.unit.replace(/^(?:新疆)?兵团/u, '新疆生产建设兵团')}${unit.department ?? ''}`;
}

/**
 * The region, codes and level of a Corps unit or of one of its departments: 第八师石河子市 → 新疆维吾尔自治区 ›
 * 新疆生产建设兵团 › 第八师 › 石河子市, ranked as a prefecture (city); 兵团司法局 → a department of a province-rank body.
 */
export function corpsRegion(unit: CorpsUnit): { region: string[]; regionCodes: string[]; level: DivisionTier | 'department'; departmentOf?: DivisionTier } {
  const province = divisionIndex().lookup(CORPS_PROVINCE)[0];
  const where = { region: [CORPS_PROVINCE, ...unit.path], regionCodes: [province?.code ?? '', ...unit.codes] };
  return unit.department ? { ...where, level: 'department', departmentOf: unit.tier } : { ...where, level: unit.tier };
}
