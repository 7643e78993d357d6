import { checkQuestion } from '../../retrieval/index.js';
import type { BotContext } from '../app/context.js';
import { queryProblemReply } from '../format/queryProblemReply.js';
import { sendHtml } from './sendHtml.js';
import { sendingLowPriority } from '../app/throttleSends.js';
import type { BotServices } from '../app/services.js';

/**
 * Lets a question through to the searcher, or answers why not: the search core's rule (empty, with `usage` when
 * given; too long; wordless), or past the user's rate limit. Returns the question as the search core reads it
 * (whitespace folded, markup dropped), or undefined once the user has been told.
 */
export async function admitQuestion(ctx: BotContext, raw: string, services: BotServices, usage?: string): Promise<string | undefined> {
  const t = ctx.t;
  const check = checkQuestion(raw);
  if (!check.ok) {
    await sendHtml(ctx, [queryProblemReply(check, t, usage)]);
    return undefined;
  }
  const decision = services.limiter.take(ctx.from?.id ?? ctx.chat?.id ?? 0);
  if (!decision.allowed) {
    services.logger.info('rate_limited', { userId: ctx.from?.id, retryInMs: decision.retryInMs, told: decision.notify });
    // Told once per window: replying to every refused message would let a flood cost as many sends.
    if (decision.notify) await sendingLowPriority(() => sendHtml(ctx, [t.rateLimited(Math.max(1, Math.ceil(decision.retryInMs / 1000)))]));
    return undefined;
  }
  return check.display;
}
