import type { PlaceFilter, QuestionAnalysis, ReportFilter } from './analysis/index.js';
import type { ReportMeta } from '../index/index.js';
import type { CorpusSnapshot } from './corpusSnapshot.js';
import { filterChoices, kindOrder, passageKind, placeOrder, selectReportsOf } from './rank/index.js';
import type { RankedCandidate } from './rank/index.js';
import type { AnswerScope } from './types.js';

/** The candidates a question may be answered from, and how its answer is ordered and annotated (narrowCandidates). */
export interface NarrowedCandidates {
  /** Candidates of the reports the filters allow, in ranked order. */
  pool: RankedCandidate[];
  /** Relevant candidates ordered by passage kind (practice first) and place (a place's own report first). */
  order(relevant: RankedCandidate[]): RankedCandidate[];
  /** What the answer says about its scope, given the candidates it shows from. */
  notes(relevant: RankedCandidate[]): AnswerScope;
}

/**
 * Applies the question's filters (and those added by a button, which win) to ranked candidates: places, tier,
 * government or department, the year asked (kept, with a note, when no report covers it) and, when no year is
 * asked, each issuer's newest report only (pure over the snapshot).
 */
export function narrowCandidates(snapshot: CorpusSnapshot, question: QuestionAnalysis, candidates: RankedCandidate[], added: ReportFilter = {}): NarrowedCandidates {
  const filter: ReportFilter = { ...question.filter, ...added };
  const selection = selectReportsOf(snapshot.reports, filter); // kept per index generation and filter
  // A report the question names by a name the place filter does not read (石狮 beside 鲤城区) is asked about
  // too, under the other filters; a place chosen with a button still wins.
  const { places, ...unplaced } = filter;
  const byName = question.named.length > 0 && places && !added.places ? selectReportsOf(snapshot.reports, unplaced) : undefined;
  const excluded = new Set(filter.excludeReports ?? []);
  const allowed = (id: string) => !excluded.has(id) && (selection.allowed.has(id) || (byName?.allowed.has(id) === true && question.named.includes(id)));
  const pool = candidates.filter((c) => allowed(c.reportId));
  const kindOf = (c: RankedCandidate) => {
    const p = snapshot.passages.get(c.rowid);
    return p ? passageKind(p.section, p.text) : 'practice';
  };
  return {
    pool,
    order: (relevant) => placeOrder(kindOrder(relevant, kindOf, question.asksFor), snapshot.reports, filter),
    notes: (relevant) => {
      const shown = [...new Set(relevant.map((c) => c.reportId))].flatMap((id) => snapshot.reports.get(id) ?? []);
      const orgs = new Set(shown.map((r) => r.org));
      const olderYears = [...new Set(selection.older.filter((r) => orgs.has(r.org) || shown.length === 0).map((r) => r.year!))].sort((a, b) => b - a);
      // The label names every place shown: a named report the place filter let through adds its own place.
      const extra = byName ? shown.filter((r) => !selection.allowed.has(r.id) && r.region.length > 0).map(placeOf) : [];
      const labelled: ReportFilter = extra.length > 0 ? { ...filter, places: [...(places ?? []), ...extra.filter((p, i) => extra.findIndex((q) => q.name === p.name) === i)] } : filter;
      const scope: AnswerScope = { filter: labelled, choices: filterChoices(shown, filter) };
      if (selection.yearMissing) scope.yearMissing = selection.yearMissing;
      if (olderYears.length > 0) scope.olderYears = olderYears;
      return scope;
    },
  };
}

/** A report's most specific place as a filter place (石狮市人民政府 → 石狮市). */
function placeOf(meta: ReportMeta): PlaceFilter {
  return { name: meta.region.at(-1)!, code: meta.regionCodes?.at(-1) ?? '', tier: undefined };
}
