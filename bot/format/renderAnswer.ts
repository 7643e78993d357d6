import type { Messages } from '../../prompts/index.js';
import { checkQuestion, type Answer } from '../../retrieval/index.js';
import { filterLabels } from './filterLabels.js';
import { packMessages } from './packMessages.js';
import { queryProblemReply } from './queryProblemReply.js';
import { renderHit } from './renderHit.js';

/**
 * An answer as Telegram messages: a header naming the question (and the filters it was narrowed by), then the cited passages numbered from
 * `offset + 1`, split between passages. When nothing was found, only the plain "not found" advice: no quotes;
 * when the question could not be searched, why (the same words as when the bot refuses it before searching).
 */
export function renderAnswer(answer: Answer, offset: number, t: Messages, maxChars?: number): string[] {
  if (answer.problem) {
    const check = checkQuestion(answer.query);
    if (!check.ok) return [queryProblemReply(check, t)];
  }
  // 还有别的地方吗: the reports quoted before are left out, and the answer says so.
  const leftOut = answer.filter?.excludeReports?.length ?? 0;
  if (!answer.found || answer.hits.length === 0) {
    return [leftOut > 0 ? t.noOtherReports(answer.query, leftOut) : t.notFound(answer.query, answer.unknownPlaces, answer.searchedReports)];
  }
  const title = t.answerHeader(answer.query, offset + 1, offset + answer.hits.length);
  // A year asked but missing was searched across every year (the yearMissing note says so), so it is no filter.
  const filters = filterLabels(answer.filter).filter((label) => !(label.field === 'year' && answer.yearMissing)).map((label) => t.filterButton(label));
  if (leftOut > 0) filters.push(t.shownBefore(leftOut));
  const notes = [
    filters.length > 0 ? t.filteredTo(filters) : '',
    answer.bodyMissing ? t.bodyMissing(answer.bodyMissing.asked, answer.bodyMissing.from) : '',
    answer.yearMissing ? t.yearMissing(answer.yearMissing.asked, answer.yearMissing.covered) : answer.yearMismatch ? t.yearMismatch(answer.yearMismatch.asked, answer.yearMismatch.covered) : '',
    answer.olderYears && offset === 0 ? t.olderLeftOut(answer.olderYears) : '',
  ].filter((n) => n !== '');
  const header = [title, ...notes].join('\n');
  const blocks = answer.hits.map((hit, i) => renderHit(hit, t, offset + i + 1));
  return packMessages([header, ...blocks], maxChars);
}
