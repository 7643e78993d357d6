import { headingMarker, SENTENCE_END } from '../headingMarker.js';
import type { HeadingLevel } from '../headingMarker.js';

// A line that ends a paragraph ends with one of these, maybe followed by closing quotes or brackets.
const PARAGRAPH_END = /[。！？!?；;：:](?:[”’」』）)]*)$/u;
// A heading never ends with these; a "heading" line that does was cut by a page break.
const DANGLING = /[，,、（(“《]$/u;
// Longest line still taken for a heading without a body.
const MAX_HEADING_CHARS = 100;

/**
 * Joins paragraphs that a PDF page break split in mid-sentence (`研` + `究部署…`), given the non-empty
 * body lines in order. A line is continued by the next unless it ends a paragraph, the next starts a
 * heading, or it is itself a heading — except where the report writes headings inline with their body
 * (`（二）发挥…作用。严格落实…`): there a heading-looking line without `。` is a sentence cut short.
 */
export function joinPageBreaks(lines: readonly string[]): string[] {
  const inline = inlineHeadingLevels(lines);
  const paragraphs: string[] = [];
  for (const line of lines) {
    const last = paragraphs.length - 1;
    const prev = paragraphs[last];
    if (prev !== undefined && continues(prev, line, inline)) {
      paragraphs[last] = joinText(prev, line);
    } else {
      paragraphs.push(line);
    }
  }
  return paragraphs;
}

function continues(prev: string, next: string, inline: ReadonlySet<HeadingLevel>): boolean {
  if (PARAGRAPH_END.test(prev) || headingMarker(next)) return false;
  const heading = headingMarker(prev);
  if (!heading || SENTENCE_END.test(prev) || prev.length > MAX_HEADING_CHARS) return true;
  return DANGLING.test(prev) || inline.has(heading.level);
}

/** Levels whose headings are mostly written inline with their body in this report. */
function inlineHeadingLevels(lines: readonly string[]): Set<HeadingLevel> {
  const counts = new Map<HeadingLevel, { inline: number; total: number }>();
  for (const line of lines) {
    const heading = headingMarker(line);
    if (!heading) continue;
    const count = counts.get(heading.level) ?? { inline: 0, total: 0 };
    count.total += 1;
    if (SENTENCE_END.test(line)) count.inline += 1;
    counts.set(heading.level, count);
  }
  const levels = new Set<HeadingLevel>();
  for (const [level, count] of counts) {
    if (count.total >= 2 && count.inline * 2 > count.total) levels.add(level);
  }
  return levels;
}

// Latin words split across lines keep a space between them; CJK text joins directly.
function joinText(prev: string, next: string): string {
  return /[A-Za-z0-9]$/u.test(prev) && /^[A-Za-z0-9]/u.test(next) ? `${prev} ${next}` : prev + next;
}
