import { run } from '@grammyjs/runner';
import type { Bot } from 'grammy';
import type { BotContext } from './context.js';
import type { FrontEnd } from './frontEnd.js';

/** Longest wait, on stopping, for updates already being handled. */
const DRAIN_MS = 10_000;

/**
 * Long polling through @grammyjs/runner: getUpdates with a long-poll `timeoutSeconds`, updates handled
 * concurrently across chats (ordered within a chat by the bot's sequentialize). Deletes any webhook first,
 * since Telegram refuses getUpdates while one is set.
 */
export async function startPolling(bot: Bot<BotContext>, allowedUpdates: readonly ('message' | 'callback_query' | 'inline_query')[], timeoutSeconds: number): Promise<FrontEnd> {
  await bot.api.deleteWebhook();
  const runner = run(bot, { runner: { fetch: { timeout: timeoutSeconds, allowed_updates: allowedUpdates }, silent: true } });
  return {
    port: undefined,
    stopped: (runner.task() ?? Promise.resolve()).then(() => undefined),
    stop: async (settle) => {
      if (runner.isRunning()) await runner.stop();
      await settle?.();
      const until = Date.now() + DRAIN_MS;
      while (runner.size() > 0 && Date.now() < until) await new Promise((r) => setTimeout(r, 50));
    },
  };
}
