/** How many lines at the top and at the bottom of a page may be running headers, footers or page numbers. */
const EDGE_LINES = 3;

const NUMERAL = '[0-9〇零一二三四五六七八九十百]+';
const PAGE_NUMBER_PATTERNS: readonly RegExp[] = [
  /^[-—–―_~·•]*\d{1,3}[-—–―_~·•]*$/u, // 3, - 3 -, —3—
  new RegExp(`^第${NUMERAL}页([,，]?共${NUMERAL}页)?$`, 'u'), // 第3页, 第3页共10页
  new RegExp(`^共${NUMERAL}页[,，]?第${NUMERAL}页$`, 'u'), // 共10页第3页
  /^\d{1,3}\/\d{1,3}$/u, // 3/10
  /^page\d{1,3}(of\d{1,3})?$/iu, // Page 3 of 10
];

/** True when a line is nothing but a page number: "- 3 -", "第3页", "3", "3/10", "第 3 页 共 10 页". */
export function isPageNumber(text: string): boolean {
  const compact = text.normalize('NFKC').replace(/\s+/g, '');
  return PAGE_NUMBER_PATTERNS.some((pattern) => pattern.test(compact));
}

/** Lines this long or longer match when they differ in at most 15 % of their characters (an OCR misread). */
const FUZZY_MIN_CHARS = 10;
const FUZZY_SHARE = 0.15;

/**
 * Drops running headers and footers (a line at the top or bottom of most pages, compared with
 * digits ignored, so "第3页" and "第4页" match, and longer lines matching with a character or two
 * misread by OCR) and page numbers from the edges of each page.
 * Lines are in reading order; the inner lines of a page are never touched.
 */
export function removeRunningLines<T extends { text: string }>(pages: readonly (readonly T[])[]): T[][] {
  const minPages = Math.max(2, Math.floor(pages.length / 2) + 1);
  const top = edgeCounts(pages.map((lines) => lines.slice(0, EDGE_LINES)));
  const bottom = edgeCounts(pages.map((lines) => lines.slice(-EDGE_LINES)));
  const isRunning = (counts: (key: string) => number, line: T): boolean => isPageNumber(line.text) || counts(lineKey(line.text)) >= minPages;

  return pages.map((lines) => {
    let start = 0;
    let end = lines.length;
    while (start < Math.min(EDGE_LINES, end) && isRunning(top, lines[start] as T)) start += 1;
    while (end > Math.max(start, lines.length - EDGE_LINES) && isRunning(bottom, lines[end - 1] as T)) end -= 1;
    return lines.slice(start, end);
  });
}

/** On how many pages a line text (digits ignored) occurs, or nearly occurs, among the given edge lines. */
function edgeCounts<T extends { text: string }>(edges: readonly (readonly T[])[]): (key: string) => number {
  const pages = edges.map((lines) => [...new Set(lines.map((line) => lineKey(line.text)))]);
  const counts = new Map<string, number>();
  return (key) => {
    let count = counts.get(key);
    if (count === undefined) {
      count = pages.filter((keys) => keys.some((other) => other === key || nearly(other, key))).length;
      counts.set(key, count);
    }
    return count;
  };
}

/** Two long lines that differ in at most 15 % of their characters (Levenshtein, with an early length check). */
function nearly(a: string, b: string): boolean {
  const longest = Math.max(a.length, b.length);
  const allowed = Math.floor(FUZZY_SHARE * longest);
  if (Math.min(a.length, b.length) < FUZZY_MIN_CHARS || Math.abs(a.length - b.length) > allowed) return false;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...current) > allowed) return false;
    previous = current;
  }
  return previous[b.length]! <= allowed;
}

function lineKey(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').replace(/\d+/g, '#');
}
