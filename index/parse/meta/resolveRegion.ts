import { divisionIndex, pathOf } from './divisions.js';
import type { Division, DivisionTier } from './divisions.js';
import { readZone, zoneAtStart, zoneSite, zoneTier } from './zones.js';

/** Where an issuer is, as far as it is certain. */
export interface ResolvedRegion {
  /** Place names, most general first: ["福建省", "福州市"], ["天津市", "静海区"]. */
  names: string[];
  /** GB/T 2260 code of each name ('' for a name the dataset does not hold, such as a development zone). */
  codes: string[];
  /** The most specific division, when one is certain. */
  division?: Division;
  /** The development zone or new area the name is, governs or belongs to (zones.ts), with the tier it ranks at when certain. */
  zone?: { name: string; tier?: DivisionTier };
}

/** A place named at the start of an issuer's name, with the divisions it may be. */
export interface NamedPlace {
  name: string;
  candidates: readonly Division[];
}

// 中共海南省委 海南省人民政府, 中共金平县委、金平县人民政府: the government's part names the place.
const JOINT_SEPARATOR = /[\s、]+/u;

/**
 * The places an issuer's name starts with, each with the divisions it may be, in order
 * (长沙市天心区坡子街街道办事处 → 长沙市, 天心区, 坡子街街道); a later place must lie inside an earlier one.
 */
export function placesInName(org: string): NamedPlace[] {
  const { lookup, longestName } = divisionIndex();
  const name = governmentPart(org);
  const places: NamedPlace[] = [];
  let rest = name;
  while (rest.length >= 2) {
    let found: NamedPlace | undefined;
    for (let length = Math.min(longestName, rest.length); length >= 2 && !found; length -= 1) {
      const candidates = lookup(rest.slice(0, length)).filter((d) => within(d, places.at(-1)));
      if (candidates.length > 0) found = { name: rest.slice(0, length), candidates };
    }
    if (!found) break;
    places.push(found);
    rest = rest.slice(found.name.length);
  }
  return places;
}

/** Of joint issuers (中共海南省委 海南省人民政府), the government's name; else the name itself, without 中共. */
function governmentPart(org: string): string {
  const parts = org.replace(/^中共/u, '').split(JOINT_SEPARATOR).filter(Boolean);
  return (parts.find((part) => /政府|办事处|公署|行署/u.test(part)) ?? parts.at(-1) ?? '').replace(/^中共/u, '');
}

function within(division: Division, outer: NamedPlace | undefined): boolean {
  if (!outer) return true;
  return outer.candidates.some((candidate) => pathOf(division).includes(candidate) && candidate !== division);
}

/**
 * The region an issuer governs, most general first, with codes: the places its name starts with,
 * completed upwards from the administrative-division dataset (福州市工业和信息化局 → 福建省 › 福州市;
 * 静海区人民政府 → 天津市 › 静海区). A name several divisions share (河东区, 鼓楼区, 中村乡) is settled by
 * the other places the text names (禄丰县 → 云南省 › 楚雄彝族自治州 › 禄丰市 › 中村乡); when the text
 * does not settle it, only what is certain is kept (the shared ancestors and the name itself).
 */
export function resolveRegion(org: string, text: string): ResolvedRegion {
  const places = placesInName(org);
  if (places.length === 0) return zoneRegion(org, text);
  return withZone(placesRegion(places, text), governmentPart(org), places);
}

function placesRegion(places: readonly NamedPlace[], text: string): ResolvedRegion {
  const last = places.at(-1) as NamedPlace;
  const candidates = last.candidates.filter((d) => places.every((p) => p.candidates.some((c) => pathOf(d).includes(c))));
  const chosen = candidates.length === 1 ? candidates[0] : settleByText(candidates, text);
  // A former name (禄丰县 for today's 禄丰市) places a report only when the text names a place above it.
  const former = chosen !== undefined && last.name.endsWith('县') && !chosen.name.endsWith('县') && !/自治县$/u.test(chosen.name);
  if (chosen && (!former || mentionsOfAncestors(chosen, text) > 0)) return fromDivision(chosen);
  if (former) return { names: places.map((p) => p.name), codes: places.map(() => '') };
  const shared = sharedAncestors(candidates);
  const named = places.map((p) => p.name).filter((n) => !shared.some((d) => d.name === n));
  return { names: [...shared.map((d) => d.name), ...named], codes: [...shared.map((d) => d.code), ...named.map(() => '')] };
}

