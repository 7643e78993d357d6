import type { NextFunction } from 'grammy';
import type { Config } from '../../config/index.js';
import type { BotContext } from '../app/context.js';

/** Whether a user in a chat may use the bot: admins always; with no allowlist everyone; else a listed user or chat. */
export function isAllowed(config: Config, userId: number | undefined, chatId: number | undefined): boolean {
  if (userId !== undefined && config.adminUserIds.includes(userId)) return true;
  if (config.allowedUserIds.length === 0 && config.allowedChatIds.length === 0) return true;
  return (userId !== undefined && config.allowedUserIds.includes(userId)) || (chatId !== undefined && config.allowedChatIds.includes(chatId));
}

/** Middleware refusing users outside the allowlist with one short message (or toast, or empty inline answer), and nothing else. */
export function accessControl(config: Config) {
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    if (isAllowed(config, ctx.from?.id, ctx.chat?.id)) return next();
    if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: ctx.t.toast.notAllowed });
    else if (ctx.inlineQuery !== undefined) await ctx.answerInlineQuery([], { cache_time: 300, is_personal: true });
    else if (ctx.message !== undefined) await ctx.reply(ctx.t.notAllowed, { parse_mode: 'HTML' });
  };
}
