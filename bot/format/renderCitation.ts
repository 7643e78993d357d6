import { escapeHtml, type Messages } from '../../prompts/index.js';
import type { Citation } from '../../retrieval/index.js';

/** Separator between the parts of a section path, outermost first. */
export const SECTION_SEPARATOR = ' › ';

/** The report's title with its year, unless the title already says it: "2024年法治政府建设工作报告". Plain text. */
export function titleWithYear(title: string, year: number | null, t: Messages): string {
  if (year === null || title.includes(String(year))) return title;
  return `${title}（${t.year(year)}）`;
}

/** "issuing body · report title and year · section path", escaped for Telegram HTML; empty parts, and an issuer the title begins with, left out. */
export function renderCitation(citation: Citation, t: Messages): string {
  const title = titleWithYear(citation.title, citation.year, t);
  // Most titles begin with their issuer (石狮市人民政府关于…的报告): the issuer is not said twice.
  const parts = [title.startsWith(citation.org) ? '' : citation.org, title, citation.section.join(SECTION_SEPARATOR)];
  return parts
    .filter((p) => p.trim() !== '')
    .map(escapeHtml)
    .join(' · ');
}
