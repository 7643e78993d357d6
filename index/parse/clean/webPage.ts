/** Metadata fields a government web page prints above a report. */
export interface WebPageFields {
  /** 索引号, the site's catalogue number. */
  indexNumber?: string;
  /** 备注/文号 or 文号: the document number. */
  docNumber?: string;
  /** 发布机构: the issuing body. */
  org?: string;
  /** 公文生成日期 or 成文日期, as printed. */
  date?: string;
}

/** A report's lines without the web page's header and footer, and the header fields read. */
export interface WebPage {
  isWebPage: boolean;
  fields: WebPageFields;
  lines: string[];
}

const FIELD_NAMES: ReadonlyArray<[keyof WebPageFields, RegExp]> = [
  ['indexNumber', /^索\s*引\s*号$/u],
  ['docNumber', /^(?:备注\s*\/\s*)?文\s*号$/u],
  ['org', /^发布机构$/u],
  ['date', /^(?:公文生成日期|成文日期|发文日期)$/u],
];

// `• 发布机构:泉州市鲤城区人民政府`
const FIELD_LINE = /^[•·]?\s*([^:：]{2,12})\s*[:：]\s*(.*)$/u;
// `来源:泉州市鲤城区人民政府 时间:2025-02-17 11:23`: the page's own byline, not the report's.
const BYLINE = /^来源\s*[:：].*时间\s*[:：]/u;
// Page furniture below the report.
const FOOTER = new Set([
  '(此件主动公开)',
  '（此件主动公开）',
  '附件下载',
  '扫一扫在手机上查看当前页面',
  '相关解读',
  '文字解读',
  '图片解读',
  '视频解读',
  '访谈解读',
  '媒体报道',
  '打印本页',
  '关闭窗口',
]);

/**
 * Reads the header fields of a report saved from a government web page (索引号, 备注/文号, 发布机构,
 * 公文生成日期) and drops them with the 来源/时间 byline and the page footer (附件下载, 相关解读…).
 * Lines must be trimmed. Text that is not a web page comes back unchanged with `isWebPage: false`.
 */
export function readWebPage(lines: readonly string[]): WebPage {
  const fields: WebPageFields = {};
  const kept: string[] = [];
  let found = 0;
  for (const line of lines) {
    const field = fieldOf(line);
    if (field) {
      fields[field[0]] = field[1];
      found += 1;
    } else if (!BYLINE.test(line) && !FOOTER.has(line)) {
      kept.push(line);
    }
  }
  // One field-like line (say 联系人：…) does not make a web page.
  if (found < 2) return { isWebPage: false, fields: {}, lines: [...lines] };
  return { isWebPage: true, fields, lines: kept };
}

function fieldOf(line: string): [keyof WebPageFields, string] | null {
  const match = FIELD_LINE.exec(line);
  if (!match) return null;
  const name = (match[1] ?? '').trim();
  const entry = FIELD_NAMES.find(([, pattern]) => pattern.test(name));
  return entry ? [entry[0], (match[2] ?? '').trim()] : null;
}
