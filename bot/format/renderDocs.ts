import { escapeHtml, type Messages } from '../../prompts/index.js';
import type { ReportSummary } from '../../retrieval/index.js';
import { packMessages } from './packMessages.js';

/** Most recent year first, then by region and issuer, so peers sit together. */
function byYearThenPlace(a: ReportSummary, b: ReportSummary): number {
  const ya = a.meta.year ?? 0;
  const yb = b.meta.year ?? 0;
  if (ya !== yb) return yb - ya;
  return `${a.meta.region.join('')}${a.meta.org}`.localeCompare(`${b.meta.region.join('')}${b.meta.org}`, 'zh');
}

/** /docs as Telegram messages: each indexed report with issuer, title, region, year and passage count. */
export function renderDocs(reports: ReportSummary[], t: Messages, maxChars?: number): string[] {
  if (reports.length === 0) return [t.docsEmpty];
  const blocks = [...reports].sort(byYearThenPlace).map(({ meta, passageCount }) => {
    const facts = [meta.region.join(' '), meta.year === null ? '' : t.year(meta.year), t.passages(passageCount)].filter((s) => s !== '');
    return `• <b>${escapeHtml(meta.org)}</b>\n  ${escapeHtml(meta.title)}\n  ${escapeHtml(facts.join(' · '))}`;
  });
  return packMessages([t.docsHeader(reports.length), ...blocks], maxChars);
}
