import type { ErrorCode } from '../errors/index.js';
/** A report as the help and /docs texts show it. */
export interface ReportLine {
  org: string;
  title: string;
  region: string[];
  year: number | null;
  passageCount: number;
}

/** Figures for /stats. Latencies in milliseconds, null when no question was answered yet. */
export interface StatsView {
  questions: number;
  notFound: number;
  feedbackUp: number;
  feedbackDown: number;
  latencyP50Ms: number | null;
  latencyP95Ms: number | null;
  /** The questions most often answered "nothing found", with how often: counts only, no user ids. */
  topUnanswered: ReadonlyArray<{ query: string; count: number }>;
}

/** A report just added (from the chat or the ingest seam): what ingestion reports back and the admin is told. */
export interface IngestedReport {
  title: string;
  passageCount: number;
  org?: string;
  year?: number | null;
  /** How many earlier versions of the report this one replaced. */
  replaced?: number;
}

/** What a filter button narrows to (retrieval's FilterChoice without its filter). */
export type FilterLabel =
  | { field: 'place'; value: string }
  | { field: 'tier'; value: 'province' | 'city' | 'county' }
  | { field: 'kind'; value: 'government' | 'department' }
  | { field: 'year'; value: number };

/** A slash command and its one-line description, for Telegram's command menu. */
export interface CommandLine {
  command: string;
  description: string;
}

/**
 * Every sentence the bot says, in one language. Functions return Telegram HTML and escape what they
 * interpolate; members marked "plain" are plain text (button labels, callback toasts, inline titles).
 */
