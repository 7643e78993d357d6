import { chunkReport } from './chunk.js';
import type { ChunkOptions } from './chunk.js';
import { splitClosingLines } from './clean/closingLines.js';
import { splitFrontMatter } from './clean/frontMatter.js';
import { joinPageBreaks } from './clean/joinPageBreaks.js';
import { maskPhones } from './clean/maskPhones.js';
import { collapseSpacing, normalizeSpacing } from './clean/normalizeSpacing.js';
import { stripMarkdownBold } from './clean/stripMarkdownBold.js';
import { stripPinyin } from './clean/stripPinyin.js';
import { readWebPage } from './clean/webPage.js';
import { extractMetadata } from './meta/metadata.js';
import { reportIdOf } from '../reportId.js';
import { parseStructure } from './structure.js';
import type { ParsedReport } from '../types.js';

/**
 * Turns the text of one report into its metadata and quotable passages. Cleaning, in order: pinyin
 * glosses removed and broken characters repaired (errata) or marked 〓; web page header fields read and
 * page furniture dropped; spaces next to Chinese removed (PDF text only — a web page's spaces are its
 * author's); Markdown bold markers removed; header, title, salutation and closing lines set apart as
 * metadata; page-broken sentences joined; mobile numbers masked. Pure: `raw` is the file's text.
 */
export function parseReport(raw: string, sourceFile: string, options: ChunkOptions = {}): ParsedReport {
  const id = reportIdOf(raw);
  const pinyin = stripPinyin(raw);
  const web = readWebPage(toLines(pinyin.text));
  const tidy = web.isWebPage ? collapseSpacing : normalizeSpacing;
  const lines = web.lines.map((line) => stripMarkdownBold(tidy(line))).filter((line) => line.length > 0);
  const front = splitFrontMatter(lines);
  const { body, closing } = splitClosingLines(front.body);
  const paragraphs = joinPageBreaks(body).map(maskPhones);
  const passages = chunkReport(id, parseStructure(paragraphs), options);
  const { meta, warnings } = extractMetadata({
    id,
    sourceFile,
    header: front.header,
    ...(front.title === undefined ? {} : { title: front.title }),
    closing,
    web: web.fields,
    body: paragraphs.join('\n'),
  });
  return { meta, passages, warnings: [...pinyin.warnings, ...warnings] };
}

function toLines(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/u)
    .map((line) => line.trim())
    .filter((line) => line.length > 0);
}
