import type { BotContext } from '../app/context.js';
import { sendHtml } from './sendHtml.js';
import { sendingLowPriority } from '../app/throttleSends.js';
import type { BotServices } from '../app/services.js';
import { MAX_QUESTION_CHARS, validateQuestion } from './validateQuestion.js';

/**
 * Lets a question through to the searcher, or answers why not: empty (with `usage` when given), too long,
 * wordless, or past the user's rate limit. Returns the cleaned question, or undefined once the user has been told.
 */
export async function admitQuestion(ctx: BotContext, raw: string, services: BotServices, usage?: string): Promise<string | undefined> {
  const t = ctx.t;
  const check = validateQuestion(raw);
  if (!check.ok) {
    const reply =
      check.reason === 'empty' ? (usage ?? t.emptyQuestion) : check.reason === 'tooLong' ? t.questionTooLong(check.length, MAX_QUESTION_CHARS) : t.notWords;
    await sendHtml(ctx, [reply]);
    return undefined;
  }
  const decision = services.limiter.take(ctx.from?.id ?? ctx.chat?.id ?? 0);
  if (!decision.allowed) {
    services.logger.info('rate_limited', { userId: ctx.from?.id, retryInMs: decision.retryInMs, told: decision.notify });
    // Told once per window: replying to every refused message would let a flood cost as many sends.
    if (decision.notify) await sendingLowPriority(() => sendHtml(ctx, [t.rateLimited(Math.max(1, Math.ceil(decision.retryInMs / 1000)))]));
    return undefined;
  }
  return check.query;
}
