import { toSimplifiedChinese } from '../../lexical/normalize.js';
import { structureView } from './normalizeText.js';

/** Facts a web page prints around a report, read from the furniture that is dropped. */
export interface ChromeFields {
  /** 发布机构 / 发文机关, as printed. */
  org?: string;
  /** 来源 / 信息来源, as printed. */
  source?: string;
  /** 发文字号 / 文号. */
  docNumber?: string;
  /** 成文日期 / 公文生成日期, as printed. */
  date?: string;
  /** 发布时间 / 发布日期 / 时间 / 日期, or a bare date-time line, as printed. */
  published?: string;
  /** 标题. */
  title?: string;
}

/** A report's lines without the page furniture above its text, and the fields read from it. */
export interface ChromeSplit {
  lines: string[];
  fields: ChromeFields;
  /** The furniture lines dropped, in order. */
  dropped: string[];
}

const FIELD_OF: Readonly<Record<string, keyof ChromeFields | null>> = {
  发布机构: 'org', 发文机关: 'org', 发布单位: 'org', 来源: 'source', 信息来源: 'source', 文章来源: 'source',
  发文字号: 'docNumber', 文号: 'docNumber', '备注/文号': 'docNumber', 成文日期: 'date', 公文生成日期: 'date', 生成日期: 'date',
  发布时间: 'published', 发布日期: 'published', 时间: 'published', 日期: 'published', 标题: 'title',
  索引号: null, 有效性: null, 主题分类: null, 体裁分类: null, 组配分类: null, 主题词: null, 作者: null, 编辑: null,
  责任编辑: null, 点击: null, 点击率: null, 点击数: null, 浏览: null, 浏览次数: null, 阅读: null, 阅读次数: null,
  访问量: null, 分享: null, 分享到: null, 字体: null, 字体大小: null, 字号: null, 打印: null,
};
const LABELS = Object.keys(FIELD_OF).sort((a, b) => b.length - a.length);
const spaced = (label: string): string => [...label].map((c) => c.replace('/', '\\/')).join('\\s*');
// `时间:2023-03-28`, `[ 索引号 ] 1150…`, `- 发布机构: …`, `来源:` (empty)
const FIELD = new RegExp(`(?<=^|[\\s|｜•·\\-\\[【(\\d日])\\[?\\s*(${LABELS.map(spaced).join('|')})\\s*\\]?\\s*(?:[:：]|\\]|(?=\\s)|$)`, 'gu');
// Widgets and navigation printed as words: 打印, 分享, 【字体：大 中 小】, 设为首页 | 收藏本站 …
const WIDGET_WORDS = /设为首页|收藏本站|网站地图|无障碍\p{Script=Han}*|网站支持IPv6|打印本页|关闭窗口|返回顶部|搜索位置|匹配度|排序|打印|分享到?|收藏|关闭|纠错|字体|字号|[大中小]|默认|扫一扫|微信|微博/gu;
// 首页 > 新闻中心 > 法治宣传; 您当前的位置：…
const BREADCRUMB = /^(?:您?当前(?:的|所在)?位置|首页\s*(?:>|»|›|->|-|\/))|(?:[^\s>»›]{1,12}\s*(?:>>?|->|»|›)\s*){2,}/u;
const DATE_TIME = /^\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?$/u;
// The same inside a line: `2019-09-06 15:46 来源:…`, `来源:陕西日报 2026-03-16 08:15`.
const DATE_TIME_IN = /\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?(?:\s*\d{1,2}:\d{2}(?::\d{2})?)?/gu;
// 市司法局 2022年02月15日: a byline of body and date.
const BYLINE = /^\p{Script=Han}{2,20}\s+\d{4}年\d{1,2}月\d{1,2}日$/u;
const JUNK = /^[\s|｜\-—_*•·[\]【】()（）:：,，]*$/u;
/** Lines before the report's first sentence that are this long are text, not furniture. */
const MAX_CHROME_CHARS = 120;

/**
 * Drops the furniture a web page prints above a report — breadcrumbs, 来源/发布时间/浏览次数 lines,
 * 【字体：大 中 小】, 打印, 分享, metadata tables (索引号, 发布机构, 文号 …) — from the lines before the
 * report's first sentence, keeping the fields worth knowing (date, 来源, 发布机构, 文号, 标题).
 * Lines must be trimmed; a line of report text is never dropped (pure).
 */
export function dropPageChrome(lines: readonly string[]): ChromeSplit {
  const fields: ChromeFields = {};
  const kept: string[] = [];
  const dropped: string[] = [];
  let inText = false;
  for (const line of lines) {
    if (!inText && isSentence(line)) inText = true;
    if (inText || !isChrome(line, fields)) kept.push(line);
    else dropped.push(line);
  }
  return { lines: kept, fields, dropped };
}

function isSentence(line: string): boolean {
  return line.length > MAX_CHROME_CHARS || /[。；;]|[，,].*[，,]/u.test(line);
}

function isChrome(line: string, fields: ChromeFields): boolean {
  const view = toSimplifiedChinese(structureView(line)).trim();
  if (JUNK.test(view) || DATE_TIME.test(view) || BREADCRUMB.test(view) || BYLINE.test(view)) {
    if (DATE_TIME.test(view)) fields.published ??= view;
    return true;
  }
  const found = readFields(view);
  const dates = [...found.rest.matchAll(DATE_TIME_IN)].map((m) => m[0]);
  const rest = found.rest.replace(DATE_TIME_IN, '').replace(WIDGET_WORDS, '');
  if (found.count === 0 && rest.length === view.length) return false;
  if (!JUNK.test(rest)) return false;
  for (const [key, raw] of found.values) {
    const value = key === 'source' || key === 'org' ? raw.replace(DATE_TIME_IN, (date) => (dates.push(date), '')).trim() : raw;
    if (value && !/^[-—]+$/u.test(value)) fields[key] ??= value;
  }
  if (dates[0]) fields.published ??= dates[0];
  return true;
}

function readFields(view: string): { count: number; rest: string; values: Array<[keyof ChromeFields, string]> } {
  const matches = [...view.matchAll(FIELD)];
  const values: Array<[keyof ChromeFields, string]> = [];
  if (matches.length === 0) return { count: 0, rest: view, values };
  let rest = view.slice(0, matches[0]?.index ?? 0);
  matches.forEach((match, i) => {
    const label = (match[1] ?? '').replace(/\s+/gu, '');
    const start = (match.index ?? 0) + match[0].length;
    const end = matches[i + 1]?.index ?? view.length;
    const value = view.slice(start, end).replace(/^[\s\]:：]+|[\s|｜[【]+$/gu, '');
    const key = FIELD_OF[label];
    if (key) values.push([key, value]);
    else if (key === undefined) rest += value;
  });
  return { count: matches.length, rest, values };
}
