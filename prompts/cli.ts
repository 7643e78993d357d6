// Words of the `ask` command line, for people trying the search core from a terminal.
import { MAX_QUERY_CHARS, type QueryProblem } from '../retrieval/index.js';
import { zh } from './zh.js';

/** Why a question could not be searched, in Chinese, with what to do instead. */
export const CLI_QUERY_PROBLEMS: Record<QueryProblem, string> = {
  empty: '问题是空的：请输入一个问题，例如 npm run ask -- "石狮怎么推进法律顾问全覆盖的"',
  too_long: `问题太长了（最多 ${MAX_QUERY_CHARS} 个字）：请只输入要问的问题，不要粘贴整篇文件。`,
  no_words: '问题里没有文字：请用中文（或英文）提出一个问题。',
};

/** Shown when nothing in the reports answers the question. */
export const CLI_NOT_FOUND = '没有找到能回答这个问题的报告段落。可以换个说法，或问问报告涉及的工作，例如：行政复议、普法宣传、法律顾问、营商环境、“双随机、一公开”。';

/** Shown when the question is about places no indexed report is from. */
export const cliNoReportFor = (places: readonly string[]) =>
  `还没有收录${places.map((p) => `「${p}」`).join('、')}的报告。已收录的报告见 npm run remove（不带参数时列出全部报告）。`;

/** Said before the results when the question asks about a year the quoted reports do not cover: the bot's words (plain text). */
export const cliYearMismatch = zh.yearMismatch;

/** Usage of `npm run ask`. */
export const CLI_ASK_USAGE = `用法：npm run ask -- [--top N] [--json] [--stdin] "问题"
  --top N    返回的段落数（默认 5）
  --json     输出一个 JSON 对象
  --stdin    与 --json 同用：每行一个问题，每行输出一个 JSON 对象`;
