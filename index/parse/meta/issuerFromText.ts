import { completeIssuer, isPlacelessBody } from './completeIssuer.js';
import { readCorps } from './corps.js';
import { DEPARTMENT_SELF, departmentInText } from './departmentInText.js';
import { governmentName } from './governmentName.js';
import { leadingPlaces } from './leadingPlaces.js';
import type { Division } from './divisions.js';
import { placeMentions } from './placeMentions.js';
import type { PlaceMention } from './placeMentions.js';
import { placesInName } from './resolveRegion.js';
import { readZone } from './zones.js';

// 2023年，… / 2024年以来，… / 二〇二三年度，…: the year the opening sentence starts with.
const LEADING_YEAR = /^(?:(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年(?:度|以来)?|今年以来|一年来|过去一年)\s*[,，]?\s*/u;
// 在市委、市政府的坚强领导下， — the bodies that lead the issuer, not the issuer.
const LED_BY = /^在[^,，。]{0,60}?下\s*[,，]?\s*/u;
// The subject ends where its verb starts.
const SUBJECT = /^([\p{Script=Han}、]{2,30}?)(?=坚持|始终|深入|深化|认真|全面|全力|全方位|紧紧|紧扣|持续|扎实|围绕|立足|积极|不断|以|聚焦|着力|着眼|高度|高标准|牢牢|牢固|锚定|紧密|切实|在|把|将|按照|结合|严格|大力|践行|统筹|进一步|强化|加快|贯彻|推进|坚决|努力|主动)/u;
// 霞浦县司法局聚力…: a department's name after the place, when no verb stands inside it.
const DEPARTMENT_AFTER_PLACE = /^\p{Script=Han}{1,10}?(?:局|厅|委员会|办公室)/u;
const VERB = /推进|深化|全面|持续|加强|强化|坚持|落实|贯彻|聚力|聚焦|围绕|提升|完善|开展|优化/u;
// 霞浦县深化…, 霞浦县人民政府以…: a place (and its government) the sentence starts with, whatever verb follows.
const GOVERNMENT_AFTER_PLACE = /^(?:委、\p{Script=Han}{0,8}?(?:人民)?政府|人民政府|政府|行政公署|办事处)/u;
// 我市, 本县, 市政府, 县委、县政府, 盟委、行署, 自治区人民政府: the issuer calling itself by its kind of place.
const GOVERNMENT_SELF = /^(?:我|本|全)?(省|自治区|市|州|盟|县|旗|区|乡|镇|街道)(?:(委)、(?:\1?(?:人民)?政府|行署)|(?:人民)?政府|行署|党委、政府)?$/u;
// 霞浦县委、县政府, 中共思明区委、思明区人民政府, 锡林郭勒盟委、行署: a place's Party committee and government together.
const JOINT_SUBJECT = /^(?:中共)?(\p{Script=Han}{2,10}?(省|自治区|市|州|盟|县|旗|区|乡|镇))(?:党)?委(?:员会)?、(?:\1|\2)?(?:(?:人民)?政府|行署|行政公署)$/u;
// 县交通运输局, 市司法局, 省政府办公厅, 自治区司法厅: a department named after its government's kind only.
const GENERIC_DEPARTMENT = /^(省|自治区|市|州|盟|县|旗|区)(\p{Script=Han}{2,12}?(?:局|委员会|办公室|厅))$/u;
const SELF_IN_TEXT = /(?:我|本)(省|自治区|市|州|县|旗|区|乡|镇|街道)(?![场民长级委])/u;
// 全县各级…, 县委、县政府坚持…: a government speaking for its whole area.
const WHOLE_AREA = /全(省|县|市|旗)(?![场民长级委])|(?:^|\n)(县|市|旗)委、\2政府/u;
/**
 * The subject of a report's opening sentence (2023年，XX区坚持… → XX区): the words before its verb, else the
 * place (and government) it starts with (2023年，霞浦县聚力… → 霞浦县), or undefined.
 */
export function openingSubject(opening: string): string | undefined {
  const rest = sentenceStart(opening);
  return SUBJECT.exec(rest)?.[1] ?? placeSubject(rest);
}

/** An opening sentence without its leading year and the bodies that lead its subject. */
function sentenceStart(opening: string): string {
  let rest = opening.trim().replace(LEADING_YEAR, '');
  for (let i = 0; i < 2; i += 1) rest = rest.replace(LED_BY, '');
  return rest;
}

/** The place (and its government) a sentence starts with, whatever verb follows (霞浦县聚力… → 霞浦县). */
function placeSubject(rest: string): string | undefined {
  const places = placesInName(rest.split(/[、，,。；;\s]/u)[0] ?? '').map((p) => p.name).join('');
  if (!places) return undefined;
  const after = rest.slice(places.length);
  const department = DEPARTMENT_AFTER_PLACE.exec(after)?.[0];
  if (department && !VERB.test(department)) return `${places}${department}`;
  return `${places}${GOVERNMENT_AFTER_PLACE.exec(after)?.[0] ?? ''}`;
}

/**
 * The issuer a name stands for, as an opening sentence's subject or a title's issuer writes it: a place or a
 * body (洛宁县 → 洛宁县人民政府), a Party committee and government (霞浦县委、县政府 → 中共霞浦县委、霞浦县人民政府),
 * a government or department named by its kind only (我市, 县人民政府, 市司法局, 省政府办公厅) and placed by the place
 * of that kind the text names most, or a central body (司法部). Undefined when the name does not tell.
 */
export function issuerOfName(subject: string, body: string): string | undefined {
  if (placesInName(subject).length > 0 || readZone(subject) || readCorps(subject)) {
    const named = completeIssuer(subject, body);
    if (named) return named;
  }
  const jointPlace = JOINT_SUBJECT.exec(subject)?.[1];
  if (jointPlace && placesInName(jointPlace).length > 0) return `中共${jointPlace}委、${governmentName(jointPlace, placesInName(jointPlace).at(-1)?.candidates[0])}`;
  const self = GOVERNMENT_SELF.exec(subject);
  if (self) return governmentOf(self[1] ?? '', Boolean(self[2]), body);
  // 2025年，县交通运输局在县委…: a department named by its government's kind, placed where the text says.
  const generic = GENERIC_DEPARTMENT.exec(subject);
  if (generic) {
    // 区司法局 is a district's; 自治区司法厅 the region's.
    const kind = generic[1] === '区' ? '区县' : (generic[1] ?? '');
    const place = mostMentioned(placeMentions(body), (d, written) => fitsKind(d, written, kind, body));
    // 省政府办公厅 is the office of the province's 人民政府.
    if (place) return `${placeName(place)}${(generic[2] ?? '').replace(/^政府/u, '人民政府')}`;
  }
  // 2023年，司法部坚持…: a central body needs no place.
  return isPlacelessBody(subject) && !/[、]/u.test(subject) ? subject : undefined;
}

/**
 * The issuer a report's text names: its opening sentence's subject when that is a place or a body
 * (2023年，洛宁县坚持… → 洛宁县人民政府; 霞浦县委、县政府坚持… → 中共霞浦县委、霞浦县人民政府), else its self-references (我市, 县委、县政府, 我局) joined with
 * the place or body of that kind the text names most (我市 + 海东市 → 海东市人民政府; 我局 + 在连州市委…
 * + 清远市市场监督管理局 → 连州市市场监督管理局). Undefined when the text does not tell.
 */
export function issuerFromText(opening: string, body: string): string | undefined {
  const subject = openingSubject(opening);
  const place = placeSubject(sentenceStart(opening));
  const named = (subject === undefined ? undefined : issuerOfName(subject, body)) ?? (place === undefined || place === subject ? undefined : issuerOfName(place, body));
  if (named) return named;
  const department = DEPARTMENT_SELF.find(([pattern]) => pattern.test(subject ?? '') || pattern.test(opening));
  if (department) return departmentInText(department[1], opening, body);
  const selfInText = SELF_IN_TEXT.exec(opening) ?? SELF_IN_TEXT.exec(body);
  if (selfInText) return governmentOf(selfInText[1] ?? '', false, body);
  const anywhere = DEPARTMENT_SELF.find(([pattern]) => pattern.test(body));
  if (anywhere) return departmentInText(anywhere[1], opening, body);
  // Last: the whole area the text speaks for (全县…, 县委、县政府…) and the place of that kind it names most.
  const area = WHOLE_AREA.exec(body);
  return area ? governmentOf(area[1] ?? area[2] ?? '', false, body) : undefined;
}

function governmentOf(kind: string, joint: boolean, body: string): string | undefined {
  const fitting = placeMentions(body).filter((m) => m.divisions.some((d) => fitsKind(d, m.written, kind, body)));
  // A place whose government the text says leads the issuer is its superior (在泉州市委、市政府领导下，我市…).
  const leaders = leadingPlaces(body);
  const place = mostMentioned(fitting.filter((m) => !leaders.has(m.written)), (d, written) => fitsKind(d, written, kind, body), body);
  if (!place) return undefined;
  const division = place.divisions[0];
  const name = placeName(place);
  return joint ? `中共${name}委、${governmentName(name, division)}` : completeIssuer(name, body);
}

/** A place as an issuer's name starts with it: a province by its full name (广西 → 广西壮族自治区), any other as written. */
function placeName(place: PlaceMention): string {
  const division = place.divisions[0];
  return division?.tier === 'province' ? division.name : place.written;
}

/** Whether a division is of the kind a self-reference names (区: an autonomous region or a district; 区县: a district only). */
function fitsKind(division: Division, written: string, kind: string, body: string): boolean {
  switch (kind) {
    case '省':
      return division.tier === 'province' && division.name.endsWith('省');
    case '自治区':
      return division.tier === 'province' && division.name.endsWith('自治区');
    case '区':
      // 我区 is an autonomous region's or a district's; mostMentioned weighs the two.
      return (division.tier === 'province' && division.name.endsWith('自治区') && /自治区/u.test(body)) || (division.tier === 'county' && written.endsWith('区'));
    case '区县':
      return division.tier === 'county' && written.endsWith('区');
    case '市':
      return written.endsWith('市') && division.tier !== 'township';
    case '州':
    case '盟':
      return division.tier === 'city' && written.endsWith(kind);
    case '县':
    case '旗':
      return division.tier === 'county' && written.endsWith(kind);
    default:
      return division.tier === 'township' && written.endsWith(kind);
  }
}

/**
 * The fitting place the text names most. An autonomous region also counts the times the text says 自治区
 * (自治区党委, 自治区人民政府), which is how its own report names it: 我区 in a text that names 青秀区 four times
 * and 自治区 twice is 青秀区's, in one that says 自治区 throughout and names one district once, the region's.
 */
function mostMentioned(mentions: readonly PlaceMention[], fits: (d: Division, written: string) => boolean, body = ''): PlaceMention | undefined {
  const generic = body.split('自治区').length - 1;
  const weight = (m: PlaceMention): number => m.count + (m.divisions.some((d) => d.tier === 'province' && d.name.endsWith('自治区')) ? generic : 0);
  let best: PlaceMention | undefined;
  for (const mention of mentions) {
    if (!mention.divisions.some((d) => fits(d, mention.written))) continue;
    if (!best || weight(mention) > weight(best)) best = mention;
  }
  return best;
}
