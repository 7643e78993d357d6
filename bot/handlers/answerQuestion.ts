import type { Answer, AnswerScope, FilterChoice, ReportFilter } from '../../retrieval/index.js';
import { admitQuestion } from './admitQuestion.js';
import type { BotContext } from '../app/context.js';
import { errorReply } from '../format/errorReply.js';
import { renderAnswer } from '../format/renderAnswer.js';
import { resultKeyboard, type ShownResult } from '../format/keyboards.js';
import { recordQuestion } from '../state/recordQuestion.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { withTyping } from './withTyping.js';
import { rememberQuestion, understandQuestion } from './conversation.js';
import { correctedQuestions, spellingRows } from '../format/spellingButtons.js';

/** Start parameter of a shared-search link: s_ and the key of the question in `services.shares`. */
export const SHARE_PREFIX = 's_';

/** Passages per page of an answer. */
export const PAGE_SIZE = 5;

/** Where a page of results starts, and whether it is a new question (recorded) or a further page of one. */
export interface PageRequest {
  offset: number;
  /** The recorded question this page continues; undefined for a new question. */
  questionId: number | undefined;
  /** When the user asked, for the latency figure. */
  startedAt: number;
  /** Filters a button added to the question's own. */
  filter?: ReportFilter;
}

/** Searches one page of `query` and sends the cited passages with their buttons; a searcher failure gets the friendly reply. */
export async function sendAnswerPage(ctx: BotContext, query: string, services: BotServices, page: PageRequest): Promise<void> {
  let answer: Answer;
  try {
    answer = await withTyping(ctx, services.logger, () => services.searcher.search(query, { offset: page.offset, topK: PAGE_SIZE, ...(page.filter ? { filter: page.filter } : {}) }));
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
    ...(page.filter ? { filter: page.filter } : {}),
    ...(found && page.offset === 0 ? { choices: offeredFilters(answer) } : {}),
  };
  const key = found ? services.results.put(shown) : undefined;
  // A first page links to the same search for others (t.me deep link; the question itself stays server-side).
  const shareUrl = found && page.offset === 0 && ctx.me.username ? `https://t.me/${ctx.me.username}?start=${SHARE_PREFIX}${services.shares.put(query)}` : undefined;
  const results = key === undefined ? undefined : resultKeyboard(key, shown, ctx.t, { compare: true, ...(shareUrl ? { shareUrl } : {}) });
  const corrected = page.offset === 0 && answer.question ? correctedQuestions(answer.question) : [];
  const spelling = corrected.length > 0 ? spellingRows(services.spellings.put(corrected.map((c) => c.question)), corrected, ctx.t) : [];
  const keyboard = results || spelling.length > 0 ? { inline_keyboard: [...spelling, ...(results?.inline_keyboard ?? [])] } : undefined;
  const sent = await sendHtml(ctx, renderAnswer(answer, page.offset, ctx.t), keyboard);
  if (found && page.offset === 0 && answer.question) {
    rememberQuestion(ctx, answer.question, sent, services, [...(page.filter?.excludeReports ?? []), ...answer.hits.map((h) => h.report.id)]);
  }
  if (page.questionId !== undefined) return;
  // Recorded once the user has the answer, so the latency is the user's wait; the buttons then refer to it.
  const questionId = recordQuestion(ctx, services, { kind: 'search', query, found, latencyMs: services.clock() - page.startedAt, passageIds: shown.passageIds });
  if (key !== undefined) services.results.replace(key, { ...shown, questionId });
}

/** Answers a question typed by the user (a private message, /ask, a mention, a reply, an example button). */
export async function answerQuestion(ctx: BotContext, raw: string, services: BotServices, usage?: string): Promise<void> {
  const startedAt = services.clock();
  const admitted = await admitQuestion(ctx, raw, services, usage);
  if (admitted === undefined) return;
  const understood = await understandQuestion(ctx, admitted, services);
  if (understood === undefined) return;
  await sendAnswerPage(ctx, understood.query, services, { offset: 0, questionId: undefined, startedAt, ...(understood.filter ? { filter: understood.filter } : {}) });
}

/** The filters offered under an answer: the values present in its results, then the older years of its issuers. */
export function offeredFilters(answer: AnswerScope): FilterChoice[] {
  const base = answer.filter ?? {};
  const years = (answer.olderYears ?? []).map((year): FilterChoice => ({ field: 'year', value: year, filter: { ...base, year } }));
  const shown = (answer.choices ?? []).filter((c) => !(c.field === 'year' && answer.olderYears?.includes(c.value)));
  return [...shown, ...years];
}
