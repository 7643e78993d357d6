// Words of `npm run ingest`, in Chinese: usage, one line per file or link, progress, the summary and its CSV.
import type { ErrorCode } from '../errors/index.js';
import { MIN_FILE_HAN, MIN_REPORT_HAN } from '../index/index.js';
import { CLI_ERROR_FIXES } from './cliErrors.js';

/** Usage of `npm run ingest`. */
export const INGEST_USAGE = `用法：npm run ingest -- [--org 发布机关] [--year 2024] [--region 省,市] [--title 标题] [--replace] [--report 文件.csv] 路径|链接…
  路径       报告文件（.txt .docx .doc .wps .pdf .html），或存放报告文件的文件夹
  链接       报告网页或报告文件的 http(s) 链接（抓取受 FETCH_* 环境变量限制）
  --org      发布机关全称，文件中没有写明时使用
  --year     报告所属年度（四位数字），文件中没有写明时使用
  --region   地区，从大到小，用逗号分隔，例如 福建省,泉州市
  --title    标题，文件没有标题时使用
  --replace  用这一版替换已收录的同一机关同一年度的报告
  --report   把汇总（每个文件或链接一行）写成 CSV 文件
正文不到 ${MIN_FILE_HAN} 个汉字的文件、不到 ${MIN_REPORT_HAN} 个汉字的网页不会收录，给出 --org、--year 也一样。`;

/** Said before the usage when --year is not a year. */
export const ingestBadYear = (given: string) => `--year ${given}：应为报告所属年度的四位数字（1990–2100）。`;

/** "已跳过 3 个不是报告的文件（.xlsx ×2、.jpg ×1）：a.xlsx、b.xlsx、c.jpg". */
export function ingestPassedOver(files: readonly string[], extensionOf: (file: string) => string): string {
  const counts = new Map<string, number>();
  for (const file of files) {
    const ext = extensionOf(file) || '（无扩展名）';
    counts.set(ext, (counts.get(ext) ?? 0) + 1);
  }
  const kinds = [...counts].map(([ext, n]) => `${ext} ×${n}`).join('、');
  const shown = files.slice(0, 5).join('、') + (files.length > 5 ? '、……' : '');
  return `已跳过 ${files.length} 个不是报告的文件（${kinds}）：${shown}`;
}

/** Nothing to add in the paths given. */
export const ingestNoFiles = (paths: readonly string[]) => `${paths.join('、')} 中没有报告文件（.txt .docx .doc .wps .pdf .html）：请确认路径。`;

/** Why a path could not be read, by the file system's code. */
export const ingestUnreadable = (code: string | undefined, fallback: string) =>
  code === 'ENOENT' ? '没有这个文件' : code === 'EISDIR' ? '这是文件夹，不是文件' : code === 'EACCES' ? '没有读取权限' : fallback;

/** What happened to one file or link: the words shown and written to the CSV. */
export const INGEST_OUTCOMES = { added: '新增', replaced: '替换', 'already indexed': '已收录过', refused: '未收录' } as const;

/** What a new version replaced (the CSV's reason column of a replacement). */
export const ingestReplacedNote = (ids: readonly string[]) => `替换了 ${ids.join('、')}`;

/** A report added (or put in place of `replaced`). */
export const ingestAddedLine = (p: { source: string; org: string; title: string; year: number | null; passages: number; id: string; replaced: readonly string[] }) =>
  `${p.replaced.length ? INGEST_OUTCOMES.replaced : INGEST_OUTCOMES.added} ${p.source}：${p.org} · ${p.title} · ${p.year ?? '?'} · ${p.passages} 段（编号 ${p.id}${p.replaced.length ? `，${ingestReplacedNote(p.replaced)}` : ''}）`;

/** Why a file or link was not added, with what to do: per error code. */
export const ingestReason = (code: ErrorCode | undefined): string => (code ? CLI_ERROR_FIXES[code] : '处理时出了意外错误（程序缺陷，详情见上文）。');

/** A file or link not added (or already indexed), then the precise message (names, figures) as detail. */
export const ingestFailedLine = (p: { source: string; outcome: 'already indexed' | 'refused'; reason: string; detail: string; code?: string }) =>
  `${INGEST_OUTCOMES[p.outcome]} ${p.source}：${p.reason}\n  详情${p.code ? `（${p.code}）` : ''}：${p.detail}`;

/** An error no one expected: a bug, with its stack. */
export const ingestUnexpected = (stack: string) => `意外错误（程序缺陷，请报告给开发者）：${stack}`;

/** Ctrl-C during an ingest. */
export const ingestInterrupted = (added: number) =>
  `已中断：已收录的 ${added} 份报告都已保存；再次运行同一命令即可收录其余文件（已收录的会显示为“已收录过”）。`;

/** Pages of a scan read by OCR so far. */
export const ingestOcrProgress = (source: string, done: number, total: number) => `OCR ${source}：已识别 ${done}/${total} 页`;

/** "共 12 项：新增 8 份，替换 1 份，已收录过 2 份，未收录 1 份", then each refusal with its reason. */
export const ingestSummaryHead = (p: { items: number; added: number; replaced: number; already: number; refused: number }) =>
  `共 ${p.items} 项：新增 ${p.added} 份，替换 ${p.replaced} 份，已收录过 ${p.already} 份，未收录 ${p.refused} 份`;

/** One refusal under the summary. */
export const ingestSummaryRefusal = (source: string, reason: string) => `  未收录 ${source}：${reason}`;

/** After the CSV was written. */
export const ingestCsvWritten = (file: string) => `汇总已写入 ${file}`;

/** The CSV's header row. */
export const INGEST_CSV_COLUMNS = ['来源', '结果', '报告编号', '发布机关', '年度', '段数', '原因', '错误代码', '详情'] as const;

/** Progress bar of a bulk ingest on a terminal (cli-progress format). */
export const INGEST_BAR_FORMAT = '{bar} {value}/{shownTotal} 段 | {speed} 段/秒 | 剩余 {etaText} | 已读 {filesRead}/{files} 个文件';

/** The plain progress line printed every few seconds when stderr is not a terminal. */
export const ingestProgressLine = (p: { done: number; total: string; filesRead: number; files: number; speed: string; eta: string }) =>
  `已计算 ${p.done}/${p.total} 段的向量 · 已读 ${p.filesRead}/${p.files} 个文件 · ${p.speed} 段/秒 · 剩余 ${p.eta}`;

/** "1分05秒", "2小时03分", "40秒" from seconds; "?" before there is a rate. */
export function formatEta(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.max(0, Math.round(seconds));
  const two = (n: number) => String(n).padStart(2, '0');
  return s >= 3600 ? `${Math.floor(s / 3600)}小时${two(Math.floor((s % 3600) / 60))}分` : s >= 60 ? `${Math.floor(s / 60)}分${two(s % 60)}秒` : `${s}秒`;
}
