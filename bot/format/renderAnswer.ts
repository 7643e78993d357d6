import type { Messages } from '../../prompts/index.js';
import type { Answer } from '../../retrieval/index.js';
import { packMessages } from './packMessages.js';
import { renderHit } from './renderHit.js';

/**
 * An answer as Telegram messages: a header naming the question, then the cited passages numbered from
 * `offset + 1`, split between passages. When nothing was found, only the plain "not found" advice: no quotes.
 */
export function renderAnswer(answer: Answer, offset: number, t: Messages, maxChars?: number): string[] {
  if (!answer.found || answer.hits.length === 0) return [t.notFound(answer.query, answer.unknownPlaces)];
  const title = t.answerHeader(answer.query, offset + 1, offset + answer.hits.length);
  const header = answer.yearMismatch ? `${title}\n${t.yearMismatch(answer.yearMismatch.asked, answer.yearMismatch.covered)}` : title;
  const blocks = answer.hits.map((hit, i) => renderHit(hit, t, offset + i + 1));
  return packMessages([header, ...blocks], maxChars);
}
