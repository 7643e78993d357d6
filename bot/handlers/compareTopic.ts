import type { Comparison } from '../../retrieval/index.js';
import { admitQuestion } from './admitQuestion.js';
import type { BotContext } from '../app/context.js';
import { errorReply } from '../format/errorReply.js';
import { renderComparison } from '../format/renderComparison.js';
import { resultKeyboard, type ShownResult } from '../format/keyboards.js';
import { recordQuestion } from '../state/recordQuestion.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { withTyping } from './withTyping.js';

/** Answers /compare (or the compare button): the best passage of each report on `raw`, and the silent reports. */
export async function compareTopic(ctx: BotContext, raw: string, services: BotServices): Promise<void> {
  const startedAt = services.clock();
  const topic = await admitQuestion(ctx, raw, services, ctx.t.compareUsage);
  if (topic === undefined) return;
  let comparison: Comparison;
  try {
    comparison = await withTyping(ctx, services.logger, () => services.searcher.compare(topic));
  } catch (err) {
    services.logger.error('compare_failed', { err, updateId: ctx.update.update_id });
    await sendHtml(ctx, [errorReply(err, ctx.t)]);
    return;
  }
  const found = comparison.found.length > 0;
  const shown: ShownResult = { query: topic, passageIds: comparison.found.map((h) => h.passage.id), offset: 0, nextOffset: 0, hasMore: false, questionId: undefined };
  const key = found ? services.results.put(shown) : undefined;
  await sendHtml(ctx, renderComparison(comparison, ctx.t), key === undefined ? undefined : resultKeyboard(key, shown, ctx.t, { compare: false }));
  const questionId = recordQuestion(ctx, services, { kind: 'compare', query: topic, found, latencyMs: services.clock() - startedAt, passageIds: shown.passageIds });
  if (key !== undefined) services.results.replace(key, { ...shown, questionId });
}
