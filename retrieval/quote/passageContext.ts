import type { Passage, ReportMeta, StoredPassage } from '../../index/index.js';
import type { PassageContext } from '../types.js';
import { citePassage } from './citePassage.js';

/** What of the corpus the context of a passage reads. */
export interface ContextSource {
  passages: ReadonlyMap<number, StoredPassage>;
  /** Passage row ids by passage id. */
  rowids: ReadonlyMap<string, number>;
  reports: ReadonlyMap<string, ReportMeta>;
}

/**
 * A passage with its neighbours in reading order: the passages of its own section, or of the section above when
 * it is alone in its own; undefined when no passage has that id (pure).
 */
export function passageContext(corpus: ContextSource, passageId: string): PassageContext | undefined {
  const passage = corpus.passages.get(corpus.rowids.get(passageId) ?? -1);
  const report = passage && corpus.reports.get(passage.reportId);
  if (!passage || !report) return undefined;
  const sameReport = [...corpus.passages.values()].filter((p) => p.reportId === passage.reportId).sort((a, b) => a.ordinal - b.ordinal);
  const key = JSON.stringify(passage.section);
  let section: Passage[] = sameReport.filter((p) => JSON.stringify(p.section) === key);
  if (section.length === 1 && passage.section.length > 1) {
    const parent = JSON.stringify(passage.section.slice(0, -1));
    section = sameReport.filter((p) => JSON.stringify(p.section.slice(0, passage.section.length - 1)) === parent);
  }
  return { passage, report, citation: citePassage(report, passage), section };
}
