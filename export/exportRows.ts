import type { Hit } from '../retrieval/index.js';
import type { ReportMeta } from '../index/index.js';

/** One exported passage: the columns an official pastes into a briefing, in the report's own words. */
export interface ExportRow {
  /** 行政区划, most general first, joined without separators (福建省福州市). */
  region: string;
  /** 发布机构: the issuing body. */
  org: string;
  /** 层级 as a word (省级, 市级, 县级, 乡镇街道, 部门), or '' when unknown. */
  level: string;
  /** The year the report covers; null when unknown. */
  year: number | null;
  /** 报告标题; a title the project composed (the report prints none) is marked as such. */
  title: string;
  /** 文号, or '' when the report prints none. */
  docNumber: string;
  /** 章节: the heading path, outermost first, joined with ' › '. */
  section: string;
  /** 原文: the whole passage, verbatim (not the shortened quote). */
  text: string;
  /**
   * 与主题: in a comparison, what the report's entry is (谈到「述法」, 相近的做法，未提到「述法」, 仅提及), as the bot's
   * comparison groups it; '' in an answer, whose export then has no such column.
   */
  standing: string;
}

/** Words for the level column; a parameter so the table stays in prompts/ and tests can pass their own. */
export type DescribeLevel = (report: ReportMeta) => string;

/** Mark appended to a title the project composed because the report prints none. */
export const COMPOSED_TITLE_MARK = '（标题为系统拟定）';

/** The rows for hits, in the order shown (pure); `standings[i]` is hit i's 与主题 in a comparison. */
export function exportRows(hits: readonly Hit[], describeLevel: DescribeLevel = () => '', standings: readonly string[] = []): ExportRow[] {
  return hits.map(({ passage, report }, i) => ({
    region: report.region.join(''),
    org: report.org,
    level: describeLevel(report),
    year: report.year,
    title: report.titleInferred ? `${report.title}${COMPOSED_TITLE_MARK}` : report.title,
    docNumber: report.docNumber ?? '',
    section: passage.section.join(' › '),
    text: passage.text,
    standing: standings[i] ?? '',
  }));
}
