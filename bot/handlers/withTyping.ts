import type { BotContext } from '../app/context.js';
import type { Logger } from '../log/logger.js';

/** Telegram shows "typing…" for about 5 s after sendChatAction (Bot API), so it is repeated a little sooner. */
export const TYPING_REPEAT_MS = 4_500;

/** Runs `work` while the chat shows "typing…"; a failed chat action is logged at debug level and never fails the work. */
export async function withTyping<T>(ctx: BotContext, logger: Logger, work: () => Promise<T>): Promise<T> {
  const type = (): void => {
    ctx.replyWithChatAction('typing').catch((err: unknown) => logger.debug('chat_action_failed', { err }));
  };
  type();
  const timer = setInterval(type, TYPING_REPEAT_MS);
  try {
    return await work();
  } finally {
    clearInterval(timer);
  }
}
