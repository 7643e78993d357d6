import type { WebPageFields } from '../clean/webPage.js';
import { normalizeSpacing } from '../clean/normalizeSpacing.js';
import { coveredYear } from './coveredYear.js';
import { closingDate, closingMonth, parseDate } from './dates.js';
import { detectScript } from './detectScript.js';
import { toSimplifiedChinese } from '../../lexical/normalize.js';
import type { ChromeFields } from '../clean/pageChrome.js';
import { findIssuer } from './findIssuer.js';
import { regionOf } from './regionOf.js';
import type { ReportMeta } from '../../types.js';

/** The parts of a cleaned report that metadata is read from. */
export interface ReportParts {
  id: string;
  sourceFile: string;
  /** Header lines above the title (letterhead, document number, 签发人). */
  header: readonly string[];
  title?: string;
  /** The addressee line (中共惠安县委、惠安县人民政府), when printed. */
  salutation?: string;
  /** Closing lines (signature, dates, 抄送, contact). */
  closing: readonly string[];
  /** Fields of the web page the report was saved from; empty for other sources. */
  web: WebPageFields;
  /** Fields read from the page furniture that was dropped (来源, 发布时间 …); empty for other sources. */
  chrome?: ChromeFields;
  /** The cleaned body text, in the report's own script. */
  body: string;
}

/** A report's metadata and notes on what had to be inferred. */
export interface ExtractedMetadata {
  meta: ReportMeta;
  warnings: string[];
}

// 狮政综〔2024〕8号, 泉鲤政文〔2025〕9号
const DOC_NUMBER = /\p{Script=Han}+[〔［[(（]\d{4}[〕］\])）]\s*\d+\s*号/u;
// [天政发〔2026〕7号]天水市人民政府关于…: a document number printed before the title.
const TITLE_DOC_NUMBER = /^[[［【]([^\]］】]*)[\]］】]\s*/u;

/**
 * Reads who issued a report (see findIssuer), where (full region path with codes), at which level,
 * for which year (title, then date line − 1, then opening sentence; disagreements become warnings; the date
 * line is the one under the signature, else one printed under the title, else the page's),
 * its title, document number, issue date, the page's 来源 and publication date, and script. Org,
 * region and title are simplified; a report without a title gets one composed from its issuer and
 * year (`titleInferred: true`).
 */
export function extractMetadata(parts: ReportParts): ExtractedMetadata {
  const warnings: string[] = [];
  const simple = (text: string): string => normalizeSpacing(toSimplifiedChinese(text));
  const body = simple(parts.body);
  const chrome = parts.chrome ?? {};
  const rawTitle = parts.title === undefined ? undefined : simple(parts.title);
  const titleNumber = rawTitle === undefined ? undefined : TITLE_DOC_NUMBER.exec(rawTitle)?.[1];
  const printedTitle = rawTitle?.replace(TITLE_DOC_NUMBER, '');
  const opening = body.split('\n')[0] ?? '';
  const issuer = findIssuer({
    header: parts.header.map(simple),
    ...(printedTitle === undefined ? {} : { title: printedTitle }),
    pageFields: [parts.web.org, chrome.org, chrome.source].map((f) => (f === undefined ? undefined : simple(f))),
    closing: parts.closing.map(simple),
    opening,
    // Places the header and addressee name count with the body's when the text names its own place.
    body: [...parts.header, parts.salutation ?? '', body].map(simple).join('\n'),
  });
  const org = issuer?.org;
  if (!org) warnings.push('issuer not found: no letterhead, title, page field, signature, opening sentence or self-reference names it');
  const published = chrome.published === undefined ? undefined : parseDate(chrome.published);
  // The signed date, else a date printed under the title ((2024年1月15日)), else the page's.
  const headerDate = parts.header.map((line) => parseDate(simple(line).replace(/^[(（]|[)）]$/gu, ''))).find(Boolean);
  const date = closingDate(parts.closing.map(simple)) ?? headerDate ?? parseDate(parts.web.date ?? chrome.date ?? '');
  // Without a signed date, a date line without its day (2024年2月), else the page's publication date, is the one the year is read from.
  const covered = coveredYear(printedTitle, opening, date ?? closingMonth(parts.closing.map(simple)) ?? published);
  if (covered.disagreements.length) warnings.push(`year ${covered.year} from the ${covered.source}, but ${covered.disagreements.join(', ')}`);
  const title = printedTitle ?? composeTitle(org, covered.year, parts.sourceFile);
  if (!printedTitle) warnings.push(`no title line: composed "${title}"`);
  const docNumber = parts.web.docNumber || chrome.docNumber || titleNumber || parts.header.map(simple).find((line) => DOC_NUMBER.test(line));
  const meta: ReportMeta = {
    id: parts.id,
    title,
    titleInferred: printedTitle === undefined,
    org: org ?? '',
    region: [],
    year: covered.year,
    sourceFile: parts.sourceFile,
    script: detectScript(parts.body),
  };
  if (org) Object.assign(meta, regionOf(org, body));
  if (docNumber) meta.docNumber = simple(docNumber).match(DOC_NUMBER)?.[0] ?? simple(docNumber);
  if (date) meta.date = date;
  if (chrome.source) meta.pageSource = simple(chrome.source);
  if (published) meta.published = published;
  return { meta, warnings };
}

// 清远市工业和信息化局2024年法治政府建设情况报告; the file name when the issuer is unknown.
function composeTitle(org: string | undefined, year: number | null, sourceFile: string): string {
  if (!org) return sourceFile.replace(/\.[^.]+$/u, '');
  return `${org}${year === null ? '' : `${year}年`}法治政府建设情况报告`;
}
