import { MAX_QUERY_CHARS } from '../../retrieval/index.js';

/** Longest question accepted, in characters (code points): the search core's own limit, so the two never disagree. */
export const MAX_QUESTION_CHARS = MAX_QUERY_CHARS;

/** A question ready to search, or why it cannot be. `length` is in code points. */
export type QuestionCheck =
  | { ok: true; query: string }
  | { ok: false; reason: 'empty' }
  | { ok: false; reason: 'tooLong'; length: number }
  | { ok: false; reason: 'notWords' };

/**
 * Cleans a question (trims, folds runs of whitespace) and refuses the empty, the over-long (default
 * MAX_QUESTION_CHARS) and the wordless (only emoji or punctuation). HTML in it stays text: it is escaped on output.
 */
export function validateQuestion(raw: string, maxChars = MAX_QUESTION_CHARS): QuestionCheck {
  const query = raw.replace(/\s+/gu, ' ').trim();
  if (query === '') return { ok: false, reason: 'empty' };
  const length = [...query].length;
  if (length > maxChars) return { ok: false, reason: 'tooLong', length };
  if (!/[\p{L}\p{N}]/u.test(query)) return { ok: false, reason: 'notWords' };
  return { ok: true, query };
}
