import { headingMarker } from '../headingMarker.js';
import { toSimplifiedChinese } from '../../lexical/normalize.js';

/** A report's lines before its body: header lines, title and salutation. */
export interface FrontMatter {
  /** Lines above the title (XX文件, the document number, 签发人：…) and a document number or date printed under it. */
  header: string[];
  /** The title, its lines joined, when the report prints one. */
  title?: string;
  /** The addressee line such as 市政府：, when printed. */
  salutation?: string;
  /** Everything after. */
  body: string[];
}

// The title is among the first lines; further down a line with 报告 is body text.
const TITLE_WINDOW = 6;
const MAX_TITLE_CHARS = 80;
const MAX_SALUTATION_CHARS = 30;
// How a report's title ends: …的报告, …年度报告, …工作情况, …建设情况, …工作总结, …情况的汇报.
const TITLE_END = /(?:报告|情况|总结|汇报)$/u;
// A title's first line, cut before its end: it names the year or the subject (霞浦县2023年度法治政府 / 建设情况报告).
const TITLE_WORDS = /法治|依法行政|(?:19|20)\d{2}\s*年|[一二][〇○零一二三四五六七八九]{3}\s*年/u;
// A title line that starts with the year it covers (2023年度法治政府建设情况报告), its issuer printed above it.
const YEAR_FIRST = /^(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年/u;
// A place's name alone on its line (霞浦县, 宁德市, 新疆生产建设兵团): the issuer, printed above the rest of the title.
const PLACE_LINE = /^\p{Script=Han}{2,10}(?:省|自治区|市|州|盟|地区|县|旗|区|乡|镇|街道|兵团|师)$/u;
// A line that goes on with a body's kind after its place's name: 人民政府关于…, 司法局2023年度….
// A line that names a place of its own (霞浦县交通运输局2023年…) is a whole title, not the rest of one.
const BODY_START = /^(?:人民政府|政府|行政公署|办事处|(?!\p{Script=Han}{1,8}?(?:省|市|州|县|区|旗|盟))\p{Script=Han}{1,10}?(?:局|厅|委员会|办公室))(?:关于|(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})/u;
// A subtitle under a slogan title: ——福鼎市2023年度法治政府建设情况报告.
const SUBTITLE = /^(?:——|—|－－|--|─)/u;
// A date printed on its own line: not part of a title.
const DATE_LINE = /^[(（]?(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年[^年]{0,8}日[)）]?$/u;
// How many lines above the line that ends it a title may start: 霞浦县人民政府 / 关于2023年度法治政府建设 / 情况的报告.
const TITLE_LINES_ABOVE = 2;
// The name of a public body: 灵寿县人民政府, 中共海南省委 海南省人民政府, 惠安县交通运输局.
const BODY_NAME = /^[\p{Script=Han}\s、]{3,40}(?:政府|委|局|厅|办事处|委员会|办公室|管委会|公署|行署)$/u;
// A document number line: 保政呈〔2025〕5号, or under the title in brackets: （汝政报〔2024〕3号）.
const DOC_NUMBER_LINE = /^[(（]?\p{Script=Han}{1,10}[〔［[(（]\d{4}[〕］\])）]\s*\d+\s*号[)）]?$/u;

/**
 * Finds the title (an early line that names a 报告 or ends in 情况, 总结 or 汇报, without a sentence's
 * punctuation) and splits the lines into header, title, salutation and body. A title printed on two or
 * three lines is joined (`灵寿县人民政府` / `关于2025年度…报告`; `关于…法治政府` / `建设情况的报告`;
 * `霞浦县2023年度法治政府` / `建设情况报告`; `宁德市司法局` / `2023年度…报告`; `霞浦县人民政府` / `关于2023年度
 * 法治政府建设` / `情况的报告`), and so is a slogan title with its subtitle (`践行法治理念 护航高质量发展` /
 * `——福鼎市2023年度…报告` → `践行法治理念 护航高质量发展——福鼎市…报告`); lines printed
 * twice in a row are kept once, and the title printed again below itself is dropped. A report without
 * a title line keeps its leading document number and addressee out of the body. Lines must be trimmed
 * and non-empty.
 */
export function splitFrontMatter(input: readonly string[]): FrontMatter {
  const lines = dropRepeats(input);
  const titleAt = lines.slice(0, TITLE_WINDOW).findIndex(isTitle);
  if (titleAt < 0) return untitled(lines);
  let start = titleAt;
  let title = lines[titleAt] ?? '';
  for (let above = 0; above < TITLE_LINES_ABOVE; above += 1) {
    const prev = lines[start - 1];
    if (prev === undefined || !continuesInto(prev, title)) break;
    start -= 1;
    title = prev + title;
  }
  const header = lines.slice(0, start);
  let next = titleAt + 1;
  // The title printed again below it (a page that shows it twice), in one or two lines.
  while (next < lines.length && next < titleAt + 3 && repeatsTitle(title, lines[next] ?? '')) next += 1;
  // The document number or the date printed under the title ((2024年1月15日)) belongs with the header's.
  while (next < titleAt + 4 && (DOC_NUMBER_LINE.test(lines[next] ?? '') || DATE_LINE.test(lines[next] ?? ''))) header.push(lines[next++] ?? '');
  const after = lines[next];
  if (after !== undefined && isSalutation(after)) {
    return { header, title, salutation: after, body: lines.slice(next + 1) };
  }
  return { header, title, body: lines.slice(next) };
}

function repeatsTitle(title: string, line: string): boolean {
  const compact = (text: string): string => text.replace(/\s+/gu, '');
  return line !== '' && (compact(title).startsWith(compact(line)) || compact(title).endsWith(compact(line)));
}

function isTitle(line: string): boolean {
  const simple = toSimplifiedChinese(line);
  return (/报告/u.test(simple) || TITLE_END.test(simple)) && line.length <= MAX_TITLE_CHARS && !/[。：:，,；;]$/u.test(line) && !headingMarker(line) && !/[。；;]/u.test(line);
}

/**
 * True when `prev` is the line a title printed over several lines starts on: `关于那曲市色尼区2025年度法治政府` +
 * `建设情况的报告`; `灵寿县人民政府` + `关于2025年度…的报告`; `宁德市司法局` + `2023年度…报告`; `霞浦县2023年度法治政府`
 * + `建设情况报告`; a slogan + `——福鼎市…报告`. Never a letterhead (…文件), a document number, a date or a heading.
 */
function continuesInto(prev: string, title: string): boolean {
  const simple = toSimplifiedChinese(prev);
  if (prev.length > 40 || /[。：:，,；;]/u.test(prev) || /报告/u.test(simple) || /文件$/u.test(prev) || headingMarker(prev)) return false;
  if (DOC_NUMBER_LINE.test(prev) || DATE_LINE.test(prev) || SUBTITLE.test(prev)) return false;
  const line = toSimplifiedChinese(title);
  if (SUBTITLE.test(line)) return true;
  const named = BODY_NAME.test(prev) || PLACE_LINE.test(simple);
  // 霞浦县 / 人民政府关于2023年度…: a name broken after its place.
  if (PLACE_LINE.test(simple) && BODY_START.test(line)) return true;
  if (/^关于/u.test(line)) return named;
  if (/^关于/u.test(simple)) return true;
  if (YEAR_FIRST.test(line)) return named;
  // The title line goes on from a line cut mid-title: it names neither a place nor a year of its own.
  return TITLE_WORDS.test(simple) && !PLACE_LINE.test(simple) && !startsWithPlace(line);
}

// 霞浦县2023年度…, 宁德市司法局…: a line that starts with a place's name, as a whole title does.
function startsWithPlace(line: string): boolean {
  return /^\p{Script=Han}{2,10}?(?:省|自治区|市|州|盟|地区|县|旗|区|乡|镇|街道)/u.test(line) && TITLE_WORDS.test(line.slice(0, 16)) && !/^(?:建设|工作|情况)/u.test(line);
}

// 石狮市人民代表大会常务委员会：; 中共惠安县委、惠安县人民政府 printed under the title as the addressee.
function isSalutation(line: string): boolean {
  return line.length <= MAX_SALUTATION_CHARS && (/^[^，,。；;]+[：:]$/u.test(line) || BODY_NAME.test(line));
}

/**
 * Without a title: a leading document number and addressee (河北省人民政府：, or a body's name alone on
 * its line) are not body text.
 */
function untitled(lines: readonly string[]): FrontMatter {
  let at = 0;
  const header: string[] = [];
  while (at < Math.min(lines.length, 3) && DOC_NUMBER_LINE.test(lines[at] ?? '')) header.push(lines[at++] ?? '');
  const first = lines[at];
  if (first !== undefined && isSalutation(first) && lines.length > at + 1) {
    return { header, salutation: first, body: lines.slice(at + 1) };
  }
  return { header, body: lines.slice(at) };
}

/** Lines printed twice in a row (a heading or title shown twice) kept once. */
function dropRepeats(lines: readonly string[]): string[] {
  const compact = (line: string): string => line.replace(/\s+/gu, '');
  return lines.filter((line, i) => i === 0 || compact(line) !== compact(lines[i - 1] ?? ''));
}
