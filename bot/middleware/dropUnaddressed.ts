import type { NextFunction } from 'grammy';
import { isAddressedInGroup } from './addressing.js';
import type { BotContext } from '../app/context.js';

/**
 * Middleware ending the handling of group messages not addressed to the bot (see isAddressedInGroup), before
 * access control, so strangers chatting in a group are neither answered nor refused; and of quotes users shared
 * through the bot's inline mode (via_bot), which are the bot's own answers, not questions.
 */
export async function dropUnaddressed(ctx: BotContext, next: NextFunction): Promise<void> {
  const message = ctx.message;
  if (message?.via_bot?.id === ctx.me.id) return;
  if (message !== undefined && ctx.chat?.type !== 'private' && !isAddressedInGroup(message, ctx.me)) return;
  await next();
}
