import type { ReportMeta } from '../../index/index.js';
import { BODY_ABBREVIATIONS } from './lexicon/bodyAbbreviations.js';

const ADMIN_SUFFIX = /(?:省|市|区|县|镇|乡|街道)$/u;
// Official names of autonomous divisions and their everyday forms: 红河哈尼族彝族自治州 → 红河州,
// 金平苗族瑶族傣族自治县 → 金平县, 内蒙古自治区 → 内蒙古, 广西壮族自治区 → 广西.
const AUTONOMOUS = /^(\p{Script=Han}{2,}?)(?:\p{Script=Han}{1,4}?族)+自治(州|县|旗)$/u;
const AUTONOMOUS_REGION = /^(\p{Script=Han}{2,3}?)(?:壮族|回族|维吾尔)?自治区$/u;

/** A place's name and the forms a question may use for it. */
function placeForms(name: string): string[] {
  const everyday = name.replace(AUTONOMOUS, '$1$2').replace(AUTONOMOUS_REGION, '$1');
  return [...new Set([name, name.replace(ADMIN_SUFFIX, ''), everyday, everyday.replace(ADMIN_SUFFIX, '')])].filter((form) => !form.endsWith('自治'));
}

/** Names a question may use for a report's issuer: its full name, its places, and their short forms (simplified). */
export function reportAliases(meta: ReportMeta): string[] {
  const places = meta.region.flatMap(placeForms).filter((name) => name.length >= 2);
  const aliases = new Set<string>([meta.org, ...places]);
  // The body without its place prefix: 福州市工业和信息化局 → 工业和信息化局 → 工信局; then 福州工信局.
  let body = meta.org;
  for (const place of [...meta.region].sort((a, b) => b.length - a.length)) body = body.replace(place, '');
  const bodies = new Set([body]);
  for (const [full, shorts] of BODY_ABBREVIATIONS) {
    if (body.includes(full)) for (const short of shorts) bodies.add(body.replace(full, short));
  }
  const localPlaces = meta.region.slice(-1).flatMap(placeForms);
  for (const b of bodies) {
    // A bare body name is kept only when distinctive: 工信局 or 高新区, not 政府 (every government).
    if (b.length >= 3 && !b.endsWith('政府')) aliases.add(b);
    for (const place of localPlaces) if (place.length >= 2) aliases.add(`${place}${b}`);
  }
  return [...aliases].filter((alias) => alias.length >= 2);
}
