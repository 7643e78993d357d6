/** One level of a Word list: where it counts from, how the number is written, and the label pattern. */
export interface NumberingLevel {
  start: number;
  /** w:numFmt, e.g. decimal, chineseCounting, decimalEnclosedCircle, bullet. */
  format: string;
  /** w:lvlText, e.g. `%1、`, `（%2）`, `%1.%2`. */
  text: string;
}

/** One list instance (w:num): its levels and the counter it numbers with. */
export interface NumberingList {
  levels: readonly NumberingLevel[];
  /**
   * Lists of the same w:abstractNum continue one count, as Word shows them (WPS gives every heading its
   * own w:num); a list that overrides a start value counts on its own.
   */
  counter: string;
}

/** A document's lists, by w:numId. */
export type Numbering = ReadonlyMap<string, NumberingList>;

const attr = (xml: string, name: string): string | undefined => new RegExp(`<w:${name}\\b[^>]*w:val="([^"]*)"`, 'u').exec(xml)?.[1];

/** Reads word/numbering.xml (pure); an absent part means no lists. */
export function readNumbering(xml: string | undefined): Numbering {
  if (!xml) return new Map();
  const abstracts = new Map<string, NumberingLevel[]>();
  for (const match of xml.matchAll(/<w:abstractNum\b[^>]*w:abstractNumId="(\d+)"[^>]*>([\s\S]*?)<\/w:abstractNum>/gu)) {
    abstracts.set(match[1] ?? '', readLevels(match[2] ?? ''));
  }
  const lists = new Map<string, NumberingList>();
  for (const match of xml.matchAll(/<w:num\b[^>]*w:numId="(\d+)"[^>]*>([\s\S]*?)<\/w:num>/gu)) {
    const body = match[2] ?? '';
    const abstractId = attr(body, 'abstractNumId') ?? '';
    const levels = [...(abstracts.get(abstractId) ?? [])];
    const overrides = /<w:startOverride\b/u.test(body);
    for (const override of body.matchAll(/<w:lvlOverride\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvlOverride>/gu)) {
      const level = Number(override[1]);
      const start = attr(override[2] ?? '', 'startOverride');
      const current = levels[level];
      if (current && start !== undefined) levels[level] = { ...current, start: Number(start) };
    }
    lists.set(match[1] ?? '', { levels, counter: overrides ? `num:${match[1] ?? ''}` : `abstract:${abstractId}` });
  }
  return lists;
}

function readLevels(xml: string): NumberingLevel[] {
  const levels: NumberingLevel[] = [];
  for (const match of xml.matchAll(/<w:lvl\b[^>]*w:ilvl="(\d+)"[^>]*>([\s\S]*?)<\/w:lvl>/gu)) {
    const body = match[2] ?? '';
    levels[Number(match[1])] = { start: Number(attr(body, 'start') ?? 1), format: attr(body, 'numFmt') ?? 'decimal', text: attr(body, 'lvlText') ?? '' };
  }
  return levels;
}

const CN_DIGITS = '〇一二三四五六七八九';
const CN_LEGAL = '零壹贰叁肆伍陆柒捌玖';
const STEMS = '甲乙丙丁戊己庚辛壬癸';

/** A number written as a list format writes it: 3 → 三 (chineseCounting), ③, ⑶, c, iii … (pure). */
export function formatNumber(n: number, format: string): string {
  switch (format) {
    case 'chineseCounting':
    case 'chineseCountingThousand':
    case 'taiwaneseCounting':
    case 'japaneseCounting':
      return chineseCounting(n, CN_DIGITS);
    case 'chineseLegalSimplified':
      return chineseCounting(n, CN_LEGAL).replace(/十/gu, '拾');
    case 'ideographDigital':
    case 'taiwaneseDigital':
      return [...String(n)].map((d) => CN_DIGITS[Number(d)]).join('');
    case 'ideographTraditional':
      return STEMS[(n - 1) % 10] ?? String(n);
    case 'decimalEnclosedCircle':
    case 'decimalEnclosedCircleChinese':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2460 + n - 1) : String(n);
    case 'decimalEnclosedParen':
      return n >= 1 && n <= 20 ? String.fromCodePoint(0x2474 + n - 1) : `(${n})`;
    case 'decimalFullWidth':
    case 'decimalFullWidth2':
      return [...String(n)].map((d) => String.fromCodePoint(0xff10 + Number(d))).join('');
    case 'upperLetter':
    case 'lowerLetter': {
      const letter = String.fromCodePoint(65 + ((n - 1) % 26)).repeat(Math.floor((n - 1) / 26) + 1);
      return format === 'upperLetter' ? letter : letter.toLowerCase();
    }
    case 'upperRoman':
    case 'lowerRoman':
      return format === 'upperRoman' ? roman(n) : roman(n).toLowerCase();
    case 'none':
      return '';
    default:
      return String(n);
  }
}

function chineseCounting(n: number, digits: string): string {
  if (n < 10) return digits[n] ?? String(n);
  if (n < 100) {
    const tens = Math.floor(n / 10);
    const ones = n % 10;
    return `${tens === 1 ? '' : digits[tens]}十${ones === 0 ? '' : digits[ones]}`;
  }
  return String(n);
}

function roman(n: number): string {
  const table: Array<[number, string]> = [[1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let rest = n;
  let out = '';
  for (const [value, symbol] of table) while (rest >= value) [rest, out] = [rest - value, out + symbol];
  return out;
}

/** Counts a document's list paragraphs and writes each one's label as Word shows it. */
export class ListCounter {
  private readonly counts = new Map<string, number[]>();
  constructor(private readonly numbering: Numbering) {}

  /** The label of the next paragraph of list `numId` at `level` (`一、`, `（二）`); '' for bullets and unknown lists. */
  next(numId: string, level: number): string {
    const list = this.numbering.get(numId);
    const levels = list?.levels;
    const definition = levels?.[level];
    if (!list || !levels || !definition || numId === '0') return '';
    const counts = this.counts.get(list.counter) ?? [];
    counts[level] = counts[level] === undefined ? definition.start : (counts[level] ?? 0) + 1;
    counts.length = level + 1; // a deeper level starts again after this one
    this.counts.set(list.counter, counts);
    if (definition.format === 'bullet') return '';
    return definition.text.replace(/%(\d)/gu, (_, k: string) => {
      const at = Number(k) - 1;
      const of = levels[at];
      return of ? formatNumber(counts[at] ?? of.start, of.format) : '';
    });
  }
}
