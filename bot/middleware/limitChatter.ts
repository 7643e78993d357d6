import type { NextFunction } from 'grammy';
import type { BotContext } from '../app/context.js';
import type { BotServices } from '../app/services.js';
import { sendingLowPriority } from '../app/throttleSends.js';

/** Commands that are questions: admitQuestion counts them, so they pass here uncounted. */
const QUESTION_COMMANDS = new Set(['ask', 'compare']);

/**
 * Middleware putting every message that is not a question — /help, /start, /docs, unknown commands, media,
 * a non-admin's document — under the same per-user limit as questions (questions are counted where they are
 * admitted). Past it the user is told once per window and later messages are dropped; admins' documents
 * (reports to add) are not counted.
 */
export function limitChatter(services: BotServices) {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const message = ctx.message;
    const userId = ctx.from?.id;
    if (message === undefined || userId === undefined || !isChatter(ctx)) return next();
    const decision = services.limiter.take(userId);
    if (decision.allowed) return next();
    services.logger.info('rate_limited', { userId, retryInMs: decision.retryInMs, told: decision.notify });
    const notice = ctx.t.rateLimited(Math.max(1, Math.ceil(decision.retryInMs / 1000)));
    if (decision.notify) await sendingLowPriority(() => ctx.reply(notice, { parse_mode: 'HTML' }));
  };

  function isChatter(ctx: BotContext): boolean {
    const message = ctx.message!;
    if (message.document !== undefined) return !services.config.adminUserIds.includes(ctx.from!.id);
    if (message.text === undefined) return true;
    const command = message.entities?.find((e) => e.type === 'bot_command' && e.offset === 0);
    if (command === undefined) return false; // a question (or, in a group, addressed text): counted when admitted
    const name = message.text.slice(1, command.length).split('@')[0]?.toLowerCase() ?? '';
    return !QUESTION_COMMANDS.has(name);
  }
}
