import { parse } from 'parse5';
import { AppError } from '../../errors/index.js';
import { detectEncoding } from './detectEncoding.js';
import { findArticleBody } from './findArticleBody.js';
import { htmlToText } from './htmlToText.js';
import { removeNodes, selectAll } from './htmlTree.js';
import { readHtmlFields } from './readHtmlFields.js';

/** Elements that never hold visible article text. */
const NON_CONTENT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, textarea, input';

/** Bytes searched for a `<meta charset>` (the HTML standard's prescan looks at the first 1024; CMS pages put it later). */
const CHARSET_WINDOW = 4096;

/** Most start tags a page may have: a long report page has a few thousand; past this it is refused before parsing. */
export const MAX_HTML_TAGS = 200_000;

/** An article page read into text, with the encoding it came in and its labelled header fields. */
export interface HtmlText {
  text: string;
  encoding: string;
  fields: Record<string, string>;
}

/**
 * Reads a government article page (parsed as browsers do, by parse5): decodes it (BOM, strict UTF-8, `<meta charset>`, then
 * detection), keeps the article body (see findArticleBody) as paragraphs, puts the title on top
 * when the body lacks it, and reads the header fields (see readHtmlFields). Throws FILE_TOO_COMPLEX
 * for a page with more than MAX_HTML_TAGS start tags, and REPORT_TOO_LARGE for one whose text outside tags
 * is over twice `maxTextChars` (both counted in one pass before parsing, so a huge page is refused at once;
 * twice, since chrome and inline scripts count there too, and the article's own text is checked exactly later).
 */
export function readHtml(bytes: Uint8Array, fileName = 'the page', maxTextChars = Infinity): HtmlText {
  const { html, encoding } = decodeHtml(bytes);
  const tags = countStartTags(html);
  if (tags > MAX_HTML_TAGS) {
    throw new AppError('FILE_TOO_COMPLEX', `${fileName} has ${tags} HTML tags; the limit is ${MAX_HTML_TAGS}. Save the page's text as .txt (or print it to PDF) and send that.`);
  }
  const chars = textOutsideTags(html);
  if (chars > 2 * maxTextChars) {
    throw new AppError('REPORT_TOO_LARGE', `${fileName} holds about ${chars} characters of text; the limit is ${maxTextChars}. Split it into separate reports.`);
  }
  // parse5: the WHATWG tree-building algorithm, linear on unclosed and deeply nested tags (see NOTES-issue13.md).
  const root = parse(html);
  removeNodes(selectAll(root, NON_CONTENT));
  const fields = readHtmlFields(root);
  const body = htmlToText(findArticleBody(root));
  const title = fields['标题'];
  const startsWithTitle = title !== undefined && compact(body).slice(0, 2 * title.length).includes(compact(title));
  const text = body !== '' && title !== undefined && !startsWithTitle ? `${title}\n\n${body}` : body;
  return { text, encoding, fields };
}

/** A page's markup decoded from its bytes: BOM, strict UTF-8, `<meta charset>`, then detection (as readHtml does). */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const { text: html, encoding } = detectEncoding(bytes, declaredCharset(bytes));
  return { html, encoding };
}

function countStartTags(html: string): number {
  let count = 0;
  for (let at = html.indexOf('<'); at >= 0; at = html.indexOf('<', at + 1)) {
    const next = html.charCodeAt(at + 1) | 0x20; // ASCII letters to lower case
    if (next >= 0x61 && next <= 0x7a) count += 1;
  }
  return count;
}

/**
 * Characters of a page outside its tags, whitespace not counted: an upper bound on what the article can hold
 * (a page's chrome is a few thousand characters), found in one pass without building a tree.
 */
function textOutsideTags(html: string): number {
  let count = 0;
  let inTag = false;
  for (let i = 0; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (inTag) {
      if (c === 0x3e) inTag = false; // '>'
    } else if (c === 0x3c) inTag = true; // '<'
    else if (c > 0x20) count += 1;
  }
  return count;
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, CHARSET_WINDOW)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
