import type { Answer } from '../../retrieval/index.js';
import { admitQuestion } from './admitQuestion.js';
import type { BotContext } from '../app/context.js';
import { errorReply } from '../format/errorReply.js';
import { renderAnswer } from '../format/renderAnswer.js';
import { resultKeyboard, type ShownResult } from '../format/keyboards.js';
import { recordQuestion } from '../state/recordQuestion.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { withTyping } from './withTyping.js';

/** Passages per page of an answer. */
export const PAGE_SIZE = 5;

/** Where a page of results starts, and whether it is a new question (recorded) or a further page of one. */
export interface PageRequest {
  offset: number;
  /** The recorded question this page continues; undefined for a new question. */
  questionId: number | undefined;
  /** When the user asked, for the latency figure. */
  startedAt: number;
}

/** Searches one page of `query` and sends the cited passages with their buttons; a searcher failure gets the friendly reply. */
export async function sendAnswerPage(ctx: BotContext, query: string, services: BotServices, page: PageRequest): Promise<void> {
  let answer: Answer;
  try {
    answer = await withTyping(ctx, services.logger, () => services.searcher.search(query, { offset: page.offset, topK: PAGE_SIZE }));
  } catch (err) {
    services.logger.error('search_failed', { err, updateId: ctx.update.update_id });
    await sendHtml(ctx, [errorReply(err, ctx.t)]);
    return;
  }
  const found = answer.found && answer.hits.length > 0;
  const shown: ShownResult = {
    query,
    passageIds: answer.hits.map((h) => h.passage.id),
    offset: page.offset,
    nextOffset: page.offset + answer.hits.length,
    hasMore: found && answer.hasMore,
    questionId: page.questionId,
  };
  const key = found ? services.results.put(shown) : undefined;
  await sendHtml(ctx, renderAnswer(answer, page.offset, ctx.t), key === undefined ? undefined : resultKeyboard(key, shown, ctx.t, { compare: true }));
  if (page.questionId !== undefined) return;
  // Recorded once the user has the answer, so the latency is the user's wait; the buttons then refer to it.
  const questionId = recordQuestion(ctx, services, { kind: 'search', query, found, latencyMs: services.clock() - page.startedAt, passageIds: shown.passageIds });
  if (key !== undefined) services.results.replace(key, { ...shown, questionId });
}

/** Answers a question typed by the user (a private message, /ask, a mention, a reply, an example button). */
export async function answerQuestion(ctx: BotContext, raw: string, services: BotServices, usage?: string): Promise<void> {
  const startedAt = services.clock();
  const query = await admitQuestion(ctx, raw, services, usage);
  if (query === undefined) return;
  await sendAnswerPage(ctx, query, services, { offset: 0, questionId: undefined, startedAt });
}
