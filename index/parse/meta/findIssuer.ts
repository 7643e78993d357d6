import { BODY_SUFFIX, completeIssuer, isPlacelessBody } from './completeIssuer.js';
import { issuerFromText, issuerOfName } from './issuerFromText.js';
import { placesInName } from './resolveRegion.js';
import { readZone } from './zones.js';
import { SIGNATURE } from '../clean/closingLines.js';
import { readCorps } from './corps.js';

/** Where a report's issuer was read. */
export type IssuerSource = 'letterhead' | 'title' | 'page' | 'signature' | 'text';

/** What a report shows about its issuer, all in simplified script. */
export interface IssuerClues {
  /** Lines above the title (letterhead …文件, document number). */
  header: readonly string[];
  title?: string;
  /** The page's 发布机构 and 来源 fields, as printed. */
  pageFields: ReadonlyArray<string | undefined>;
  /** Closing lines (signature, date). */
  closing: readonly string[];
  /** The first body paragraph. */
  opening: string;
  body: string;
}

// `石狮市人民政府文件`: the letterhead line.
const LETTERHEAD = /^(.+?)文件$/u;
// A title's issuer stands before 关于 or the year (石狮市人民政府关于2023年度…, 北京市2021年…,
// 关于那曲市色尼区2025年度…, 中村乡二〇二〇年度…).
const TITLE_ISSUER = /^(?:关于)?(.+?)(?:关于|(?:19|20)\d{2}\s*年|[一二][〇○零一二三四五六七八九]{3}\s*年|法治政府|依法行政)/u;
// A bracketed document number before a title: [天政发〔2026〕7号]天水市人民政府关于….
// A place's name alone, the dataset knowing it or not: 青禾县, 云溪县.
const PLACE_ALONE = /^\p{Script=Han}{2,8}?(?:省|自治区|市|州|盟|县|旗|区|乡|镇|街道)$/u;
// A name that starts with its government's kind, not its place: 市司法局, 县人民政府, 省政府办公厅.
const KIND_FIRST = /^(?:省|自治区|市|州|盟|县|旗|区)/u;
const LEADING_DOC_NUMBER = /^[[［【][^\]］】]*[\]］】]/u;
// The year a title may start with, before its issuer: 2023年度宁德市…, 关于2023年度霞浦县…, 二〇二三年霞浦县….
const LEADING_YEAR = /^(关于)?(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年度?(?![—–\-~～至到])/u;
// A report's title quoted in a cover letter's: 《霞浦县2023年度法治政府建设情况报告》.
const QUOTED_REPORT = /《([^《》]{4,60}(?:报告|情况))》/gu;
// A slogan title's subtitle, which names the report: 践行法治理念——福鼎市2023年度法治政府建设情况报告.
const SUBTITLE_DASH = /(?:——|—|－－|--|─)+/u;

/**
 * The issuing body as a reader finds it, in order of trust: the letterhead; the title (short names
 * and place names completed: 静海区2023年度… → 天津市静海区人民政府); the page's 发布机构/来源 when it
 * names a public body of a known place; the signature; the text itself (opening sentence,
 * self-references). Undefined only when none of these tells.
 */
export function findIssuer(clues: IssuerClues): { org: string; source: IssuerSource } | undefined {
  const letterhead = clues.header.map((line) => LETTERHEAD.exec(line)?.[1]?.trim()).find((name) => name && isBody(name));
  if (letterhead) return { org: letterhead, source: 'letterhead' };
  const title = clues.title && issuerFromTitle(clues.title, clues.body);
  if (title) return { org: title, source: 'title' };
  const page = clues.pageFields.map((field) => field?.trim()).find((field) => field && isBody(field));
  if (page) return { org: page, source: 'page' };
  const signature = clues.closing.map(signedBy).find((name) => name !== undefined && isBody(name));
  if (signature) return { org: signature, source: 'signature' };
  const text = issuerFromText(clues.opening, clues.body);
  return text ? { org: text, source: 'text' } : undefined;
}

/** The body (or joint bodies, space-separated) a signature line names, without a date on the same line. */
function signedBy(line: string): string | undefined {
  return SIGNATURE.exec(line)?.[1]?.split(/[\s、]+/u).join(' ');
}

/**
 * The issuer a title starts with, completed to its official name; undefined when it names none. A year
 * before the issuer is passed over (2023年度宁德市司法局… → 宁德市司法局); of a slogan title with a subtitle
 * the subtitle names the issuer (践行法治理念——福鼎市2023年度… → 福鼎市人民政府), and of a cover letter the report
 * it quotes (关于报送《霞浦县2023年度…报告》的函 → 霞浦县人民政府).
 */
export function issuerFromTitle(title: string, body: string): string | undefined {
  const parts = title.replace(LEADING_DOC_NUMBER, '').split(SUBTITLE_DASH).map((part) => part.trim()).filter(Boolean);
  // 关于报送《霞浦县2023年度法治政府建设情况报告》的函: the report the cover letter carries names its issuer.
  const quoted = [...title.matchAll(QUOTED_REPORT)].map((match) => match[1] ?? '');
  for (const part of [...quoted, ...parts.reverse()]) {
    const issuer = issuerOfTitleLine(part, body);
    if (issuer) return issuer;
  }
  return undefined;
}

function issuerOfTitleLine(title: string, body: string): string | undefined {
  // 霞浦县人民政府（2023年度）法治政府…: the bracket before the year is not the issuer's.
  const named = TITLE_ISSUER.exec(title.replace(LEADING_YEAR, '$1'))?.[1]?.replace(/[\s（(【[]+$/u, '').trim();
  if (!named || named.length < 2) return undefined;
  if (placesInName(named).length > 0) return completeIssuer(named, body);
  if (isPlacelessBody(named) || PLACE_ALONE.test(named) || readZone(named)) return completeIssuer(named, body);
  // 市司法局2023年…, 县人民政府关于…: a body named by its government's kind, placed where the text says.
  return KIND_FIRST.test(named) ? issuerOfName(named, body) : undefined;
}

// A name shaped like a place's: two or more characters, then the kind of division.
const PLACE_SHAPED = /^\p{Script=Han}{2,8}?(?:省|自治区|市|州|盟|县|旗|区|乡|镇|街道)/u;

/**
 * A public body of a place: 惠安县交通运输局, 丰都县栗子乡人民政府 — a place the dataset knows, or a name
 * shaped like one (a new or renamed place), or a unit of the 兵团 (新疆生产建设兵团, 第八师石河子市) — not 县司法局,
 * 法治调研督察处 or 陕西日报.
 */
function isBody(name: string): boolean {
  return (BODY_SUFFIX.test(name) && (placesInName(name).length > 0 || PLACE_SHAPED.test(name))) || readCorps(name) !== undefined;
}
