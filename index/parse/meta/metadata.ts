import type { WebPageFields } from '../clean/webPage.js';
import { normalizeSpacing } from '../clean/normalizeSpacing.js';
import { coveredYear } from './coveredYear.js';
import { closingDate, parseDate } from './dates.js';
import { detectScript } from './detectScript.js';
import { inferIssuer, issuerFromLetterhead, issuerFromTitle } from './issuer.js';
import { inferRegion } from './region.js';
import { toSimplifiedChinese } from '../../lexical/normalize.js';
import type { ReportMeta } from '../../types.js';

/** The parts of a cleaned report that metadata is read from. */
export interface ReportParts {
  id: string;
  sourceFile: string;
  /** Header lines above the title (letterhead, document number, 签发人). */
  header: readonly string[];
  title?: string;
  /** Closing lines (signature, dates, 抄送, contact). */
  closing: readonly string[];
  /** Fields of the web page the report was saved from; empty for other sources. */
  web: WebPageFields;
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

/**
 * Reads who issued a report, where, for which year, its title, document number, issue date and
 * script. Org, region and title are simplified; a report without a title gets one composed from its
 * issuer and year (`titleInferred: true`).
 */
export function extractMetadata(parts: ReportParts): ExtractedMetadata {
  const warnings: string[] = [];
  const simple = (text: string): string => normalizeSpacing(toSimplifiedChinese(text));
  const body = simple(parts.body);
  const printedTitle = parts.title === undefined ? undefined : simple(parts.title);
  const org = findOrg(parts, printedTitle, body, simple);
  if (!org) warnings.push('issuer not found: no title, letterhead, signature or 我局-style self-reference');
  const date = (parts.web.date && parseDate(parts.web.date)) || closingDate(parts.closing.map(simple));
  const year = coveredYear(printedTitle, body, date);
  const title = printedTitle ?? composeTitle(org, year, parts.sourceFile);
  if (!printedTitle) warnings.push(`no title line: composed "${title}"`);
  const docNumber = parts.web.docNumber || parts.header.map(simple).find((line) => DOC_NUMBER.test(line));
  const meta: ReportMeta = {
    id: parts.id,
    title,
    titleInferred: printedTitle === undefined,
    org: org ?? '',
    region: org ? inferRegion(org, body) : [],
    year,
    sourceFile: parts.sourceFile,
    script: detectScript(parts.body),
  };
  if (docNumber) meta.docNumber = simple(docNumber).match(DOC_NUMBER)?.[0] ?? simple(docNumber);
  if (date) meta.date = date;
  return { meta, warnings };
}

function findOrg(parts: ReportParts, title: string | undefined, body: string, simple: (text: string) => string): string | undefined {
  const fromLetterhead = parts.header.map((line) => issuerFromLetterhead(simple(line))).find(Boolean);
  const signature = parts.closing.map(simple).find((line) => /^\p{Script=Han}{4,30}$/u.test(line) && !/^特此/u.test(line));
  return (
    (parts.web.org && simple(parts.web.org)) ||
    (title && issuerFromTitle(title)) ||
    fromLetterhead ||
    signature ||
    inferIssuer(body)
  );
}

// 清远市工业和信息化局2024年法治政府建设情况报告; the file name when the issuer is unknown.
function composeTitle(org: string | undefined, year: number | null, sourceFile: string): string {
  if (!org) return sourceFile.replace(/\.[^.]+$/u, '');
  return `${org}${year === null ? '' : `${year}年`}法治政府建设情况报告`;
}
