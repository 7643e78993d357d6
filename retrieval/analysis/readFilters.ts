import { divisionIndex } from '../../index/index.js';
import type { Division, DivisionIndex, DivisionTier } from '../../index/index.js';

/** A place a question restricts to: a division of the dataset (GB/T 2260 code) or, without one, its name. */
export interface PlaceFilter {
  /** Official name, e.g. 福建省. */
  name: string;
  /** GB/T 2260 code ('' when the dataset does not know the name). */
  code: string;
  tier: DivisionTier | undefined;
}

/**
 * Which reports a question asks about, read from its words (readFilters): places (福建各地), a tier
 * (市级, 各区县), government or department (市级部门, 各部门), the year (2023年), and whether it asks for
 * what lies below a place (各区, 下辖, 各部门) rather than the place's own report. Every field optional.
 */
export interface ReportFilter {
  places?: PlaceFilter[];
  /** Tier of the issuer's government: a government of that tier, or a department of one. */
  tier?: 'province' | 'city' | 'county';
  kind?: 'government' | 'department';
  year?: number;
  /** Asks for a place's districts, counties or departments (各区, 下辖, 各部门) rather than its own report. */
  below?: boolean;
  /** Ids of reports left out: those earlier answers of the conversation quoted, when it asks 还有别的地方吗. */
  excludeReports?: string[];
}

// Only words that ask for a level (省级, 市直, 区县): a question's content (几个地级市, 市政府常务会议, 应急部门)
// names levels and bodies too, and must not narrow the reports.
const TIER_WORDS: Array<[ReportFilter['tier'] & string, RegExp]> = [
  // 各省 (not 各省市 or 各省区市, which name every level): the provinces' own reports.
  ['province', /省级|省直|省属|各省(?![市区])/u],
  ['city', /市级|市直|市属/u],
  ['county', /县级|区县|县区|县市区|县（市、区）|各区|各县/u],
];
// 各部门, 市级部门, 市直部门, 厅局, 委办局 — not 应急部门 or 县里部门 as the subject of a sentence.
const DEPARTMENT = /各部门|[省市县区]级部门|[省市县区]直部门|[省市县区]属部门|部门的报告|部门报告|厅局|委办局/u;
// 各级政府, 市级政府, 政府本级, 政府的报告 — not 法治政府, 数字政府 or 市政府常务会议.
const GOVERNMENT = /各级政府|[省市县区]级政府|政府本级|政府的报告|政府报告|人民政府的报告/u;
const BELOW = /各区|各县|下辖|所辖|辖区内|下属|所属|各部门|区县|县区|县市区/u;

/** The filters a normalised question states (pure but for the division dataset, read once). */
export function readFilters(normalized: string, askedYear: number | undefined): ReportFilter {
  const filter: ReportFilter = {};
  const places = questionPlaces(normalized);
  if (places.length > 0) filter.places = places;
  const tier = TIER_WORDS.find(([, words]) => words.test(normalized))?.[0];
  if (tier) filter.tier = tier;
  if (DEPARTMENT.test(normalized)) filter.kind = 'department';
  else if (GOVERNMENT.test(normalized)) filter.kind = 'government';
  if (askedYear !== undefined) filter.year = askedYear;
  if (BELOW.test(normalized)) filter.below = true;
  return filter;
}

// A name ending like a division (福建省, 广州市, 鲤城区, 楚雄州) is read as one wherever it stands.
const DIVISION_SUFFIX = /(?:省|市|区|县|州|旗|盟)$/u;

/**
 * Places named in the question that the division dataset knows, each once, longest name first at each
 * position: full names (鲤城区), short forms (福建, 内蒙古) and a city without 市 (清远, 广州). A name the
 * dataset holds several times (鼓楼区) counts only when another place of the question says which.
 */
function questionPlaces(normalized: string): PlaceFilter[] {
  const index = divisionIndex();
  const text = normalized.replace(/\s+/g, '');
  const found = new Map<string, PlaceFilter>();
  const ambiguous: Array<readonly Division[]> = [];
  for (let i = 0; i < text.length; ) {
    let matched = 0;
    for (let len = Math.min(index.longestName, text.length - i); len >= 2 && matched === 0; len--) {
      const divisions = divisionsNamed(text.slice(i, i + len), index);
      if (divisions.length === 0) continue;
      matched = len;
      if (divisions.length === 1) add(found, divisions[0]!);
      else ambiguous.push(divisions);
    }
    i += matched || 1;
  }
  for (const divisions of ambiguous) {
    const within = divisions.filter((d) => [...found.keys()].some((code) => d.code.startsWith(code)));
    if (within.length === 1) add(found, within[0]!);
  }
  // 福建省 and 福州市 together: the narrower place is the filter (a report of 福州 is in 福建).
  return [...found.values()].filter((p) => ![...found.keys()].some((code) => code !== p.code && code.startsWith(p.code)));
}

function add(found: Map<string, PlaceFilter>, d: Division): void {
  found.set(d.code, { name: d.name, code: d.code, tier: d.tier });
}

function divisionsNamed(name: string, index: DivisionIndex): readonly Division[] {
  const direct = index.lookup(name);
  if (direct.length > 0 && (DIVISION_SUFFIX.test(name) || direct.some((d) => d.tier === 'province'))) return direct;
  // A bare city name (清远, 广州): only prefecture-level cities, so that common two-character words stay words.
  if (name.length === 2 && !DIVISION_SUFFIX.test(name)) return index.lookup(`${name}市`).filter((d) => d.tier === 'city');
  return [];
}
