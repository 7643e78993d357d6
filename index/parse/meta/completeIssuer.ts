import { corpsIssuer, readCorps } from './corps.js';
import { isMunicipality } from './divisions.js';
import { governmentName } from './governmentName.js';
import { placesInName, resolveRegion } from './resolveRegion.js';
import { readZone, zoneBodyIn } from './zones.js';

// How the name of a public body ends (人民政府, 交通运输局, 街道办事处, 管理委员会, 行政公署; central bodies' 中国人民银行, 中国证监会 …).
export const BODY_SUFFIX = /(?:政府|委员会|委|局|厅|部|办公室|办事处|管委会|中心|署|院|行政公署|人民银行|监会)$/u;

/**
 * A body named without a place: a central one (司法部, 国家税务总局) — not a bare tier word such as
 * 市政府 or 县司法局, nor 人民政府 or 政府办公室 cut from a place's name: the name leaves the place out.
 */
export function isPlacelessBody(name: string): boolean {
  return name.length >= 3 && BODY_SUFFIX.test(name) && !/^(?:省|市|州|县|区|旗|乡|镇|街道|我|本|全|人民政府|政府|盟|自治区)/u.test(name) && /^\p{Script=Han}+$/u.test(name);
}

const UNKNOWN_PLACE = /^\p{Script=Han}{2,8}?(?:省|市|州|盟|县|旗|区|乡|镇|街道)$/u;

/**
 * An issuer's full official name from the name a text uses, when the dataset makes it certain:
 * a place alone becomes its government (柳城县 → 柳城县人民政府; a city's district takes the city:
 * 静海区 → 天津市静海区人民政府; 留下街道 → 留下街道办事处; 兴安盟 → 兴安盟行政公署, governmentName.ts); a body's name is kept, with a doubled
 * place character removed (元谋县县卫生健康局 → 元谋县卫生健康局); a zone the data does not list keeps its
 * name, or takes the governing body the text names (河北雄安新区 + 雄安新区管委会 → 河北雄安新区管委会). Undefined when the name names no
 * place the dataset knows and no public body.
 */
export function completeIssuer(name: string, text: string): string | undefined {
  const trimmed = name.trim().replace(/^(\p{Script=Han}{2,8}?县)县(?!委|政府|人民)/u, '$1');
  if (trimmed.length < 2) return undefined;
  // A unit of the Xinjiang Production and Construction Corps (兵团, 第八师石河子市): the data holds none (corps.ts).
  const corps = readCorps(trimmed);
  if (corps) return corpsIssuer(corps);
  const places = placesInName(trimmed);
  const placeText = places.map((p) => p.name).join('');
  if (places.length > 0 && BODY_SUFFIX.test(trimmed)) return trimmed;
  // A development zone or new area the data does not list as a division (河北雄安新区, 平潭综合实验区) has no
  // 人民政府: the body the text names for it (…管委会), else the zone's own name.
  const zone = readZone(trimmed);
  if (zone?.body) return trimmed;
  const listed = placeText === trimmed && (places.at(-1)?.candidates ?? []).some((d) => d.tier !== 'township');
  if (zone && !listed) return zoneBodyIn(trimmed, trimmed.slice(placeText.length), text) ?? trimmed;
  // A place the dataset does not hold (new, renamed, or made up in an example): its government.
  if (places.length === 0 && UNKNOWN_PLACE.test(trimmed)) return governmentName(trimmed);
  if (places.length === 0 && isPlacelessBody(trimmed)) return trimmed;
  if (places.length === 0 || placeText !== trimmed.replace(/\s+/gu, '')) return undefined;
  const region = resolveRegion(trimmed, text);
  const division = region.division;
  if (division?.tier === 'township') return governmentName(trimmed, division);
  const parent = division?.parent;
  if (division?.tier === 'county' && places.length === 1 && /区$/u.test(trimmed) && parent && (parent.tier === 'city' || isMunicipality(parent))) {
    return `${parent.name}${trimmed}人民政府`;
  }
  if (division?.tier === 'province') return `${division.name}人民政府`;
  return governmentName(trimmed, division);
}
