// Words of `npm run eval:ingest`: the metadata read from each file beside the manifest's, and per-field accuracy.

/** Usage of `npm run eval:ingest`. */
export const EVAL_INGEST_USAGE = '用法：npm run eval:ingest -- 文件夹 --manifest 清单.json [--json]';

/** The scored fields as the table names them. */
export const EVAL_FIELD_NAMES = { issuer: '发布机关', region: '地区', level: '层级', year: '年度', title: '标题' } as const;

/** A file the manifest does not list. */
export const evalNotInManifest = (file: string) => `${file}：不在清单中`;

/** A file that could not be read; `detail` is the refusal's message. */
export const evalUnreadable = (file: string, detail: string) => `${file}：无法读取\n  详情：${detail}`;

/** A file's heading: its name, and what ingest would refuse it for lacking (--org, --year). */
export const evalFileHeading = (file: string, lacks: readonly ('org' | 'year')[]) =>
  `\n${file}${lacks.length ? `  会被拒收：缺少${lacks.map((f) => (f === 'org' ? '发布机关（--org）' : '年度（--year）')).join('和')}` : ''}`;

/** One field: ✓/✗/blank, its name, the value read, the manifest's when it differs. */
export const evalFieldLine = (mark: string, field: keyof typeof EVAL_FIELD_NAMES, value: string, manifest?: string) =>
  `  ${mark} ${EVAL_FIELD_NAMES[field]}  ${value}${manifest === undefined ? '' : `   （清单：${manifest}）`}`;

/** The title as read, or the one composed when the file has none. */
export const evalTitle = (title: string, inferred: boolean | undefined) => (inferred ? `（无标题；拟定为 ${title}）` : title);

/** A warning the parser left on a file. */
export const evalNote = (warning: string) => `    注：${warning}`;

/** The table's heading. */
export const evalSummaryHead = (dir: string, files: number) => `\n${dir}：${files} 个文件\n字段　　   正确 / 总数  准确率`;

/** One row of the table. */
export const evalSummaryRow = (field: keyof typeof EVAL_FIELD_NAMES, right: number, total: number) =>
  `${EVAL_FIELD_NAMES[field].padEnd(4, '　')} ${String(right).padStart(5)} / ${String(total).padEnd(5)}  ${total ? (right / total).toFixed(3) : '  -  '}`;

/** Files refused though the manifest names their issuer. */
export const evalRefusedWithIssuer = (files: readonly string[]) => `清单写明了发布机关却会被拒收的文件：${files.length ? files.join('、') : '无'}`;
