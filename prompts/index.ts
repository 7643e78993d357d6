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
export { cliBadTop, CLI_STDIN_NEEDS_JSON, CLI_ASK_USAGE, CLI_EXPORT_NOTHING, CLI_EXPORT_USAGE, CLI_NOT_FOUND, CLI_QUERY_PROBLEMS, cliExported, cliExportUnjudged, cliNoReportFor, cliYearMismatch } from './cli.js';
