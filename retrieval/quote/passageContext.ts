import type { Passage, ReportMeta, StoredPassage } from '../../index/index.js';
import type { PassageContext } from '../types.js';
import { citePassage } from './citePassage.js';

/** What the context of a passage reads: a passage by id, a report's passages in reading order, the reports. */
export interface ContextSource {
  passage(passageId: string): StoredPassage | undefined;
  reportPassages(reportId: string): readonly StoredPassage[];
  reports: ReadonlyMap<string, ReportMeta>;
}

/**
 * A passage with its neighbours in reading order: the passages of its own section, or of the section above when
 * it is alone in its own; undefined when no passage has that id (pure over `source`).
 */
export function passageContext(source: ContextSource, passageId: string): PassageContext | undefined {
  const passage = source.passage(passageId);
  const report = passage && source.reports.get(passage.reportId);
  if (!passage || !report) return undefined;
  const sameReport = source.reportPassages(passage.reportId);
  const key = JSON.stringify(passage.section);
  let section: Passage[] = sameReport.filter((p) => JSON.stringify(p.section) === key);
  if (section.length === 1 && passage.section.length > 1) {
    const parent = JSON.stringify(passage.section.slice(0, -1));
    section = sameReport.filter((p) => JSON.stringify(p.section.slice(0, passage.section.length - 1)) === parent);
  }
  return { passage, report, citation: citePassage(report, passage), section };
}
