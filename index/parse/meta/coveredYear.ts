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
 * 二〇二三年度 → 2023) wins; then the year before its issue date (reports come out early in the next
 * year); then the year its opening sentence starts with (2023年，…). Years in ranges such as
 * (2021—2025年) never count. Sources that disagree with the chosen one are listed (pure).
 */
export function coveredYear(title: string | undefined, opening: string, date: string | undefined): CoveredYear {
  const fromTitle = title === undefined ? undefined : firstYear(title.replace(/^[[［【〔(（][^\]］】〕)）]*[\]］】〕)）]/u, ''));
  const fromDate = date === undefined ? undefined : Number(date.slice(0, 4)) - 1;
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
