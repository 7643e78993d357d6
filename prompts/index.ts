// Public surface of the bot's words: every user-facing sentence, in Chinese and English.
import { en } from './en.js';
import type { Messages } from './messages.js';
import { zh } from './zh.js';

export { en } from './en.js';
export { zh } from './zh.js';
export { escapeHtml } from './escapeHtml.js';
export { EXAMPLE_QUESTIONS, SUGGESTED_TOPICS } from './examples.js';
export type { CommandLine, FilterLabel, IngestedReport, Messages, ReportLine, StatsView } from './messages.js';

/** The messages for a Telegram `language_code`: English when it starts with "en", Chinese otherwise. */
export function messagesFor(languageCode: string | undefined): Messages {
  return languageCode?.toLowerCase().startsWith('en') ? en : zh;
}
export { cliBadTop, cliBodyMissing, CLI_STDIN_NEEDS_JSON, CLI_ASK_USAGE, CLI_EXPORT_NOTHING, CLI_EXPORT_USAGE, CLI_NOT_FOUND, cliNotFoundIn, CLI_QUERY_PROBLEMS, cliAskTopic, cliExported, cliExportUnjudged, cliNoReportFor, cliYearMismatch } from './cli.js';
export { CLI_ERROR_FIXES, cliErrorLines, cliUnexpectedError, cliUsageError } from './cliErrors.js';
export { INDEX_BAR_FORMAT, indexNoticeLine, indexSummary, indexWorkingOn, REMOVE_NONE, REMOVE_USAGE, removeDone, removeListLine, removeNotFound } from './indexCli.js';
export type { IndexRun } from './indexCli.js';
export type { IndexNotice } from '../index/index.js';
export {
  formatEta, INGEST_BAR_FORMAT, INGEST_CSV_COLUMNS, INGEST_OUTCOMES, INGEST_USAGE, ingestAddedLine, ingestBadYear, ingestCsvWritten, ingestFailedLine, ingestInterrupted, ingestNoFiles,
  ingestOcrProgress, ingestPassedOver, ingestProgressLine, ingestReason, ingestReplacedNote, ingestSummaryHead, ingestSummaryRefusal, ingestUnexpected, ingestUnreadable,
} from './ingestCli.js';
export { EVAL_INGEST_USAGE, evalFieldLine, evalFileHeading, evalNote, evalNotInManifest, evalRefusedWithIssuer, evalSummaryHead, evalSummaryRow, evalTitle, evalUnreadable } from './evalIngestCli.js';
