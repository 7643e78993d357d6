import { ANY_YEAR, chineseNumber } from './chineseNumerals.js';

/** The year a report covers and how it was read. */
export interface CoveredYear {
  year: number | null;
  /** Where the year came from. */
  source?: 'title' | 'date' | 'opening';
  /** Sources that named another year, e.g. `date line says 2025`. */
  disagreements: string[];
}

// A year that is part of a range (2021—2025年, 2015-2020年) or a plan (“十四五”, 2035年远景) never votes.
const RANGE_BEFORE = /[—–\-~～至到]\s*$/u;
const RANGE_AFTER = /^\s*[—–\-~～至到]/u;

/**
 * The year a report covers, read as a person reads it: the year in its title (关于2023年度…,
 * 二〇二三年度 → 2023, (2023年度)霞浦县…, 霞浦县2023法治政府…) wins; then the year before its issue date (reports
 * come out early in the next year; one signed in November or December covers that year); then the year its
 * opening sentence starts with (2023年，…). Years in ranges such as
 * (2021—2025年) never count. Sources that disagree with the chosen one are listed (pure).
 */
export function coveredYear(title: string | undefined, opening: string, date: string | undefined): CoveredYear {
  const fromTitle = title === undefined ? undefined : titleYear(title);
  const fromDate = date === undefined ? undefined : dateLineYear(date);
  const fromOpening = firstYear(opening.slice(0, 60));
  const sources: Array<[CoveredYear['source'], number | undefined]> = [['title', fromTitle], ['date', fromDate], ['opening', fromOpening]];
  const chosen = sources.find(([, year]) => year !== undefined);
  if (!chosen) return { year: null, disagreements: [] };
  const [source, year = null] = chosen;
  const disagreements = sources
    .filter(([other, value]) => other !== source && value !== undefined && value !== year)
    .map(([other, value]) => `${other === 'date' ? 'date line' : other} says ${value}`);
  return { year, source, disagreements };
}

// A bracketed document number before a title ([天政发〔2026〕7号]), not a bracketed year ((2023年度)).
const LEADING_BRACKET = /^[[［【〔(（][^\]］】〕)）]*[\]］】〕)）]/u;
const BRACKETED_YEAR = /^[[［【(（]\s*(?:(?:19|20)\d{2}|[一二][〇○零一二三四五六七八九]{3})\s*年度?\s*[\]］】)）]/u;
// 霞浦县2023法治政府建设年度报告: a title's year printed without 年.
const BARE_YEAR = /(?<![\d〔［[(（])((?:19|20)\d{2})(?![\d〕］\])）])(?=\s*(?:度|法治|依法|\p{Script=Han}))/u;

/** The year a title names: its first year outside a range, else a year printed without 年 (2023法治政府…). */
function titleYear(title: string): number | undefined {
  const text = BRACKETED_YEAR.test(title) ? title : title.replace(LEADING_BRACKET, '');
  const year = firstYear(text);
  if (year !== undefined) return year;
  const bare = BARE_YEAR.exec(text)?.[1];
  return bare === undefined ? undefined : Number(bare);
}

/**
 * The year a date line dates the report for: the year before (reports come out early in the next year),
 * but the same year for a report signed in November or December, which reports on the year about to end.
 */
function dateLineYear(date: string): number {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return month >= 11 ? year : year - 1;
}

/** The first year in a text that is not part of a range, in Arabic or Chinese numerals. */
function firstYear(text: string): number | undefined {
  for (const match of text.matchAll(new RegExp(ANY_YEAR, 'gu'))) {
    const at = match.index ?? 0;
    if (RANGE_BEFORE.test(text.slice(Math.max(0, at - 2), at)) || RANGE_AFTER.test(text.slice(at + match[0].length))) continue;
    const year = chineseNumber(match[1] ?? '');
    if (year !== undefined) return year;
  }
  return undefined;
}
