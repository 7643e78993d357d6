import { headingMarker } from '../headingMarker.js';

/** A report's lines before its body: header lines, title and salutation. */
export interface FrontMatter {
  /** Lines above the title: XX文件, the document number, 签发人：…. */
  header: string[];
  /** The title line, when the report prints one. */
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

/**
 * Finds the title (an early line that names a 报告 and does not end a sentence) and splits the lines
 * into header, title, salutation and body. A report without a title line is all body.
 * Lines must be trimmed and non-empty.
 */
export function splitFrontMatter(lines: readonly string[]): FrontMatter {
  const titleAt = lines.slice(0, TITLE_WINDOW).findIndex(isTitle);
  if (titleAt < 0) return { header: [], body: [...lines] };
  const header = lines.slice(0, titleAt);
  const title = lines[titleAt];
  const next = lines[titleAt + 1];
  if (next !== undefined && isSalutation(next)) {
    return { header, title, salutation: next, body: lines.slice(titleAt + 2) };
  }
  return { header, title, body: lines.slice(titleAt + 1) };
}

function isTitle(line: string): boolean {
  return /报告|報告/u.test(line) && line.length <= MAX_TITLE_CHARS && !/[。：:，,；;]$/u.test(line) && !headingMarker(line);
}

// 石狮市人民代表大会常务委员会： — a name followed by a colon, nothing else.
function isSalutation(line: string): boolean {
  return line.length <= MAX_SALUTATION_CHARS && /^[^，,。；;]+[：:]$/u.test(line);
}
