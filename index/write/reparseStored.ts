import { regionOf } from '../parse/meta/regionOf.js';
import { parseReport } from '../parse/parseReport.js';
import { toSimplifiedChinese } from '../lexical/normalize.js';
import type { ParsedReport, ReportMeta } from '../types.js';

// Fields an admin may give at ingest (--org, --year, --region, --title).
const GIVEN_FIELDS = ['org', 'year', 'region', 'title'] as const;

/**
 * Parses a stored report again from its text (after the parser changed). A seed's metadata is read
 * afresh. An ingested report keeps what an admin gave (`given`); one stored before `given` was
 * recorded keeps its issuer, year and title, and its region unless the new reading only completes it
 * (福州市 → 福建省 › 福州市), so nothing indexed changes meaning (pure).
 */
export function reparseStored(text: string, stored: ReportMeta, origin: 'seed' | 'ingest'): ParsedReport {
  const parsed = parseReport(text, stored.sourceFile);
  if (origin === 'seed') return parsed;
  const meta: ReportMeta = { ...parsed.meta, id: stored.id, sourceFile: stored.sourceFile };
  if (stored.given) {
    for (const field of stored.given) Object.assign(meta, { [field]: stored[field] });
    if (stored.given.includes('region')) delete meta.regionCodes;
    else if (stored.given.includes('org')) Object.assign(meta, regionOf(stored.org, toSimplifiedChinese(text)));
    return { ...parsed, meta: { ...meta, given: stored.given } };
  }
  for (const field of GIVEN_FIELDS) if (field !== 'region') Object.assign(meta, { [field]: stored[field] });
  if (stored.titleInferred !== undefined) meta.titleInferred = stored.titleInferred;
  const fresh = regionOf(stored.org, toSimplifiedChinese(text));
  const completes = stored.region.every((name) => fresh.region.includes(name));
  Object.assign(meta, completes ? fresh : { region: stored.region, regionCodes: undefined, level: fresh.level, departmentOf: fresh.departmentOf });
  if (!completes) delete meta.regionCodes;
  return { ...parsed, meta };
}
