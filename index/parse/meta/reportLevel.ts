import type { DivisionTier } from './divisions.js';

/** The level of government a report comes from: a government's tier, or a department of one. */
export type ReportLevel = DivisionTier | 'department';

// A government (or the Party committee and government together) rather than one of its departments.
const GOVERNMENT = /(?:人民政府|政府|办事处)$/u;
// The management committee of a development zone (福州高新区管委会, 某经济技术开发区管理委员会): the body a city
// (or a province) sends to govern the zone, which its reports and assessments rank beside the counties and
// districts (各县（市、区）人民政府、各开发区管委会), not among its own departments.
const ZONE_KIND = '(?:开发区|高新区|新区|试验区|示范区|园区|合作区|自贸区)';
const ZONE = new RegExp(`${ZONE_KIND}$`, 'u');
const ZONE_COMMITTEE = new RegExp(`${ZONE_KIND}(?:管理委员会|管委会)$`, 'u');
const TIER_BELOW: Partial<Record<DivisionTier, DivisionTier>> = { province: 'city', city: 'county', county: 'township' };

/**
 * The level of an issuer: a government takes its region's tier (province, city, county — districts
 * and county-level cities included —, township — 乡, 镇, 街道); any other body is a department, of the
 * government of its region's tier (`departmentOf`). A development zone's management committee governs its
 * zone: at the zone's own tier when the division data lists the zone (苏州工业园区, a county-level code),
 * else one tier below the government that set it up (a city's zone ranks with its counties). `place` is the
 * name of the division `tier` belongs to. Undefined when the region's tier is not certain.
 */
export function reportLevel(org: string, tier: DivisionTier | undefined, place = ''): { level?: ReportLevel; departmentOf?: DivisionTier } {
  if (ZONE_COMMITTEE.test(org.trim())) {
    const below = ZONE.test(place) ? tier : tier && TIER_BELOW[tier];
    return below ? { level: below } : {};
  }
  const government = GOVERNMENT.test(org.trim());
  if (government) return tier ? { level: tier } : {};
  return tier ? { level: 'department', departmentOf: tier } : { level: 'department' };
}
