import type { Passage, ReportMeta } from '../index/index.js';
import type { Citation } from './types.js';

/** Separator between the parts of a citation line. */
export const CITATION_SEPARATOR = ' · ';

/** The citation of a passage: issuer · report title · section path (pure). */
export function citePassage(meta: ReportMeta, passage: Pick<Passage, 'section'>): Citation {
  const title = meta.year !== null && !meta.title.includes(String(meta.year)) ? `${meta.title}（${meta.year}年）` : meta.title;
  const parts = [meta.org, title];
  if (passage.section.length) parts.push(passage.section.join(' › '));
  return { org: meta.org, title: meta.title, year: meta.year, section: passage.section, source: parts.join(CITATION_SEPARATOR) };
}
