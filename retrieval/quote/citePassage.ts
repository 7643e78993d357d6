import type { Passage, ReportMeta } from '../../index/index.js';
import type { Citation } from '../types.js';

/** Separator between the parts of a citation line. */
export const CITATION_SEPARATOR = ' · ';

/** The citation of a passage: issuer · report title · section path, the issuer left out when the title begins with it (pure). */
export function citePassage(meta: ReportMeta, passage: Pick<Passage, 'section'>): Citation {
  const title = meta.year !== null && !meta.title.includes(String(meta.year)) ? `${meta.title}（${meta.year}年）` : meta.title;
  // Most titles begin with their issuer (石狮市人民政府关于…的报告): the issuer is not said twice.
  const parts = title.startsWith(meta.org) ? [title] : [meta.org, title];
  if (passage.section.length) parts.push(passage.section.join(' › '));
  return { org: meta.org, title: meta.title, year: meta.year, section: passage.section, source: parts.join(CITATION_SEPARATOR) };
}
