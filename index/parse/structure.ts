import { headingMarker, SENTENCE_END } from './headingMarker.js';
import type { HeadingLevel } from './headingMarker.js';
import { splitItems } from './items.js';

/** A run of body text under its headings: a paragraph, an item of one, or the text before its items. */
export interface Block {
  /** Headings above the text, outermost first; an item's lead clause is the last element. */
  section: string[];
  text: string;
}

interface OpenHeading {
  level: HeadingLevel;
  label: string;
}

const ITEM_START = /^[一二三四五六七八九十]+是/u;

// A line without `。` this long is a paragraph, not a heading.
const MAX_HEADING_CHARS = 100;

/** How a report's paragraphs are read. */
export interface StructureOptions {
  /**
   * The file marks its paragraphs (Word, HTML, PDF layout): a short paragraph with no punctuation at its
   * end and no sentence in it (a Word heading style, an `<h2>`) is a heading without a number, below all
   * numbered levels.
   */
  unmarkedHeadings?: boolean;
}

// Where a heading's lead clause ends inside a one-sentence numbered paragraph.
const CLAUSE_END = /[，,；;：:]/u;

// Longest paragraph read as a heading without a number (and longest one-sentence numbered paragraph read as a heading only).
const MAX_UNMARKED_HEADING_CHARS = 40;

function unmarkedHeading(paragraph: string): Heading | null {
  const text = paragraph.trim();
  if (text.length > MAX_UNMARKED_HEADING_CHARS || /[。；;！？!?，,：:、”"）)]$/u.test(text) || SENTENCE_END.test(text)) return null;
  return { level: 5, label: text, body: '' };
}

/**
 * Reads the heading hierarchy of a report's paragraphs (一、 > （一） > 1. > （1） > 一是…) and returns
 * its body text in reading order, each block with its section path. A heading written inline with its
 * body (`（二）发挥…作用。严格落实…`) is its first sentence, and the paragraph stays whole as body text. Items (一是…二是…) become
 * blocks of their own whose path ends with the item's lead clause; a paragraph after an item paragraph
 * stays under that item until the next heading or item. Text before the first heading has path [].
 */
export function parseStructure(paragraphs: readonly string[], options: StructureOptions = {}): Block[] {
  const blocks: Block[] = [];
  let open: OpenHeading[] = [];
  let itemLead: string | null = null;
  for (const paragraph of paragraphs) {
    const heading = splitHeading(paragraph) ?? (options.unmarkedHeadings ? unmarkedHeading(paragraph) : null);
    if (heading) {
      open = [...open.filter((h) => h.level < heading.level), { level: heading.level, label: heading.label }];
      itemLead = null;
    }
    const body = heading ? heading.body : paragraph;
    if (!body) continue;
    const path = open.map((h) => h.label);
    const { intro, items } = splitItems(body);
    if (items.length === 0) {
      blocks.push({ section: itemLead === null ? path : [...path, itemLead], text: body });
      continue;
    }
    if (intro.trim()) blocks.push({ section: itemLead === null ? path : [...path, itemLead], text: intro.trim() });
    for (const item of items) blocks.push({ section: [...path, item.lead], text: item.text.trim() });
    itemLead = items[items.length - 1]?.lead ?? null;
  }
  return blocks;
}

interface Heading extends OpenHeading {
  body: string;
}

function splitHeading(paragraph: string): Heading | null {
  const marker = headingMarker(paragraph);
  if (!marker) return null;
  const end = SENTENCE_END.exec(paragraph)?.index;
  if (end === undefined) {
    return paragraph.length > MAX_HEADING_CHARS ? null : { level: marker.level, label: paragraph, body: '' };
  }
  // An inline heading is also the first sentence of its paragraph: the quote keeps the paragraph whole.
  // (Not when items follow at once: each item is a passage of its own and the heading is in its path.)
  // A numbered paragraph of one sentence is a heading when short (（一）坚持高位推动。); an enumerated point
  // (①…, 第一，…) or a long one is text that must stay quotable, with its lead clause as its heading.
  const rest = paragraph.slice(end + 1).trim();
  if (!rest) {
    const text = paragraph.trim();
    const statement = marker.level === 5 || text.length > MAX_UNMARKED_HEADING_CHARS;
    return statement ? { level: marker.level, label: text.slice(0, CLAUSE_END.exec(text)?.index ?? end), body: text } : { level: marker.level, label: paragraph.slice(0, end), body: '' };
  }
  const body = ITEM_START.test(rest) ? rest : paragraph.trim();
  return { level: marker.level, label: paragraph.slice(0, end), body };
}
