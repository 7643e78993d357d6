/** Longest question accepted, in characters (code points); longer ones get a clear message rather than a search. */
export const MAX_QUESTION_CHARS = 500;

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
