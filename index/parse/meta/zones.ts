import { divisionIndex, isMunicipality } from './divisions.js';
import type { Division, DivisionTier } from './divisions.js';

// How the names of development zones and new areas end: 福州高新区, 苏州工业园区, 河北雄安新区,
// 平潭综合实验区, 横琴粤澳深度合作区, 北京经济技术开发区, 中国（福建）自由贸易试验区.
const KIND = '(?:开发区|高新区|经开区|新区|试验区|实验区|示范区|园区|合作区|自贸区|保税区)';
// The body that governs a zone: a management committee (管委会), a 管理局 (前海) or an 执行委员会 (横琴).
const BODY = '(?:管理委员会|管委会|管理局|执行委员会)';
// A zone's name; a tier word cannot start it (市高新区 names no zone).
const ZONE = `(?![省市县区])\\p{Script=Han}{2,16}?${KIND}`;
// A zone's name, then perhaps its governing body.
const ZONE_NAME = new RegExp(`^(${ZONE})(${BODY})?$`, 'u');
// A zone named at the start of a longer name (福州高新区经济发展局).
const ZONE_PREFIX = new RegExp(`^${ZONE}`, 'u');
const TIER_BELOW: Partial<Record<DivisionTier, DivisionTier>> = { province: 'city', city: 'county', county: 'township' };

/** A development zone's or new area's name as an issuer uses it. */
export interface ZoneName {
  /** The zone: 河北雄安新区, 福州高新区. */
  zone: string;
  /** Its governing body's kind, when the name gives it: 管委会, 管理局. */
  body?: string;
}

/**
 * The zone a name is, or whose governing body it is (福州高新区管委会 → 福州高新区 + 管委会; 河北雄安新区 →
 * 河北雄安新区); undefined for any other name (a government, a department, 高新区 alone).
 */
export function readZone(name: string): ZoneName | undefined {
  const match = ZONE_NAME.exec(name.trim());
  if (!match?.[1]) return undefined;
  return match[2] ? { zone: match[1], body: match[2] } : { zone: match[1] };
}

/** The zone a name starts with (福州高新区经济发展局 → 福州高新区), or undefined. */
export function zoneAtStart(name: string): string | undefined {
  return ZONE_PREFIX.exec(name.trim())?.[0];
}

/**
 * The tier a zone ranks at. A zone the division data lists at county tier or above (苏州工业园区, 兰州新区)
 * ranks at that tier; any other ranks one tier below the government that set it up, the nearest city or
 * province above it (a city's zones rank with its counties, as 各县（市、区）人民政府、各开发区管委会 lists them;
 * a province's new area ranks with its cities; a municipality's zones with its districts). `listed` is the
 * zone's own division when the data holds one; `above` the most specific division known above the zone.
 */
export function zoneTier(listed: Division | undefined, above: Division | undefined): DivisionTier | undefined {
  if (listed && listed.tier !== 'township') return listed.tier;
  for (let d = listed?.parent ?? above; d; d = d.parent) {
    if (d.tier === 'city' || d.tier === 'province') return isMunicipality(d) ? 'county' : TIER_BELOW[d.tier];
  }
  return undefined;
}

/**
 * Where a zone lies when its name starts with no place the data lists (平潭综合实验区, 福州高新区): the city
 * (福州 → 福州市) or the county (平潭 → 平潭县, whose land the zone governs) its name starts with, when only one
 * division has that name or the text settles it. Returns the division and whether the zone stands in that
 * county's place (its region then ends with the county's city, not the county).
 */
export function zoneSite(zone: string, settle: (candidates: readonly Division[]) => Division | undefined): { division: Division; replaces: boolean } | undefined {
  const { lookup } = divisionIndex();
  for (let length = 2; length <= Math.min(4, zone.length - 2); length += 1) {
    const stem = zone.slice(0, length);
    const cities = lookup(`${stem}市`).filter((d) => d.tier === 'city');
    const city = cities.length === 1 ? cities[0] : settle(cities);
    if (city) return { division: city, replaces: false };
    const counties = ['县', '市', '区'].flatMap((end) => lookup(`${stem}${end}`)).filter((d) => d.tier === 'county');
    const county = counties.length === 1 ? counties[0] : settle(counties);
    if (county) return { division: county, replaces: true };
  }
  return undefined;
}

/**
 * The zone's governing body as the text names it (雄安新区管委会, 平潭综合实验区管理委员会), under the zone's full
 * name; undefined when the text names none. `core` is the zone's name without the place it starts with.
 */
export function zoneBodyIn(zone: string, core: string, text: string): string | undefined {
  for (const name of new Set([zone, core])) {
    if (name.length < 3) continue;
    const match = new RegExp(`${name}(${BODY}|人民政府)`, 'u').exec(text);
    if (match?.[1]) return `${zone}${match[1]}`;
  }
  return undefined;
}
