import type { Messages } from '../../prompts/index.js';
import { MAX_QUERY_CHARS, type QuestionCheck } from '../../retrieval/index.js';

/**
 * What the user reads when the search core's rule (checkQuestion) refuses a question: the one mapping of its
 * problems to messages. `usage` replaces the empty-question hint (e.g. "/ask 问题").
 */
export function queryProblemReply(check: Extract<QuestionCheck, { ok: false }>, t: Messages, usage?: string): string {
  switch (check.problem) {
    case 'empty':
      return usage ?? t.emptyQuestion;
    case 'too_long':
      return t.questionTooLong(check.length, MAX_QUERY_CHARS);
    case 'no_words':
      return t.notWords;
  }
}
