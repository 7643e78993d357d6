import type { NextFunction } from 'grammy';
import { messagesFor } from '../../prompts/index.js';
import type { BotContext } from '../app/context.js';

/** Middleware choosing the interface language from the sender's Telegram language_code (English for "en…", else Chinese). */
export async function setLanguage(ctx: BotContext, next: NextFunction): Promise<void> {
  ctx.t = messagesFor(ctx.from?.language_code);
  await next();
}
