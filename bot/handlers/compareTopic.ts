import { comparisonRows } from '../../export/index.js';
import type { Comparison, ReportFilter } from '../../retrieval/index.js';
import { admitQuestion } from './admitQuestion.js';
import type { BotContext } from '../app/context.js';
import { errorReply } from '../format/errorReply.js';
import { renderComparison, renderSilent } from '../format/renderComparison.js';
import { comparisonKeyboard, type ShownResult } from '../format/keyboards.js';
import { recordQuestion } from '../state/recordQuestion.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { withTyping } from './withTyping.js';
import { offeredFilters } from './answerQuestion.js';

/** Answers /compare (or the compare button): page one of each report's verdict on `raw`, with its buttons. */
export async function compareTopic(ctx: BotContext, raw: string, services: BotServices, filter?: ReportFilter): Promise<void> {
  const startedAt = services.clock();
  const topic = await admitQuestion(ctx, raw, services, ctx.t.compareUsage);
  if (topic === undefined) return;
  const comparison = await runComparison(ctx, topic, services, filter);
  if (comparison === undefined) return;
  const pages = renderComparison(comparison, ctx.t);
  const found = comparison.found.length + comparison.related.length + comparison.mentions.length > 0;
  // The rows of an export: every entry shown, in the order shown (context buttons are numbered the same way), each
  // marked with what it is, so that a related report is not exported as one addressing the topic.
  const rows = comparisonRows(comparison);
  const shown: ShownResult = {
    query: topic,
    passageIds: rows.hits.map((h) => h.passage.id),
    standings: rows.standings,
    offset: 0,
    nextOffset: 0,
    hasMore: false,
    questionId: undefined,
    ...(filter ? { filter } : {}),
    choices: offeredFilters(comparison),
    comparison: { pages: pages.length, silent: comparison.silent.length },
  };
  const key = found ? services.results.put(shown) : undefined;
  await sendHtml(ctx, pages.slice(0, 1), key === undefined ? undefined : comparisonKeyboard(key, shown, 0, ctx.t));
  const questionId = recordQuestion(ctx, services, { kind: 'compare', query: topic, found, latencyMs: services.clock() - startedAt, passageIds: shown.passageIds });
  if (key !== undefined) services.results.replace(key, { ...shown, questionId });
}

/** Sends page `page` (from 0) of a comparison already shown under `key`, or its silent reports when `page` is 'silent'. */
export async function sendComparisonPart(ctx: BotContext, key: string, shown: ShownResult, page: number | 'silent', services: BotServices): Promise<void> {
  const comparison = await runComparison(ctx, shown.query, services, shown.filter);
  if (comparison === undefined) return;
  if (page === 'silent') {
    await sendHtml(ctx, renderSilent(comparison, ctx.t));
    return;
  }
  const pages = renderComparison(comparison, ctx.t);
  const index = Math.min(Math.max(0, page), pages.length - 1);
  const now: ShownResult = { ...shown, comparison: { pages: pages.length, silent: comparison.silent.length } };
  await sendHtml(ctx, pages.slice(index, index + 1), comparisonKeyboard(key, now, index, ctx.t));
}

async function runComparison(ctx: BotContext, topic: string, services: BotServices, filter: ReportFilter | undefined): Promise<Comparison | undefined> {
  try {
    return await withTyping(ctx, services.logger, () => services.searcher.compare(topic, filter ? { filter } : {}));
  } catch (err) {
    services.logger.error('compare_failed', { err, updateId: ctx.update.update_id });
    await sendHtml(ctx, [errorReply(err, ctx.t)]);
    return undefined;
  }
}
