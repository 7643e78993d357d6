import { truncateText } from '../../index/index.js';
import { escapeHtml, type Messages } from '../../prompts/index.js';
import type { ReportMeta } from '../../index/index.js';
import type { Comparison, Hit } from '../../retrieval/index.js';
import { filterLabels } from './filterLabels.js';
import { telegramLength } from './htmlTokens.js';
import { MESSAGE_BUDGET_CHARS, packMessages } from './packMessages.js';
import { SECTION_SEPARATOR, titleWithYear } from './renderCitation.js';
import { renderQuote } from './renderQuote.js';
import { answeringSentence, passageQuote } from './passageQuote.js';

/** Characters of a "mentions only" report's sentence shown beside it. */
const MENTION_CHARS = 60;

/** "鲤城区人民政府（福建省 泉州市 鲤城区 · 2024年）": who, where and when, escaped. */
export function renderIssuer(report: ReportMeta, t: Messages): string {
  const where = report.region.join(' ');
  const when = report.year === null ? '' : t.year(report.year);
  const detail = [where, when].filter((s) => s !== '').join(' · ');
  return escapeHtml(detail === '' ? report.org : `${report.org}（${detail}）`);
}

/** A page's group heading: province › city ("福建省 › 泉州市"), or the province alone. */
const groupOf = (report: ReportMeta): string => report.region.slice(0, 2).join(SECTION_SEPARATOR);

/**
 * /compare as pages, each one Telegram message (under MESSAGE_BUDGET_CHARS): a header with the page number, then
 * the reports that address the topic grouped by province › city (the group heading repeated atop a page that
 * continues it), each with its best passage in an expandable quote; then the reports close in meaning that never
 * name the topic's key word (numbered on, quoted the same way); then the reports that only mention it; the
 * last page counts the silent reports (a button lists them). When not every report was judged, the header
 * says how many more may name the topic and points to the filter buttons. `maxChars` for tests.
 */
export function renderComparison(comparison: Comparison, t: Messages, maxChars = MESSAGE_BUDGET_CHARS): string[] {
  const unjudged = comparison.unjudged ?? 0;
  const total = comparison.found.length + comparison.related.length + comparison.mentions.length + comparison.silent.length + unjudged;
  if (comparison.found.length + comparison.related.length + comparison.mentions.length + unjudged === 0) return [t.compareNone(comparison.topic)];
  const filters = filterLabels(comparison.filter).map((label) => t.filterButton(label));
  const header = [
    t.compareHeader(comparison.topic, comparison.found.length, total),
    ...(filters.length > 0 ? [t.filteredTo(filters)] : []),
    ...(unjudged > 0 ? [t.compareUnjudged(unjudged, comparison.keyWord)] : []),
  ].join('\n');
  // Room for the header and its page line ("第 12/12 页").
  const budget = maxChars - telegramLength(header) - 40;
  const entries: Array<{ group: string; html: string }> = comparison.found.map((hit, i) => ({ group: groupOf(hit.report), html: renderEntry(hit, i + 1, t) }));
  // Related entries go on the numbering, so that their context buttons follow the found ones.
  const related = comparison.related.map((hit, i) => renderEntry(hit, comparison.found.length + i + 1, t));
  const mentions = comparison.mentions.map((hit) => `• ${renderIssuer(hit.report, t)}：${escapeHtml(mentionSentence(hit))}`);
  const pages: string[][] = [[]];
  let used = 0;
  let group: string | undefined;
  const push = (html: string, fresh: () => string = () => html): void => {
    if (used + telegramLength(html) + 2 > budget && pages.at(-1)!.length > 0) {
      pages.push([]);
      used = 0;
      group = undefined;
      html = fresh();
    }
    pages.at(-1)!.push(html);
    used += telegramLength(html) + 2;
  };
  for (const entry of entries) {
    // A group's heading opens it, and again atop a page that continues it.
    const withHeading = (previous: string | undefined) => (entry.group !== '' && entry.group !== previous ? `<b>📍 ${escapeHtml(entry.group)}</b>\n${entry.html}` : entry.html);
    push(withHeading(group), () => withHeading(undefined));
    group = entry.group;
  }
  const put = (html: string): void => push(html);
  if (related.length > 0) put(t.compareRelated(comparison.keyWord));
  for (const entry of related) put(entry);
  if (mentions.length > 0) put(t.compareMentions);
  for (const line of mentions) put(line);
  if (comparison.silent.length > 0) put((comparison.unjudged === undefined ? t.compareSilentCount : t.compareSilentWords)(comparison.silent.length));
  const filled = pages.filter((p) => p.length > 0);
  return filled.map((blocks, i) => [filled.length > 1 ? `${header}\n${t.comparePage(i + 1, filled.length)}` : header, ...blocks].join('\n\n'));
}

/** The reports that say nothing, as messages (the silent-list button). */
export function renderSilent(comparison: Comparison, t: Messages, maxChars?: number): string[] {
  // One block, one line per report: cut between lines only when it outgrows a message.
  return packMessages([[t.compareSilent, ...comparison.silent.map((r) => `• ${renderIssuer(r, t)}`)].join('\n')], maxChars);
}

function renderEntry(hit: Hit, n: number, t: Messages): string {
  const source = [titleWithYear(hit.report.title, hit.report.year, t), hit.citation.section.at(-1) ?? '']
    .filter((s) => s !== '')
    .map(escapeHtml)
    .join(' · ');
  return `<b>${n}. ${renderIssuer(hit.report, t)}</b>\n<i>${source}</i>\n<blockquote expandable>${renderQuote(hit.quote)}</blockquote>`;
}

/** The sentence of a "mentions only" passage that names the topic, cut to MENTION_CHARS. Plain. */
function mentionSentence(hit: Hit): string {
  const whole = passageQuote(hit);
  const sentence = answeringSentence(whole)?.text ?? whole.text;
  return truncateText(sentence.trim(), MENTION_CHARS, '…');
}
