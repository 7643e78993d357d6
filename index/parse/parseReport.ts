import { chunkReport } from './chunk.js';
import type { ChunkOptions } from './chunk.js';
import { splitClosingLines } from './clean/closingLines.js';
import { splitFrontMatter } from './clean/frontMatter.js';
import { joinPageBreaks } from './clean/joinPageBreaks.js';
import { maskPhones } from './clean/maskPhones.js';
import { collapseSpacing, normalizeBodySpacing } from './clean/normalizeSpacing.js';
import { stripMarkdownBold } from './clean/stripMarkdownBold.js';
import { stripPinyin } from './clean/stripPinyin.js';
import { readWebPage } from './clean/webPage.js';
import { extractMetadata } from './meta/metadata.js';
import { joinWithinBlocks, toBlockLines } from './clean/blockLines.js';
import { normalizeText } from './clean/normalizeText.js';
import { dropPageChrome } from './clean/pageChrome.js';
import { reportIdOf } from '../reportId.js';
import { parseStructure } from './structure.js';
import type { ParsedReport } from '../types.js';

// Formats whose paragraphs are marked by the file itself (Word and HTML paragraphs, PDF paragraphs
// found from the layout): readDocument puts a blank line between them, and they are never rejoined.
const HARD_PARAGRAPHS = /\.(?:docx|pdf|html?)$/iu;

/**
 * Turns the text of one report into its metadata and quotable passages. Cleaning, in order: invisible
 * characters removed and compatibility forms made plain (⼀ → 一); pinyin glosses removed and broken
 * characters repaired (errata) or marked 〓; web page header fields read and page furniture dropped
 * (breadcrumbs, 来源/发布时间 lines, 字体/打印/分享), keeping its date and 来源; spaces next to Chinese
 * removed (PDF text only — a web page's spaces are its author's — and not between a Han character and a digit: 满意 25 票); Markdown bold markers removed;
 * header, title, salutation and closing lines set apart as metadata; page-broken sentences joined
 * (for .docx, .pdf and .html files only within one of the file's paragraphs); mobile numbers masked.
 * Pure: `raw` is the file's text, `sourceFile` its name.
 */
export function parseReport(raw: string, sourceFile: string, options: ChunkOptions = {}): ParsedReport {
  const id = reportIdOf(raw);
  const pinyin = stripPinyin(normalizeText(raw));
  const lines = toBlockLines(pinyin.text);
  const web = readWebPage(lines.map((line) => line.text));
  const chrome = dropPageChrome(web.lines);
  const tidy = web.isWebPage ? collapseSpacing : normalizeBodySpacing;
  const tidied = chrome.lines.map((line) => stripMarkdownBold(tidy(line))).filter((line) => line.length > 0);
  const front = splitFrontMatter(tidied);
  const { body, closing } = splitClosingLines(front.body);
  const hard = HARD_PARAGRAPHS.test(sourceFile);
  const paragraphs = (hard ? joinWithinBlocks(body, lines, tidy, joinPageBreaks) : joinPageBreaks(body)).map(maskPhones);
  const passages = chunkReport(id, parseStructure(paragraphs, { unmarkedHeadings: hard }), options);
  const { meta, warnings } = extractMetadata({
    id,
    sourceFile,
    header: front.header,
    ...(front.title === undefined ? {} : { title: front.title }),
    ...(front.salutation === undefined ? {} : { salutation: front.salutation }),
    closing,
    web: web.fields,
    chrome: chrome.fields,
    body: paragraphs.join('\n'),
  });
  return { meta, passages, warnings: [...pinyin.warnings, ...warnings] };
}
