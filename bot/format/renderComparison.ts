import { escapeHtml, type Messages } from '../../prompts/index.js';
import type { ReportMeta } from '../../index/index.js';
import type { Comparison } from '../../retrieval/index.js';
import { packMessages } from './packMessages.js';
import { SECTION_SEPARATOR, titleWithYear } from './renderCitation.js';
import { renderQuote } from './renderQuote.js';

/** "鲤城区人民政府（福建省 泉州市 鲤城区 · 2024年）": who, where and when, escaped. */
export function renderIssuer(report: ReportMeta, t: Messages): string {
  const where = report.region.join(' ');
  const when = report.year === null ? '' : t.year(report.year);
  const detail = [where, when].filter((s) => s !== '').join(' · ');
  return escapeHtml(detail === '' ? report.org : `${report.org}（${detail}）`);
}

/**
 * /compare as Telegram messages: per report that addresses the topic, its issuer, region and year in bold, the
 * report title and section, and its best passage (an expandable quote, short when collapsed on a phone); then
 * the reports that say nothing about it, listed as such.
 */
export function renderComparison(comparison: Comparison, t: Messages, maxChars?: number): string[] {
  const total = comparison.found.length + comparison.silent.length;
  if (comparison.found.length === 0) return [t.compareNone(comparison.topic)];
  const blocks = comparison.found.map((hit, i) => {
    const source = [titleWithYear(hit.report.title, hit.report.year, t), hit.citation.section.join(SECTION_SEPARATOR)]
      .filter((s) => s !== '')
      .map(escapeHtml)
      .join(' · ');
    return `<b>${i + 1}. ${renderIssuer(hit.report, t)}</b>\n<i>${source}</i>\n<blockquote expandable>${renderQuote(hit.quote)}</blockquote>`;
  });
  const silent =
    comparison.silent.length === 0
      ? []
      : [[t.compareSilent, ...comparison.silent.map((r) => `• ${renderIssuer(r, t)} — ${escapeHtml(r.title)}`)].join('\n')];
  return packMessages([t.compareHeader(comparison.topic, comparison.found.length, total), ...blocks, ...silent], maxChars);
}
