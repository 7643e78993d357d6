import type { DivisionTier } from './divisions.js';

/** The level of government a report comes from: a government's tier, or a department of one. */
export type ReportLevel = DivisionTier | 'department';

// A government (or the Party committee and government together) rather than one of its departments.
const GOVERNMENT = /(?:人民政府|政府|办事处)$/u;

/**
 * The level of an issuer: a government takes its region's tier (province, city, county — districts
 * and county-level cities included —, township — 乡, 镇, 街道); any other body is a department, of the
 * government of its region's tier (`departmentOf`). Undefined when the region's tier is not certain.
 */
export function reportLevel(org: string, tier: DivisionTier | undefined): { level?: ReportLevel; departmentOf?: DivisionTier } {
  const government = GOVERNMENT.test(org.trim());
  if (government) return tier ? { level: tier } : {};
  return tier ? { level: 'department', departmentOf: tier } : { level: 'department' };
}
