import type { DivisionTier } from './divisions.js';
import { GOVERNMENT_END } from './governmentName.js';
import { readZone } from './zones.js';

/** The level of government a report comes from: a government's tier, or a department of one. */
export type ReportLevel = DivisionTier | 'department';


/**
 * The level of an issuer: a government takes its region's tier (province, city, county — districts
 * and county-level cities included —, township — 乡, 镇, 街道); a development zone, or the committee that
 * governs it (福州高新区管委会), takes the tier the zone ranks at (`zone`, from zones.ts), as the
 * assessments rank them (各县（市、区）人民政府、各开发区管委会); any other body is a department, of the
 * government (or zone) of its region's tier (`departmentOf`). Undefined when the tier is not certain.
 */
export function reportLevel(org: string, tier: DivisionTier | undefined, zone?: { tier?: DivisionTier }): { level?: ReportLevel; departmentOf?: DivisionTier } {
  if (zone && readZone(org)) return zone.tier ? { level: zone.tier } : {};
  const government = GOVERNMENT_END.test(org.trim());
  if (government) return tier ? { level: tier } : {};
  const owner = zone?.tier ?? tier;
  return owner ? { level: 'department', departmentOf: owner } : { level: 'department' };
}
