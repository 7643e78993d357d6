import type { NextFunction } from 'grammy';
import type { BotContext } from '../app/context.js';
import type { Logger } from '../log/logger.js';

/** Middleware logging each update's kind, chat type and handling time: never its text. */
export function logUpdates(logger: Logger, clock: () => number) {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    const started = clock();
    const kind = Object.keys(ctx.update).find((k) => k !== 'update_id');
    try {
      await next();
    } finally {
      logger.info('update', { updateId: ctx.update.update_id, kind, chatType: ctx.chat?.type, ms: clock() - started });
    }
  };
}
