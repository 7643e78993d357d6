import type { BotError } from 'grammy';
import { messagesFor } from '../../prompts/index.js';
import type { BotContext } from '../app/context.js';
import { errorReply } from '../format/errorReply.js';
import type { Logger } from '../log/logger.js';

/**
 * bot.catch handler: one failing update is logged with its stack and, where possible, the user gets the friendly
 * reply; the bot goes on with the next update. Failing to reply is logged too, never rethrown.
 */
export function errorBoundary(logger: Logger) {
  return async (error: BotError<BotContext>): Promise<void> => {
    const ctx = error.ctx;
    logger.error('update_failed', { updateId: ctx.update.update_id, err: error.error });
    const t = ctx.t ?? messagesFor(ctx.from?.language_code);
    try {
      if (ctx.inlineQuery !== undefined) await ctx.answerInlineQuery([], { cache_time: 0 });
      else if (ctx.chat !== undefined && ctx.inlineQuery === undefined) await ctx.reply(errorReply(error.error, t), { parse_mode: 'HTML' });
    } catch (err) {
      logger.warn('error_reply_failed', { updateId: ctx.update.update_id, err });
    }
  };
}
