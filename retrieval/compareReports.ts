import type { ReportMeta } from '../index/index.js';
import type { QuestionAnalysis, ReportFilter } from './analysis/index.js';
import { chooseJudged } from './chooseJudged.js';
import { judgeReport, keyWord, type ReportJudge } from './judgeReport.js';
import { namingQuery, type NamingQuery } from './namingQuery.js';
import { filterChoices, selectReports } from './rank/index.js';
import type { RankedCandidate } from './rank/index.js';
import type { Comparison, Hit } from './types.js';

/** What a comparison reads besides the judge: which reports may name the topic, and the topic's candidates. */
export interface ComparisonSources {
  /** The reports with a passage matching an FTS5 query, with how many (PassageReader.reportsMatching). */
  reportsMatching: (match: string) => ReadonlyMap<string, number>;
  /** The reports of the topic's corpus-wide candidates (lexical and dense top lists), best first. */
  pool: () => string[];
  /** Most reports judged in full (JUDGED_REPORTS). */
  limit: number;
}

/**
 * A comparison on the question's topic over the reports its filters allow (by default each issuer's newest):
 * each judged report decided against all of its own passages (judgeReport) and the topic's key word (keyWord),
 * entries ordered by province › city and within a place by score. Up to `sources.limit` (JUDGED_REPORTS) reports every one is
 * judged; past it only those chooseJudged picks (the ones naming the topic, the corpus-wide candidates' first),
 * the others counted as not judged (`unjudged`) or, when no passage of theirs may name the topic (namingQuery,
 * one FTS5 query for all reports), silent. `toHit` quotes a candidate.
 */
export function compareReports(
  judge: ReportJudge,
  sources: ComparisonSources,
  question: QuestionAnalysis,
  vector: Float32Array | undefined,
  added: ReportFilter,
  toHit: (c: RankedCandidate) => Hit,
): Comparison {
  const filter: ReportFilter = { ...question.filter, ...added };
  const reports = [...judge.reports.values()];
  const selection = selectReports(reports, filter);
  const allowed = reports.filter((r) => selection.allowed.has(r.id));
  const key = keyWord(question, (word) => judge.df.words.get(word) ?? 0);
  const bounded = allowed.length > sources.limit;
  const plan = chooseJudged(allowed, bounded ? reportsNaming(sources, namingQuery(question, key)) : undefined, bounded ? sources.pool() : [], sources.limit);
  const found: Hit[] = [];
  const related: Hit[] = [];
  const mentions: Hit[] = [];
  const silent: ReportMeta[] = [...plan.silent];
  for (const report of plan.judged) {
    const verdict = judgeReport(judge, question, vector, report.id, key);
    if (verdict.verdict === 'silent') silent.push(report);
    else ({ answers: found, related, mentions })[verdict.verdict].push(toHit(verdict.best));
  }
  const byPlace = (a: Hit, b: Hit) => placeKey(a.report).localeCompare(placeKey(b.report), 'zh') || b.score - a.score;
  found.sort(byPlace);
  related.sort(byPlace);
  mentions.sort(byPlace);
  silent.sort((a, b) => placeKey(a).localeCompare(placeKey(b), 'zh'));
  // The buttons also lead to the reports not judged: narrowing is how they are seen.
  const shown = [...found, ...related, ...mentions].map((h) => h.report).concat(plan.unjudged);
  const comparison: Comparison = { topic: question.display, found, related, mentions, silent, filter, choices: filterChoices(shown, filter) };
  if (key !== undefined) comparison.keyWord = key;
  if (plan.judged.length < allowed.length) comparison.unjudged = plan.unjudged.length;
  if (selection.yearMissing) comparison.yearMissing = selection.yearMissing;
  const olderYears = [...new Set(selection.older.map((r) => r.year!))].sort((a, b) => b - a);
  if (olderYears.length > 0) comparison.olderYears = olderYears;
  return comparison;
}

/** The reports that may name the topic with how many passages each; undefined when that cannot be told. */
function reportsNaming(sources: ComparisonSources, query: NamingQuery): ReadonlyMap<string, number> | undefined {
  if ('match' in query) return sources.reportsMatching(query.match);
  return query.names === 'none' ? new Map() : undefined;
}

/** Province › city of a report, for grouping: "福建省 › 泉州市" ('' parts for a province's own or a central body). */
export function placeKey(report: ReportMeta): string {
  return report.region.slice(0, 2).join(' › ');
}
