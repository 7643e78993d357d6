import type { ReportMeta } from '../../index/index.js';
import type { ReportFilter } from '../analysis/index.js';
import { issuerTier } from './selectReports.js';

/** A filter offered as a button: what it narrows to, and the filter that does it (added to the question's). */
export type FilterChoice =
  | { field: 'place'; value: string; filter: ReportFilter }
  | { field: 'tier'; value: 'province' | 'city' | 'county'; filter: ReportFilter }
  | { field: 'kind'; value: 'government' | 'department'; filter: ReportFilter }
  | { field: 'year'; value: number; filter: ReportFilter };

/** At most this many choices: two rows of buttons on a phone. */
export const MAX_FILTER_CHOICES = 6;
/** At most this many places among them, so that levels and years still have room. */
const MAX_PLACE_CHOICES = 3;

/**
 * The filters worth offering under results drawn from `shown` reports (pure): only values present in them, and
 * only those that narrow (a value every shown report shares is no choice). Provinces when several, else cities;
 * then tiers, government/department, years. `regionCodes` feed the place filters' codes.
 */
export function filterChoices(shown: readonly ReportMeta[], current: ReportFilter): FilterChoice[] {
  const choices: FilterChoice[] = [];
  const narrowing = <V>(values: Array<V | undefined>): V[] => {
    const present = values.filter((v): v is V => v !== undefined);
    const distinct = [...new Set(present)];
    return distinct.length > 1 || (distinct.length === 1 && present.length < values.length) ? distinct : [];
  };
  const depth = narrowing(shown.map((r) => r.region[0])).length > 1 ? 0 : 1;
  // The places most results come from first.
  const count = (name: string) => shown.filter((r) => r.region[depth] === name).length;
  for (const name of narrowing(shown.map((r) => r.region[depth])).sort((a, b) => count(b) - count(a)).slice(0, MAX_PLACE_CHOICES)) {
    const meta = shown.find((r) => r.region[depth] === name)!;
    const place = { name, code: meta.regionCodes?.[depth] ?? '', tier: undefined };
    choices.push({ field: 'place', value: name, filter: { ...current, places: [place] } });
  }
  for (const tier of narrowing(shown.map(issuerTier)))
    if (tier !== 'township') choices.push({ field: 'tier', value: tier, filter: { ...current, tier } });
  for (const kind of narrowing(shown.map((r): 'government' | 'department' | undefined => (r.level === undefined ? undefined : r.level === 'department' ? 'department' : 'government'))))
    choices.push({ field: 'kind', value: kind, filter: { ...current, kind } });
  for (const year of narrowing(shown.map((r) => r.year ?? undefined)).sort((a, b) => b - a)) choices.push({ field: 'year', value: year, filter: { ...current, year } });
  return choices.slice(0, MAX_FILTER_CHOICES);
}
