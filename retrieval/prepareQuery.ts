import { toSimplifiedChinese } from '../index/index.js';

/** Longest question searched, in characters; longer ones are refused with a message (a question, not a document). */
export const MAX_QUERY_CHARS = 500;

/** A question ready to search. */
export interface PreparedQuery {
  /** What the user typed, trimmed, tags removed: echoed back in answers. */
  display: string;
  /** Simplified script, NFKC, lower-case Latin, single spaces: what is segmented and embedded. */
  normalized: string;
}

/** Why a question cannot be searched. */
export type QueryProblem = 'empty' | 'too_long' | 'no_words';

/** Normalises a question or says why it cannot be searched (pure). */
export function prepareQuery(raw: string): PreparedQuery | { problem: QueryProblem } {
  const display = raw
    .replace(/<(script|style)\b[^>]{0,200}>[\s\S]*?<\/\1\s*>/gi, ' ') // code pasted with a question is not part of it
    .replace(/<[^>]{0,200}>/g, ' ') // HTML pasted into a question is markup, not words
    .replace(/\s+/gu, ' ')
    .trim();
  if (display.length === 0) return { problem: 'empty' };
  if (display.length > MAX_QUERY_CHARS) return { problem: 'too_long' };
  if (!/[\p{L}\p{N}]/u.test(display)) return { problem: 'no_words' };
  const normalized = toSimplifiedChinese(display.normalize('NFKC')).toLowerCase();
  return { display, normalized };
}
