import type { ReportMeta } from '../../types.js';
import { corpsRegion, readCorps } from './corps.js';
import type { DivisionTier } from './divisions.js';
import { reportLevel } from './reportLevel.js';
import { resolveRegion } from './resolveRegion.js';

// The kind of place a name ends its place part with, for a place the dataset does not hold.
const SHAPE: ReadonlyArray<[RegExp, DivisionTier]> = [
  [/^\p{Script=Han}{2,8}?(?:省|自治区)/u, 'province'],
  [/^\p{Script=Han}{2,8}?(?:州|盟)/u, 'city'],
  [/^\p{Script=Han}{2,8}?(?:县|旗|区)(?:人民政府|政府)$/u, 'county'],
  [/^\p{Script=Han}{2,8}?(?:乡|镇|街道)(?:人民政府|政府|办事处)$/u, 'township'],
];

function tierByShape(org: string): DivisionTier | undefined {
  return SHAPE.find(([pattern]) => pattern.test(org))?.[1];
}

/**
 * The region fields of a report from its issuer and text: the full path with codes, the level and,
 * for a department, whose (福州市工业和信息化局 → 福建省 › 福州市, department of a city); a unit of the 兵团 is
 * placed from its name (corps.ts). Also used when
 * an admin gives the issuer (`--org` without `--region`).
 */
export function regionOf(org: string, text: string): Pick<ReportMeta, 'region' | 'regionCodes' | 'level' | 'departmentOf'> {
  const corps = readCorps(org);
  if (corps) return corpsRegion(corps);
  const region = resolveRegion(org, text);
  const level = reportLevel(org, region.division?.tier ?? tierByShape(org), region.zone);
  return { region: region.names, regionCodes: region.codes, ...level };
}