export interface Messages {
  lang: 'zh' | 'en';
  help(reports: ReportLine[], botUsername: string): string;
  answerHeader(query: string, from: number, to: number): string;
  /** Said under the header when the question asks about a year the quoted reports do not cover. */
  yearMismatch(asked: number, covered: readonly number[]): string;
  /**
   * Said under the header when the question names a body no report is from (沈阳市司法局) and the quotes come from
   * other bodies of its place (`from`, the issuers quoted: 沈阳市人民政府).
   */
  bodyMissing(asked: string, from: readonly string[]): string;
  /** Said under the header when the year asked has no report (of the places asked): every year was searched instead. */
  yearMissing(asked: number, covered: readonly number[]): string;
  /** Said under the header when older reports of the issuers shown were left out (only the newest is quoted). */
  olderLeftOut(years: readonly number[]): string;
  /** Said under the header of a narrowed answer: the filters it shows (filterButton's labels, plain). */
  filteredTo(labels: readonly string[]): string;
  /** A filter button's label, e.g. 仅福建省, 仅市级, 仅部门, 2023年. Plain. */
  filterButton(choice: FilterLabel): string;
  /** Among the filters of a follow-up asking for other places: the reports already quoted, left out. Plain. */
  shownBefore(count: number): string;
  /** 还有别的地方吗 when no report but those already quoted answers. */
  noOtherReports(query: string, quoted: number): string;
  /** A passage's kind as its citation shows it: 做法, 问题, 计划. Plain. */
  passageKind(kind: 'practice' | 'problem' | 'plan'): string;
  /** Under a context view's citation: the passage's kind, the report's 文号 and date where known, and whether its title was composed. */
  provenance(p: { kind: 'practice' | 'problem' | 'plan'; docNumber?: string; date?: string; titleInferred?: boolean }): string;
  /** The level column of an export (省级, 市级部门, 乡镇街道…), '' when unknown. Plain. */
  describeLevel(report: { level?: 'province' | 'city' | 'county' | 'township' | 'department'; departmentOf?: 'province' | 'city' | 'county' | 'township' }): string;
  /** Caption of an exported file sent in the chat. Plain. */
  exportCaption(rows: number): string;
  /** Caption of a report's original file; its web address when it came from a page. */
  original(p: { org: string; title: string; url?: string }): string;
  /** Nothing answers; `unknownPlaces` are places the question names that no indexed report is from. */
  notFound(query: string, unknownPlaces?: readonly string[], searchedReports?: readonly string[]): string;
  /** Year as shown beside a report title, e.g. 2024年. Plain. */
  year(year: number): string;
  compareHeader(topic: string, found: number, total: number): string;
  compareSilent: string;
  /** Under a comparison page's header: which page of how many. Plain. */
  comparePage(page: number, pages: number): string;
  /** Heads the reports that only name the topic (in passing, or in a title). */
  compareMentions: string;
  /** Heads the reports whose passages come close in meaning but never name `keyWord` (述法 of 领导干部述法). */
  compareRelated(keyWord: string | undefined): string;
  /** The last page's line counting the reports that say nothing (listed by a button). */
  compareSilentCount(count: number): string;
  /**
   * Under the header of a comparison that judged only some reports (retrieval chooseJudged): how many more may
   * name the topic (name `keyWord`, when it has one), and that the filter buttons narrow to them.
   */
  compareUnjudged(count: number, keyWord: string | undefined): string;
  /** As compareSilentCount, when some were found silent by their words alone (not judged by meaning). */
  compareSilentWords(count: number): string;
  /** Comparison buttons. Plain. */
  compareButtons: { previous: string; next: string; silent(count: number): string };
  compareNone(topic: string): string;
  compareUsage: string;
  askUsage: string;
  docsHeader(count: number): string;
  /** "N passages". Plain. */
  passages(count: number): string;
  docsEmpty: string;
  contextHeader: string;
  emptyQuestion: string;
  questionTooLong(length: number, max: number): string;
  notWords: string;
  /** Contains no markup, so it also serves as a callback toast. */
  rateLimited(retryInSeconds: number): string;
  notAllowed: string;
  notAdmin: string;
  stats(view: StatsView): string;
  unknownCommand: string;
  textOnly: string;
  errors: { unavailable: string; generic: string };
  ingest: {
    unavailable: string;
    adminsOnly: string;
    received(fileName: string): string;
    /** An admin's link was taken up for fetching. */
    receivedLink(url: string): string;
    /** A scanned PDF's pages are being read by OCR, which takes a while. */
    ocrStarted(pages: number): string;
    done(result: IngestedReport): string;
    /** `reason` in the interface language; `detail` is the precise message (file name, limits, ids). */
    failed(reason: string, detail: string): string;
    /** Why a file was not added, by error code; the rest fall back to `otherReason`. */
    reasons: Partial<Record<ErrorCode, string>>;
    otherReason: string;
  };
  /** /remove, for admins: take a report out of the index. */
  remove: {
    unavailable: string;
    usage(reports: ReadonlyArray<{ id: string; org: string; year: number | null }>): string;
    done(report: { org: string; title: string }): string;
    notFound(target: string): string;
  };
  /** Callback query toasts. Plain, at most 200 characters (Bot API answerCallbackQuery). */
  toast: { expired: string; noMore: string; contextMissing: string; thanks: string; notAllowed: string };
  /** Button labels. Plain. */
  buttons: { exportXlsx: string; exportDocx: string; original: string; more: string; compare: string; context(n: number): string; helpful: string; unhelpful: string; share: string; didYouMean(known: string): string };
  /** Inline mode. Plain. */
  inline: { hint: string; nothing: string };
  commands: CommandLine[];
  /** Added to the command menu in admins' private chats. */
  adminCommands: CommandLine[];
  /** Shown in an empty chat with the bot, before /start (Bot API setMyDescription: at most 512 characters). Plain. */
  description: string;
  /** On the bot's profile and in shared links (setMyShortDescription: at most 120 characters). Plain. */
  shortDescription: string;
  /** A shared-search link that has expired. */
  shareExpired: string;
  /** A question with no topic of its own and nothing earlier to read it with (具体数据是多少). */
  askTopic(query: string): string;
  /** Console front end. Plain. */
  console: { banner: string; pressHint: string; noSuchButton: string };
}
