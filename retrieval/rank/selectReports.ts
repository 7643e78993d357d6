import type { ReportMeta } from '../../index/index.js';
import type { ReportFilter } from '../analysis/index.js';

/** Which reports a question may be answered from (selectReports), and what the choice left out. */
export interface ReportSelection {
  /** Ids of the reports that match every filter (and, with no year asked, are their issuer's newest). */
  allowed: Set<string>;
  /** The year asked when no matching report covers it: the filter is then dropped, and the years there are. */
  yearMissing?: { asked: number; covered: number[] };
  /** Older reports of an issuer whose newest report is allowed, by id: offered by year, not quoted by default. */
  older: ReportMeta[];
  /** True when some filter narrowed the reports. */
  filtered: boolean;
}

/** The tier of an issuer: a government's own, or the tier of the government a department belongs to. */
export function issuerTier(meta: ReportMeta): ReportMeta['departmentOf'] {
  return meta.level === 'department' ? meta.departmentOf : meta.level;
}

/** True when the report lies in the place (by GB/T 2260 code, else by name). */
export function liesIn(meta: ReportMeta, place: { code: string; name: string }): boolean {
  return (place.code !== '' && (meta.regionCodes ?? []).includes(place.code)) || meta.region.includes(place.name);
}

/** True when the report matches the filter's places, tier and kind (the year is decided apart). */
export function matchesFilter(meta: ReportMeta, filter: ReportFilter): boolean {
  if (filter.places && filter.places.length > 0 && !filter.places.some((p) => liesIn(meta, p))) return false;
  if (filter.tier && issuerTier(meta) !== filter.tier) return false;
  if (filter.kind === 'department' && meta.level !== 'department') return false;
  if (filter.kind === 'government' && (meta.level === undefined || meta.level === 'department')) return false;
  return true;
}

/**
 * The reports a question may be answered from (pure): those matching its places (a place no report lies in
 * is left to the unknown-place rule), tier and kind; of the year asked when one covers it, else every year with
 * a note; with no year asked, each issuer's newest report only, the older ones listed apart.
 */
export function selectReports(reports: readonly ReportMeta[], filter: ReportFilter): ReportSelection {
  const places = (filter.places ?? []).filter((p) => reports.some((r) => liesIn(r, p)));
  let base = reports.filter((r) => matchesFilter(r, { ...filter, places }));
  let filtered = base.length < reports.length;
  const selection: ReportSelection = { allowed: new Set(), older: [], filtered };
  if (filter.year !== undefined) {
    const ofYear = base.filter((r) => r.year === filter.year);
    if (ofYear.length > 0) {
      filtered ||= ofYear.length < base.length;
      base = ofYear;
    } else if (base.length > 0) {
      selection.yearMissing = { asked: filter.year, covered: [...new Set(base.flatMap((r) => (r.year === null ? [] : [r.year])))].sort() };
    }
  } else {
    const newest = new Map<string, number>();
    for (const r of base) if (r.year !== null) newest.set(r.org, Math.max(r.year, newest.get(r.org) ?? r.year));
    selection.older = base.filter((r) => r.year !== null && r.year < newest.get(r.org)!);
    const older = new Set(selection.older);
    base = base.filter((r) => !older.has(r));
  }
  selection.allowed = new Set(base.map((r) => r.id));
  selection.filtered = filtered;
  return selection;
}

/** Selections kept per report map (one per index generation), by filter: the same few filters recur. */
const SELECTIONS_KEPT = 64;
const selections = new WeakMap<ReadonlyMap<string, ReportMeta>, { list: ReportMeta[]; byFilter: Map<string, ReportSelection> }>();

/**
 * selectReports over a report map, kept per map object and filter: a question pays the O(reports) selection
 * only for a filter not seen since the reports last changed. The selection returned is shared: read it only.
 */
export function selectReportsOf(reports: ReadonlyMap<string, ReportMeta>, filter: ReportFilter): ReportSelection {
  let kept = selections.get(reports);
  if (!kept) selections.set(reports, (kept = { list: [...reports.values()], byFilter: new Map() }));
  const key = JSON.stringify([filter.places?.map((p) => [p.code, p.name]) ?? [], filter.tier ?? '', filter.kind ?? '', filter.year ?? '']);
  let selection = kept.byFilter.get(key);
  if (!selection) {
    selection = selectReports(kept.list, filter);
    kept.byFilter.set(key, selection);
    if (kept.byFilter.size > SELECTIONS_KEPT) kept.byFilter.delete(kept.byFilter.keys().next().value!);
  }
  return selection;
}

/**
 * Orders candidates so that a question naming a place gets that place's own report first (广州市… → 广州市人民政府),
 * or, when it asks for what lies below (各区, 下辖, 各部门), the reports below it first; stable otherwise (pure).
 */
export function placeOrder<T extends { reportId: string }>(candidates: T[], reports: ReadonlyMap<string, ReportMeta>, filter: ReportFilter): T[] {
  const place = filter.places?.length === 1 ? filter.places[0]! : undefined;
  if (!place) return candidates;
  const own = (id: string): boolean => {
    const meta = reports.get(id);
    if (!meta || meta.level === 'department') return false;
    return (meta.regionCodes?.at(-1) ?? '') === place.code || meta.region.at(-1) === place.name;
  };
  const first = candidates.filter((c) => own(c.reportId) !== Boolean(filter.below));
  return first.length === 0 ? candidates : [...first, ...candidates.filter((c) => !first.includes(c))];
}
