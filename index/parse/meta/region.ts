import { PROVINCES } from './provinces.js';

// An administrative unit at the start of an issuer's name: 泉州市, 鲤城区, 石狮市. The name part is
// 2–4 characters so that 市场监督管理局 or 城市管理局 are not read as places.
const UNIT = /^\p{Script=Han}{2,4}?(?:省|自治区|市|区|县|旗)/u;
// A development zone named after its city: 福州高新技术产业开发区.
const ZONE = /^(\p{Script=Han}{2,3}?)(\p{Script=Han}{0,8}?(?:开发区|高新区|新区|试验区))/u;
// Mentions of a province this many times or more place the issuer in it.
const MIN_PROVINCE_MENTIONS = 2;

/**
 * The region an issuer governs, most general first (["福建省", "泉州市", "鲤城区"]), read from its
 * name and the report's own text (both simplified): the units its name starts with; the city above
 * it when the text names one as its superior (`省、泉州市工作部署`); and the province the text
 * mentions most (at least twice). Left short rather than guessed: no gazetteer is consulted.
 */
export function inferRegion(org: string, text: string): string[] {
  const units = unitsOf(org, text);
  const parent = units.length === 1 ? superiorCity(units[0] ?? '', text) : undefined;
  const province = mostMentionedProvince(text);
  const region = parent ? [parent, ...units] : units;
  if (province && !region.includes(province)) region.unshift(province);
  return region;
}

function unitsOf(org: string, text: string): string[] {
  const zone = ZONE.exec(org);
  if (zone && !UNIT.test(org)) {
    const city = `${zone[1] ?? ''}市`;
    const name = zone[0];
    return text.includes(city) ? [city, name] : [name];
  }
  const units: string[] = [];
  let rest = org;
  for (let match = UNIT.exec(rest); match; match = UNIT.exec(rest)) {
    units.push(match[0]);
    rest = rest.slice(match[0].length);
  }
  return units;
}

// `省、泉州市工作部署`: a report names its superior government right after the province's.
const SUPERIOR_CITY = /省、((?:(?!市)\p{Script=Han}){2,3}市)/gu;

function superiorCity(own: string, text: string): string | undefined {
  for (const match of text.matchAll(SUPERIOR_CITY)) {
    const city = match[1];
    if (city && city !== own) return city;
  }
  return undefined;
}

function mostMentionedProvince(text: string): string | undefined {
  let best: { name: string; count: number } | undefined;
  for (const [mention, name] of PROVINCES) {
    const count = text.split(mention).length - 1;
    if (count >= MIN_PROVINCE_MENTIONS && count > (best?.count ?? 0)) best = { name, count };
  }
  return best?.name;
}
