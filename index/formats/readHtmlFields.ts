import { attribute, selectAll, selectOne, textContent, type HtmlNode } from './htmlTree.js';
import { htmlToText } from './htmlToText.js';

/** Field names as returned, each with the labels that print it on government pages, preferred first. */
const FIELD_LABELS: Readonly<Record<string, readonly string[]>> = {
  索引号: ['索引号'],
  发布机构: ['发布机构', '发文机关', '发布单位', '发文单位', '来源'],
  文号: ['备注/文号', '发文字号', '文号', '文件编号'],
  发布日期: ['发布日期', '发布时间', '发文日期', '公开日期', '时间'],
  成文日期: ['成文日期', '公文生成日期', '生成日期'],
};

/** `<meta name>` tags of TRS/Hanweb pages that carry the same facts, used when no label prints them. */
const META_FIELDS: Readonly<Record<string, string>> = {
  ArticleTitle: '标题',
  PubDate: '发布日期',
  ContentSource: '发布机构',
};

const ALL_LABELS = Object.values(FIELD_LABELS).flat().sort((a, b) => b.length - a.length);
const labelPattern = (label: string): string =>
  [...label].map((char) => char.replace(/[/]/g, '\\/')).join('\\s*');
/** A label at the start of a line or after a space, bullet or bracket, then a colon (or end of line, in a table). */
const LABEL = new RegExp(`(?<=^|[\\s•·|｜【\\[（(])(${ALL_LABELS.map(labelPattern).join('|')})\\s*(?:[:：]|$)`, 'gu');

/** Lines of a page searched for labelled fields: a long report page has a few hundred. */
const MAX_FIELD_LINES = 5_000;

/** Whitespace, then a short Han word and a colon: the start of another labelled field. */
const NEXT_LABEL = /\s+\p{Script=Han}{1,6}\s*[:：]/u;

/**
 * Header facts a government article page prints about the document — 索引号, 发布机构, 文号,
 * 发布日期, 成文日期 — read from labelled fields ("索 引 号：…", or a label cell beside a value
 * cell), falling back to TRS-style `<meta>` tags; plus 标题 from `<meta name="ArticleTitle">`,
 * the first `<h1>` or `<title>`. Values are trimmed but otherwise as printed.
 */
export function readHtmlFields(root: HtmlNode): Record<string, string> {
  const labelled = labelledValues(htmlToText(selectOne(root, 'body') ?? root, { cellsOnLines: true }));
  const fields: Record<string, string> = {};
  for (const [field, labels] of Object.entries(FIELD_LABELS)) {
    const value = labels.map((label) => labelled.get(label)).find((v) => v !== undefined && plausible(field, v));
    if (value !== undefined) fields[field] = value;
  }
  for (const meta of selectAll(root, 'meta[name]')) {
    const field = META_FIELDS[attribute(meta, 'name') ?? ''];
    const value = attribute(meta, 'content')?.trim();
    if (field && value && fields[field] === undefined) fields[field] = value;
  }
  const h1 = selectOne(root, 'h1');
  const title = fields['标题'] ?? (h1 && textContent(h1).trim()) ?? titleTag(root);
  if (title) fields['标题'] = title;
  return fields;
}

/** Each label's first value, with labels written without spaces. */
function labelledValues(text: string): Map<string, string> {
  const values = new Map<string, string>();
  // Header fields print above the article; looking no further keeps a hostile 100,000-line page cheap.
  const lines = text.split('\n', MAX_FIELD_LINES);
  lines.forEach((line, i) => {
    const matches = [...line.matchAll(LABEL)];
    matches.forEach((match, j) => {
      const label = (match[1] ?? '').replace(/\s+/g, '');
      const start = (match.index ?? 0) + match[0].length;
      const end = matches[j + 1]?.index ?? line.length;
      let value = line.slice(start, end).trim();
      // A label alone on its line (a table cell) takes the next line as its value.
      if (value === '' && j === matches.length - 1) {
        const next = lines.slice(i + 1).find((l) => l.trim() !== '')?.trim() ?? '';
        value = new RegExp(LABEL.source, 'u').test(next) ? '' : next;
      }
      // Inline neighbours ("时间：… 分享到：…") end the value at the next label-like word.
      value = value.split(NEXT_LABEL)[0]?.replace(/[\s•·|｜]+$/u, '') ?? '';
      if (value !== '' && value.length <= 120 && !values.has(label)) values.set(label, value);
    });
  });
  return values;
}

function plausible(field: string, value: string): boolean {
  if (field.endsWith('日期')) return /\d/.test(value);
  if (field === '索引号') return /[A-Za-z0-9]/.test(value);
  return true;
}

function titleTag(root: HtmlNode): string | undefined {
  // "<report title>_<column>_<site>": the first part is the page's own title.
  const element = selectOne(root, 'title');
  const title = element && textContent(element).split(/[_|]| - /)[0]?.trim();
  return title === '' ? undefined : title;
}
