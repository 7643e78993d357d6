// Words of `npm run index` (and the bot's start-up check of the index) and `npm run remove`, in Chinese.
import type { IndexNotice } from '../index/index.js';

/** Files named in one line at most; the rest counted (at 25,000 reports a full list would fill the log). */
const LISTED_FILES = 10;
const list = (files: readonly string[]) =>
  files.length <= LISTED_FILES ? files.join('、') : `${files.slice(0, LISTED_FILES).join('、')} 等（另有 ${files.length - LISTED_FILES} 个）`;

/** One line for the operator per finding of the index check (start-up and `npm run index`). */
export function indexNoticeLine(n: IndexNotice): string {
  switch (n.kind) {
    case 'rebuilding':
      return n.reason === 'damaged'
        ? `${n.file} 已损坏（${n.problem ?? ''}），已移到 ${n.movedTo ?? ''}；正在用 ${n.originals} 个保存的原件和 ${n.seeds} 份种子报告重建索引。`
        : `${n.file} 不见了；正在用 ${n.originals} 个保存的原件和 ${n.seeds} 份种子报告重建索引。`;
    case 'notAddedBack':
      return `未能加回 ${n.fileName}（原件仍在 originals/ 中）。\n  详情：${n.detail}`;
    case 'rebuilt':
      return `索引已重建：共 ${n.reports} 份报告，其中种子报告 ${n.seeds} 份、从原件加回 ${n.addedBack} 份${n.failed.length ? `；未能加回 ${n.failed.length} 份：${list(n.failed)}` : ''}。`;
    case 'mismatchRebuilding':
      return `索引是用另一版本的格式或模型建立的，正在重建，已收录的报告都会保留。\n  详情：${n.detail}`;
    case 'graphRepaired':
      return '向量图文件缺失、过期或损坏，已从 index.sqlite 重新生成。';
    case 'recordsWritten':
      return `已为 ${n.count} 个保存的原件补写元数据记录。`;
    case 'withoutOriginal':
      return `${n.files.length} 份收录的报告没有保存原件，万一 index.sqlite 丢失将无法恢复：${list(n.files)}。重新收录这些文件即可补存原件。`;
    case 'originalsWithoutReport':
      return `${n.files.length} 个保存的原件在索引中没有对应的报告（仍留在 originals/ 中）：${list(n.files)}。如需要，可用 npm run ingest 重新收录。`;
    case 'seedsSynced':
      return `索引已与种子报告同步：新增 ${n.added} 份，重新解析 ${n.reparsed} 份，移除 ${n.removed} 份。`;
  }
}

/** Progress bar of `npm run index` (cli-progress format). */
export const INDEX_BAR_FORMAT = ' 计算向量 {bar} {value}/{total} 段';

/** Said as each report is embedded: a new seed, one re-parsed (parser changed), or one re-read by `--rebuild`. */
export const indexWorkingOn = (file: string, action: 'add' | 'reparse') => (action === 'add' ? `正在收录 ${file}` : `正在重新解析 ${file}`);

/** What one `npm run index` did, for its last line. */
export interface IndexRun {
  dataDir: string;
  seedsDir: string;
  reports: number;
  passages: number;
  seconds: number;
  /** The index was made again before the seed folder was compared: lost or damaged (repaired), or asked (--rebuild). */
  rebuilt?: { why: 'absent' | 'damaged'; seeds: number; addedBack: number; failed: number } | { why: 'asked'; reports: number };
  /** The comparison with the seed folder that followed (or was all there was). */
  sync: { added: number; reparsed: number; unchanged: number; removed: number; embedded: number };
}

/** The summary of `npm run index`: one account of the run, the rebuild and the seed comparison together. */
export function indexSummary(run: IndexRun): string {
  const { sync, rebuilt } = run;
  const parts: string[] = [];
  if (rebuilt?.why === 'asked') parts.push(`按 --rebuild 重建：已收录的 ${rebuilt.reports} 份报告全部重新解析，文字未变的段落沿用已有向量`);
  else if (rebuilt) {
    parts.push(
      `索引文件${rebuilt.why === 'absent' ? '不见了' : '已损坏'}，已重建：种子报告 ${rebuilt.seeds} 份，从保存的原件加回 ${rebuilt.addedBack} 份` +
        (rebuilt.failed ? `，${rebuilt.failed} 份未能加回（见上文）` : ''),
    );
  }
  const changed = sync.added + sync.reparsed + sync.removed;
  if (changed > 0) {
    parts.push(
      `与 ${run.seedsDir}/ 比对：新增 ${sync.added} 份，重新解析 ${sync.reparsed} 份，移除 ${sync.removed} 份，${sync.unchanged} 份未变；` +
        `新计算 ${sync.embedded} 段的向量（文字未变的段落沿用已有向量）`,
    );
  } else if (!rebuilt) parts.push(`与 ${run.seedsDir}/ 比对：${sync.unchanged} 份种子报告都未变，无需更新`);
  return `索引已就绪（${run.dataDir}）：共 ${run.reports} 份报告、${run.passages} 段，用时 ${run.seconds.toFixed(1)} 秒。\n本次：${parts.join('；')}。`;
}

/** Usage of `npm run remove`, followed by the list of reports. */
export const REMOVE_USAGE = '用法：npm run remove -- 报告编号|文件名 …\n已收录的报告（编号  文件名  发布机关 · 年度 · 段数）：';

/** Said instead of the list when the index holds no report. */
export const REMOVE_NONE = '  （索引中还没有报告）';

/** One report in the list of `npm run remove`. */
export const removeListLine = (r: { id: string; sourceFile: string; org: string; year: number | null; passages: number; origin: 'seed' | 'ingest' }) =>
  `  ${r.id}  ${r.sourceFile}  ${r.org} · ${r.year ?? '?'} · ${r.passages} 段（${r.origin === 'seed' ? '种子报告' : '收录'}）`;

/** Nothing has the id or file name given. */
export const removeNotFound = (target: string) => `没有编号或文件名为 ${target} 的报告：运行 npm run remove（不带参数）可列出全部报告及其编号。`;

/** A report was taken out; a seed stays out until added again. */
export const removeDone = (r: { id: string; org: string; title: string; seed: boolean }) =>
  `已移除 ${r.id}：${r.org} · ${r.title}` + (r.seed ? '（这是种子报告：之后的 npm run index 不会再加回它；要恢复，用 npm run ingest 重新收录该文件）' : '');
