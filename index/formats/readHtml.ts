import { parse } from 'node-html-parser';
import { detectEncoding } from './detectEncoding.js';
import { findArticleBody } from './findArticleBody.js';
import { htmlToText } from './htmlToText.js';
import { readHtmlFields } from './readHtmlFields.js';

/** Elements that never hold visible article text. */
const NON_CONTENT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, button, select, textarea, input';

/** Bytes searched for a `<meta charset>` (the HTML standard's prescan looks at the first 1024; CMS pages put it later). */
const CHARSET_WINDOW = 4096;

/** An article page read into text, with the encoding it came in and its labelled header fields. */
export interface HtmlText {
  text: string;
  encoding: string;
  fields: Record<string, string>;
}

/**
 * Reads a government article page: decodes it (BOM, strict UTF-8, `<meta charset>`, then
 * detection), keeps the article body (see findArticleBody) as paragraphs, puts the title on top
 * when the body lacks it, and reads the header fields (see readHtmlFields).
 */
export function readHtml(bytes: Uint8Array): HtmlText {
  const { html, encoding } = decodeHtml(bytes);
  const root = parse(html, { comment: false });
  for (const element of root.querySelectorAll(NON_CONTENT)) element.remove();
  const fields = readHtmlFields(root);
  const body = htmlToText(findArticleBody(root));
  const title = fields['标题'];
  const startsWithTitle = title !== undefined && compact(body).slice(0, 2 * title.length).includes(compact(title));
  const text = body !== '' && title !== undefined && !startsWithTitle ? `${title}\n\n${body}` : body;
  return { text, encoding, fields };
}

/** A page's markup decoded from its bytes: BOM, strict UTF-8, `<meta charset>`, then detection. */
export function decodeHtml(bytes: Uint8Array): { html: string; encoding: string } {
  const { text: html, encoding } = detectEncoding(bytes, declaredCharset(bytes));
  return { html, encoding };
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, CHARSET_WINDOW)).toString('latin1');
  return /<meta[^>]+charset\s*=\s*["']?\s*([\w-]+)/i.exec(head)?.[1];
}

function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
