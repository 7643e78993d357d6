import type { Passage, ReportMeta, ReportOriginal } from '../index/index.js';
import type { QueryProblem, QuestionAnalysis, ReportFilter } from './analysis/index.js';
import type { FilterChoice, PassageKind } from './rank/index.js';

/** Where a quote comes from, ready to show: issuer · title · section. */
export interface Citation {
  org: string;
  title: string;
  year: number | null;
  /** Headings above the passage, outermost first. */
  section: string[];
  /** One human-readable line, e.g. "福州市工业和信息化局 · 2024年法治政府建设工作报告 · 一、… › （一）…". */
  source: string;
}

/** What a user sees of a passage: its own words, possibly cut with "……", and which parts answer the question. */
export interface Quote {
  /** Verbatim text of the passage (or a window of it, with "……" where cut). */
  text: string;
  /** [start, end) UTF-16 offsets into `text` of the sentence(s) that answer the question, for emphasis. */
  highlights: Array<[number, number]>;
}

/** A passage ranked for a question. */
export interface Hit {
  passage: Passage;
  report: ReportMeta;
  /** Fused relevance, higher is better; comparable only within one answer. */
  score: number;
  quote: Quote;
  citation: Citation;
  /** What the passage reports, from its headings: what was done, a shortcoming, or a plan. */
  kind: PassageKind;
}

/** Which reports an answer was drawn from, and the narrower or other choices there are. */
export interface AnswerScope {
  /** The filters applied: the question's own, with those added by a button. */
  filter?: ReportFilter;
  /** The year asked when no report (of the places asked) covers it: every year was searched; the years there are. */
  yearMissing?: { asked: number; covered: number[] };
  /** Years of older reports of the issuers shown (newest first); only the newest is quoted when no year is asked. */
  olderYears?: number[];
  /** Filters worth offering as buttons: values present in the reports shown. */
  choices?: FilterChoice[];
}

/** The answer to one question. `found` is false when nothing in the corpus answers it; `hits` is then empty. */
export interface Answer extends AnswerScope {
  query: string;
  found: boolean;
  hits: Hit[];
  /** Hits beyond this page exist (for "more results"). */
  hasMore: boolean;
  /** The year the question asks about when no quoted report covers it (石狮2024年… answered from the 2023 report). */
  yearMismatch?: { asked: number; covered: number[] };
  /**
   * The body the question names when no report is from it (沈阳市司法局) and the quotes come from other bodies of
   * its place (`from`: their issuers, in the order quoted).
   */
  bodyMissing?: { asked: string; from: string[] };
  /** Places the question names that no indexed report is from (上海市): why nothing was found, when so. */
  unknownPlaces?: string[];
  /** Nothing found, and the question named these reports' issuers (南阳市人民政府): their reports were searched and do not cover it. */
  searchedReports?: string[];
  /** Why the question could not be searched at all (checkQuestion's rule); absent otherwise. */
  problem?: QueryProblem;
  /** The question as the searcher understood it (analyzeQuestion); absent when it could not be searched. */
  question?: QuestionAnalysis;
}

export interface SearchOptions {
  /** How many hits to return; default 5. */
  topK?: number;
  /** How many of the best hits to skip (paging); default 0. */
  offset?: number;
  /** Filters added to those the question states (a filter button); they win over the question's. */
  filter?: ReportFilter;
}

/**
 * Each report's verdict on a topic (compareReports), each judged report decided against all of its own passages:
 * `found` describe it, naming its key word (best passage each, grouped by province › city, best first within a
 * place); `related` answer by meaning without ever naming `keyWord`; `mentions` only name it (in passing, or in
 * a title); `silent` name none of its words (and, when judged, none of their passages answers it).
 */
export interface Comparison extends AnswerScope {
  topic: string;
  found: Hit[];
  related: Hit[];
  mentions: Hit[];
  silent: ReportMeta[];
  /** The word a report must name to describe the topic (述法 of 领导干部述法); absent when no word is held anywhere. */
  keyWord?: string;
  /**
   * Set when not every report was judged (more than JUDGED_REPORTS allowed): how many reports that may name the
   * topic were not judged nor listed. Then `silent` counts reports known to hold none of the topic's words, some
   * of them without being judged by meaning.
   */
  unjudged?: number;
}

export interface CompareOptions {
  /** Filters added to those the topic states (a filter button); they win over the topic's. */
  filter?: ReportFilter;
}

/** A report as listed by /docs. */
export interface ReportSummary {
  meta: ReportMeta;
  passageCount: number;
}

/** Around a passage: its neighbours in reading order, within its section. */
export interface PassageContext {
  passage: Passage;
  report: ReportMeta;
  citation: Citation;
  /** Passages of the same section, in reading order, including `passage`. */
  section: Passage[];
}

/** The search core as the front ends use it. */
export interface Searcher {
  search(query: string, options?: SearchOptions): Promise<Answer>;
  compare(topic: string, options?: CompareOptions): Promise<Comparison>;
  reports(): ReportSummary[];
  context(passageId: string): PassageContext | undefined;
  /** A report's file as it was added (kept beside the index), for the 原文 button; undefined when none was kept. */
  original?(reportId: string): ReportOriginal | undefined;
  /** The question as the searcher would read it (analyzeQuestion), without searching; or why it cannot be searched. */
  analyze(question: string): QuestionAnalysis | { problem: QueryProblem };
}
