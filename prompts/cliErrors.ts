// What the command-line tools say when something fails: per error code, in Chinese, what happened and how to fix it.
import type { ErrorCode } from '../errors/index.js';
import { MIN_FILE_HAN, MIN_REPORT_HAN } from '../index/index.js';

/** Per error code: what went wrong and what to do, for an admin at a terminal (flags and commands, not chat captions). */
export const CLI_ERROR_FIXES: Record<ErrorCode, string> = {
  CONFIG_INVALID: '环境变量或 .env 中有设置无效：请按详情改正这一项，再重新运行。',
  MODEL_MISSING: '还没有嵌入模型：请先运行 npm run model（或 npm start，它会自动下载）。',
  MODEL_HASH_MISMATCH: '模型文件校验不通过：请删除 models/ 下的模型文件夹，再运行 npm run model 重新下载。',
  MODEL_FETCH_FAILED: '模型下载失败：请检查网络；或把已下载的模型文件夹用 MODEL_DIR 指明、用 HF_ENDPOINT 指定镜像，再运行 npm run model。',
  INDEX_MISSING: '还没有建立索引：请先运行 npm run index（或 npm start，它会自动建立）。',
  INDEX_MISMATCH: '索引是用另一版本的格式或模型建立的：请运行 npm run index -- --rebuild（已收录的报告都会保留）。',
  INDEX_CORRUPT: '索引文件已损坏：请运行 npm run index，它会把损坏的文件移到一旁，再用 originals/ 中保存的原件和种子报告重建；也可以从备份恢复。',
  FILE_UNREADABLE: '文件无法读取（可能已损坏、加密、扩展名不对，或路径有误）：请确认路径，或在 Word/WPS 中另存为 .docx 或导出 PDF 后再收录。',
  FILE_TOO_LARGE: '文件太大：请使用不含图片的版本（.docx 或 .txt），或分成几份再收录。',
  FILE_TOO_COMPLEX: '文件超出处理限制（结构过于复杂、解压后过大，或读取超时、内存超限），已停止处理：请另存为 .txt 或 PDF 后再收录。',
  FILE_EMPTY: '文件里没有文字：请确认这是报告本身，再重新收录。',
  FILE_UNSUPPORTED: '不支持这种文件：请使用 .txt、.docx、.doc、.wps、.pdf 或 .html（旧格式的 WPS 文件请先在 WPS 中另存为 .docx）。',
  FILE_SCANNED: '这份扫描版 PDF 中没有识别出文字：请确认是报告本身且清晰可读，或改用原始文档。',
  FETCH_BLOCKED: '这个链接不能抓取：只抓取公开网站的 http(s) 链接（内网地址须由运维设置 FETCH_ALLOW_PRIVATE=true）。',
  FETCH_FAILED: '链接抓取失败（没有响应、返回错误或跳转过多）：请确认链接能在浏览器中打开，或下载报告后收录文件。',
  PAGE_NOT_REPORT: `这个网页里没有报告（正文不到 ${MIN_REPORT_HAN} 个汉字且没有附件，或标题和开头都没有“报告”二字）：请改用报告正文页或其附件的链接。`,
  REPORT_DUPLICATE: '同一机关同一年度的报告已经收录：如要用这一版替换，请加上 --replace 重新运行。',
  REPORT_ALREADY_INDEXED: '这份文件已经收录过了，索引未作改动。',
  REPORT_METADATA_MISSING: '文件中没有写明发布机关或年度：请加上 --org "发布机关全称" --year 年份（缺哪项补哪项）后重新运行。',
  REPORT_NOT_FOUND: '没有这份报告：运行 npm run remove（不带参数）可列出全部报告及其编号。',
  REPORT_TOO_LARGE: '报告太长：请把文件拆分成几份报告再收录。',
  REPORT_TOO_SHORT: `正文不到 ${MIN_FILE_HAN} 个汉字，不像是一份年度报告（给出 --org、--year 也不例外）：请确认收录的是报告全文，而不是通知、封面或链接。`,
  INGEST_INTERRUPTED: '程序正在退出，这份文件的收录已撤销，索引没有任何改动：请重新运行同一命令。',
};

/** The lines a command prints for an AppError: what to do, then the precise message (names, figures) as detail. */
export const cliErrorLines = (code: ErrorCode, detail: string): string => `错误：${CLI_ERROR_FIXES[code]}\n  详情（${code}）：${detail}`;

/** A command line node's option parser refused (unknown option, missing value); `detail` is its message. */
export const cliUsageError = (detail: string): string => `命令行有误：请运行同一命令加 --help 查看用法。\n  详情：${detail}`;

/** An error the program did not expect: a bug. */
export const cliUnexpectedError = (stack: string): string => `意外错误（程序缺陷）：请把以下内容报告给开发者。\n${stack}`;
