// Words of the `ask` command line, for people trying the search core from a terminal.
import { MAX_QUERY_CHARS, type QueryProblem } from '../retrieval/index.js';
import { zh } from './zh.js';

/** Why a question could not be searched, in Chinese, with what to do instead. */
export const CLI_QUERY_PROBLEMS: Record<QueryProblem, string> = {
  empty: '问题是空的：请输入一个问题，例如 npm run ask -- "石狮怎么推进法律顾问全覆盖的"',
  too_long: `问题太长了（最多 ${MAX_QUERY_CHARS} 个字）：请只输入要问的问题，不要粘贴整篇文件。`,
  no_words: '问题里没有文字：请用中文（或英文）提出一个问题。',
};

/** Said before the usage when `--top` is not a whole number from 1 to `max`. */
export const cliBadTop = (given: string, max: number) => `--top ${given}：应为 1 到 ${max} 之间的整数（列出的段落数）。`;

/** Said before the usage when `--stdin` comes without `--json`. */
export const CLI_STDIN_NEEDS_JSON = '--stdin 每行输出一个 JSON 结果：请同时加上 --json。';

/** Shown when nothing in the reports answers the question. */
/** Nothing found in the reports the question named (那南阳呢 → 南阳市人民政府). */
export const cliNotFoundIn = (orgs: readonly string[]) => `${orgs.join('、')}的报告中没有找到能回答这个问题的段落；去掉地名再问，可以看其他地方的做法。`;
export const CLI_NOT_FOUND = '没有找到能回答这个问题的报告段落。可以换个说法，或问问报告涉及的工作，例如：行政复议、普法宣传、法律顾问、营商环境、“双随机、一公开”。';

/** Shown when nothing is found for a question that names no topic (石狮市做了哪些工作): the bot asks for the topic, so does ask. */
export const cliAskTopic = (question: string) =>
  `「${question}」没有说明要查哪方面的工作，所以没有可引用的段落。请把主题也写上，例如 npm run ask -- "石狮市法律顾问配备情况"。`;

/** Shown when the question is about places no indexed report is from. */
export const cliNoReportFor = (places: readonly string[]) =>
  `还没有收录${places.map((p) => `「${p}」`).join('、')}的报告。已收录的报告见 npm run remove（不带参数时列出全部报告）。`;

/** Said before the results when the question asks about a year the quoted reports do not cover: the bot's words (plain text). */
export const cliYearMismatch = zh.yearMismatch;

/** Said before the results when the question names a body no report is from and the quotes are other bodies' of its place (plain text). */
export const cliBodyMissing = (asked: string, from: readonly string[]) => `注意：没有收录${asked}的报告；以下引文出自同一地方其他机关的报告（${from.join('、')}），不是${asked}的。`;

/** Usage of `npm run ask`. */
export const CLI_ASK_USAGE = `用法：npm run ask -- [--top N] [--json] [--stdin] "问题"
  --top N    返回的段落数（默认 5）
  --json     输出一个 JSON 对象
  --stdin    与 --json 同用：每行一个问题，每行输出一个 JSON 对象`;

/** Usage of `npm run export`. */
export const CLI_EXPORT_USAGE = `用法：npm run export -- "主题或问题" [--format xlsx|docx] [--compare] [--top N] [--out 文件]
  --format   xlsx（默认，Excel 表格）或 docx（Word 文档）
  --compare  导出各报告对比（每份报告最相关的一段），而不是问题的答案
  --top N    答案导出的段落数（默认 10，最多 50）
  --out      保存到的文件（默认：主题.xlsx 或 主题.docx，在当前目录）`;

/** Printed when an export has nothing to write. */
export const CLI_EXPORT_NOTHING = '没有可导出的段落：已收录的报告中没有找到相关内容，所以没有写文件。';

/** Printed after a comparison export that judged only some reports (retrieval chooseJudged): how many more may name the topic. */
export const cliExportUnjudged = (count: number, key: string | undefined) =>
  `另有 ${count} 份报告${key ? `提到「${key}」` : '可能谈到这一主题'}，未逐份比较、未导出；在主题中写上地区、层级或年份（如「福建 市级 2023年 行政复议」）可缩小范围导出。`;

/** Printed after an export was written. */
export const cliExported = (file: string, rows: number) => `已导出 ${rows} 段原文到 ${file}`;