/** The path of one division as a region. */
export function fromDivision(division: Division): ResolvedRegion {
  const path = pathOf(division);
  return { names: path.map((d) => d.name), codes: path.map((d) => d.code), division };
}

/** The one candidate whose higher places the text names most, or undefined on a tie or no mention. */
function settleByText(candidates: readonly Division[], text: string): Division | undefined {
  const scored = candidates.map((candidate) => ({ candidate, score: mentionsOfAncestors(candidate, text) }));
  scored.sort((a, b) => b.score - a.score);
  const [best, second] = scored;
  return best && best.score > 0 && (!second || second.score < best.score) ? best.candidate : undefined;
}

function mentionsOfAncestors(division: Division, text: string): number {
  let score = 0;
  for (let d = division.parent; d; d = d.parent) {
    for (const form of formsOf(d)) score += text.split(form).length - 1;
  }
  // The division's own former or short name (禄丰县 for 禄丰市) also places it.
  return score;
}

/** A division's name and the stem a text calls it by (楚雄彝族自治州 → 楚雄州, 楚雄; 禄丰市 → 禄丰). */
export function formsOf(division: Division): string[] {
  const stem = division.name.replace(/(?:(?:[^族]{1,4}族)+自治)?(?:省|市|州|县|区|旗|盟|地区|自治区)$/u, '');
  return stem.length >= 2 && stem !== division.name ? [division.name, stem] : [division.name];
}

function sharedAncestors(candidates: readonly Division[]): Division[] {
  const paths = candidates.map((c) => pathOf(c).slice(0, -1));
  const first = paths[0] ?? [];
  const shared: Division[] = [];
  for (let i = 0; i < first.length; i += 1) {
    if (paths.every((p) => p[i] === first[i])) shared.push(first[i] as Division);
    else break;
  }
  return shared;
}

/**
 * A name the places it starts with do not cover wholly, when the rest makes it a zone (河北雄安新区 → 河北省 ›
 * 雄安新区, ranked as a city; 北京经济技术开发区, which the data lists under 大兴区, ranked with 北京市's districts).
 */
function withZone(region: ResolvedRegion, name: string, places: readonly NamedPlace[]): ResolvedRegion {
  const zone = readZone(name)?.zone ?? zoneAtStart(name);
  if (!zone) return region;
  const placeText = places.map((p) => p.name).join('');
  if (placeText === zone) return { ...region, zone: { name: zone, ...tierField(zoneTier(region.division, undefined)) } };
  if (!zone.startsWith(placeText)) return region;
  const core = zone.slice(placeText.length);
  return { names: [...region.names, core], codes: [...region.codes, ''], ...(region.division ? { division: region.division } : {}), zone: { name: zone, ...tierField(zoneTier(undefined, region.division)) } };
}

/** A zone whose name starts with no listed place: placed by the city or county its name starts with (zones.ts). */
function zoneRegion(org: string, text: string): ResolvedRegion {
  const zone = zoneAtStart(governmentPart(org));
  if (!zone) return { names: [], codes: [] };
  const site = zoneSite(zone, (candidates) => settleByText(candidates, text));
  const outer = site?.replaces ? site.division.parent : site?.division;
  if (!outer) return { names: [zone], codes: [''], zone: { name: zone } };
  const region = fromDivision(outer);
  return { names: [...region.names, zone], codes: [...region.codes, ''], division: outer, zone: { name: zone, ...tierField(zoneTier(undefined, outer)) } };
}

function tierField(tier: DivisionTier | undefined): { tier?: DivisionTier } {
  return tier ? { tier } : {};
}

/** The tier of a region's most specific division, when certain. */
export function tierOf(region: ResolvedRegion): DivisionTier | undefined {
  return region.division?.tier;
}
