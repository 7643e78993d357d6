import { sequentialize } from '@grammyjs/runner';
import { Bot } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { BotContext } from './context.js';
import { accessControl } from '../middleware/accessControl.js';
import { callbacks } from '../handlers/callbacks.js';
import { commands } from '../handlers/commands.js';
import { dropUnaddressed } from '../middleware/dropUnaddressed.js';
import { errorBoundary } from '../middleware/errorBoundary.js';
import { inline } from '../handlers/inline.js';
import { limitChatter } from '../middleware/limitChatter.js';
import { logUpdates } from '../middleware/logUpdates.js';
import { messages } from '../handlers/messages.js';
import { setLanguage } from '../middleware/setLanguage.js';
import { wellFormedPayload } from '../middleware/wellFormedPayload.js';
import type { BotServices } from './services.js';

/** How to reach Telegram (or a stand-in) and who the bot is. */
export interface CreateBotOptions {
  token: string;
  /** Default https://api.telegram.org. */
  apiRoot?: string;
  /** Skips getMe at start (tests, the console). */
  botInfo?: UserFromGetMe;
}

/**
 * Updates of one chat (inline queries: of one user) are handled one after another; different chats in parallel.
 * A document (an admin's report to ingest, which may take minutes) queues only behind other documents of the
 * chat, so questions and button presses in that chat are not held up by it.
 */
function chatKey(ctx: BotContext): string | undefined {
  const id = ctx.chat?.id ?? ctx.from?.id;
  if (id === undefined) return undefined;
  return ctx.message?.document === undefined ? String(id) : `${id}:documents`;
}

/**
 * The bot with all its handlers, the same for Telegram, webhook and console: ordering per chat, logging,
 * language, group addressing, access control, a per-user limit on non-questions, then commands, buttons, inline queries and messages.
 */
export function createBot(services: BotServices, options: CreateBotOptions): Bot<BotContext> {
  const bot = new Bot<BotContext>(options.token, {
    ...(options.botInfo === undefined ? {} : { botInfo: options.botInfo }),
    client: { apiRoot: options.apiRoot ?? 'https://api.telegram.org' },
  });
  bot.api.config.use(wellFormedPayload(services.logger));
  const onError = errorBoundary(services.logger);
  bot.use(sequentialize(chatKey));
  bot.use(logUpdates(services.logger, services.clock));
  // Inside the logging, so an update counts as handled once its error reply is out too.
  const guarded = bot.errorBoundary(onError);
  guarded.use(setLanguage);
  guarded.use(dropUnaddressed);
  guarded.use(accessControl(services.config, services.clock));
  guarded.use(limitChatter(services));
  guarded.use(commands(services));
  guarded.use(callbacks(services));
  guarded.use(inline(services));
  guarded.use(messages(services));
  bot.catch(onError);
  return bot;
}
