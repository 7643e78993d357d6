import { joinWrapped, type PageParagraphs } from './pdfParagraphs.js';

/** Characters that end a sentence (or a clause that may end a paragraph), full-width and ASCII. */
const SENTENCE_END = /[。！？；：…”’）」』】!?;:.)]$/u;

/**
 * The pages' paragraphs as one text, a blank line between paragraphs. The last paragraph of a page
 * is joined with the first of the next when it does not end a sentence and the next page does not
 * start with an indented line: the sentence was broken by the page boundary.
 */
export function joinPdfPages(pages: readonly PageParagraphs[]): string {
  const paragraphs: string[] = [];
  for (const page of pages) {
    const [first, ...rest] = page.paragraphs;
    if (first === undefined) continue;
    const last = paragraphs.at(-1);
    if (last !== undefined && !page.startsParagraph && !SENTENCE_END.test(last)) {
      paragraphs[paragraphs.length - 1] = joinWrapped(last, first);
    } else {
      paragraphs.push(first);
    }
    paragraphs.push(...rest);
  }
  return paragraphs.join('\n\n');
}

