import type { NextFunction } from 'grammy';
import type { Config } from '../../config/index.js';
import type { BotContext } from '../app/context.js';
import { sendingLowPriority } from '../app/throttleSends.js';
import { createRateLimiter } from './rateLimiter.js';

/** Whether a user in a chat may use the bot: admins always; with no allowlist everyone; else a listed user or chat. */
export function isAllowed(config: Config, userId: number | undefined, chatId: number | undefined): boolean {
  if (userId !== undefined && config.adminUserIds.includes(userId)) return true;
  if (config.allowedUserIds.length === 0 && config.allowedChatIds.length === 0) return true;
  return (userId !== undefined && config.allowedUserIds.includes(userId)) || (chatId !== undefined && config.allowedChatIds.includes(chatId));
}

/** How often a stranger is told the bot is not for them: once per this window, however much they send. */
const REFUSAL_WINDOW_MS = 60_000;

/**
 * Middleware refusing users outside the allowlist, and nothing else: one short message per user per minute
 * (later messages are dropped silently, so a flood of strangers costs no flood of sends), a toast for every
 * button press (Telegram wants each callback answered anyway), an empty inline answer. `clock` defaults to Date.now.
 */
export function accessControl(config: Config, clock: () => number = Date.now) {
  const refusals = createRateLimiter({ limit: 1, windowMs: REFUSAL_WINDOW_MS, clock });
  return async (ctx: BotContext, next: NextFunction): Promise<void> => {
    if (isAllowed(config, ctx.from?.id, ctx.chat?.id)) return next();
    // A button must be answered anyway (the toast costs no extra call) and so must an inline query.
    if (ctx.callbackQuery !== undefined) await ctx.answerCallbackQuery({ text: ctx.t.toast.notAllowed });
    else if (ctx.inlineQuery !== undefined) await ctx.answerInlineQuery([], { cache_time: 300, is_personal: true });
    else if (ctx.message !== undefined && refusals.take(ctx.from?.id ?? ctx.chat?.id ?? 0).allowed) await sendingLowPriority(() => ctx.reply(ctx.t.notAllowed, { parse_mode: 'HTML' }));
  };
}
