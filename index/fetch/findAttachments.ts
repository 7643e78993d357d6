import { attribute, selectAll, textContent, type HtmlNode } from '../formats/htmlTree.js';

/** Extensions of attachments that can hold a report. */
const ATTACHMENT = /\.(pdf|docx?|wps)$/i;

/** A link on a page to a document file. */
export interface Attachment {
  /** Absolute URL. */
  url: string;
  /** The link's text, trimmed ('' when none). */
  label: string;
}

/**
 * The links on a page to .pdf, .doc, .docx or .wps files (by the URL's path or the link's text), absolute,
 * without duplicates, those whose label or file name says 报告 first, in page order otherwise (pure).
 */
export function findAttachments(root: HtmlNode, pageUrl: string): Attachment[] {
  const seen = new Set<string>();
  const found: Attachment[] = [];
  for (const link of selectAll(root, 'a[href]')) {
    const href = attribute(link, 'href')?.trim() ?? '';
    const label = textContent(link).replace(/\s+/g, ' ').trim();
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (url.protocol !== 'http:' && url.protocol !== 'https:') continue;
    if (!ATTACHMENT.test(decodeSafe(url.pathname)) && !ATTACHMENT.test(label)) continue;
    url.hash = '';
    if (seen.has(url.href)) continue;
    seen.add(url.href);
    found.push({ url: url.href, label });
  }
  const saysReport = (a: Attachment): boolean => /报告/.test(a.label) || /报告/.test(decodeSafe(a.url));
  return [...found.filter(saysReport), ...found.filter((a) => !saysReport(a))];
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
