import type { ReportMeta } from '../index/index.js';
import type { QuestionAnalysis, ReportFilter } from './analysis/index.js';
import { judgeReport, keyWord, type ReportJudge } from './judgeReport.js';
import { filterChoices, selectReports } from './rank/index.js';
import type { RankedCandidate } from './rank/index.js';
import type { Comparison, Hit } from './types.js';

/**
 * A comparison on the question's topic over the reports its filters allow (by default each issuer's newest):
 * every report judged against all of its own passages (judgeReport) and the topic's key word (keyWord), entries
 * ordered by province › city and within a place by score. `toHit` quotes a candidate.
 */
export function compareReports(
  judge: ReportJudge,
  question: QuestionAnalysis,
  vector: Float32Array | undefined,
  added: ReportFilter,
  toHit: (c: RankedCandidate) => Hit,
): Comparison {
  const filter: ReportFilter = { ...question.filter, ...added };
  const reports = [...judge.reports.values()];
  const selection = selectReports(reports, filter);
  const allowed = reports.filter((r) => selection.allowed.has(r.id));
  const key = keyWord(question, judge.documentFrequency);
  const found: Hit[] = [];
  const related: Hit[] = [];
  const mentions: Hit[] = [];
  const silent: ReportMeta[] = [];
  for (const report of allowed) {
    const verdict = judgeReport(judge, question, vector, report.id, key);
    if (verdict.verdict === 'silent') silent.push(report);
    else ({ answers: found, related, mentions })[verdict.verdict].push(toHit(verdict.best));
  }
  const byPlace = (a: Hit, b: Hit) => placeKey(a.report).localeCompare(placeKey(b.report), 'zh') || b.score - a.score;
  found.sort(byPlace);
  related.sort(byPlace);
  mentions.sort(byPlace);
  silent.sort((a, b) => placeKey(a).localeCompare(placeKey(b), 'zh'));
  const shown = [...found, ...related, ...mentions].map((h) => h.report);
  const comparison: Comparison = { topic: question.display, found, related, mentions, silent, filter, choices: filterChoices(shown, filter) };
  if (key !== undefined) comparison.keyWord = key;
  if (selection.yearMissing) comparison.yearMissing = selection.yearMissing;
  const olderYears = [...new Set(selection.older.map((r) => r.year!))].sort((a, b) => b - a);
  if (olderYears.length > 0) comparison.olderYears = olderYears;
  return comparison;
}

/** Province › city of a report, for grouping: "福建省 › 泉州市" ('' parts for a province's own or a central body). */
export function placeKey(report: ReportMeta): string {
  return report.region.slice(0, 2).join(' › ');
}
