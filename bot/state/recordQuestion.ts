import type { QuestionRecord } from './botStore.js';
import type { BotContext } from '../app/context.js';
import type { BotServices } from '../app/services.js';

/**
 * Stores an answered question for /stats and feedback and logs it (without its text below debug level).
 * A failing store is logged and otherwise ignored: the user already has the answer.
 */
export function recordQuestion(ctx: BotContext, services: BotServices, question: Omit<QuestionRecord, 'userId' | 'chatType'>): number | undefined {
  const chatType = ctx.chat?.type ?? 'unknown';
  services.logger.info('answered', { kind: question.kind, chatType, found: question.found, hits: question.passageIds.length, latencyMs: Math.round(question.latencyMs) });
  services.logger.debug('answered_text', { query: question.query });
  try {
    return services.store.recordQuestion({ ...question, userId: ctx.from?.id, chatType });
  } catch (err) {
    services.logger.error('store_failed', { err });
    return undefined;
  }
}
