/** Longest question searched, in characters (Unicode code points): a question, not a document. */
export const MAX_QUERY_CHARS = 500;

/** Why a question cannot be searched: nothing in it, longer than MAX_QUERY_CHARS, or no letter or digit. */
export type QueryProblem = 'empty' | 'too_long' | 'no_words';

/** A question that can be searched (`display`: as echoed back), or why not (`length` in code points). */
export type QuestionCheck = { ok: true; display: string } | { ok: false; problem: QueryProblem; length: number };

/**
 * The one rule for a valid question, for every front end (pure): pasted markup (script and style blocks, tags)
 * is dropped, runs of whitespace fold to one space, and the rest must be non-empty, at most MAX_QUERY_CHARS
 * code points (a rare Han character outside the BMP is one character, not two) and hold a letter or digit.
 */
export function checkQuestion(raw: string, maxChars = MAX_QUERY_CHARS): QuestionCheck {
  const display = raw
    .replace(/<(script|style)\b[^>]{0,200}>[\s\S]*?<\/\1\s*>/gi, ' ') // code pasted with a question is not part of it
    .replace(/<[^>]{0,200}>/g, ' ') // HTML pasted into a question is markup, not words
    .replace(/\s+/gu, ' ')
    .trim();
  const length = [...display].length;
  if (length === 0) return { ok: false, problem: 'empty', length };
  if (length > maxChars) return { ok: false, problem: 'too_long', length };
  if (!/[\p{L}\p{N}]/u.test(display)) return { ok: false, problem: 'no_words', length };
  return { ok: true, display };
}
