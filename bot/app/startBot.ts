import { autoRetry } from '@grammyjs/auto-retry';
import { type Bot, GrammyError } from 'grammy';
import type { UserFromGetMe } from 'grammy/types';
import type { Config } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import type { Searcher } from '../../retrieval/index.js';
import { buildServices, type ServiceParts } from './buildServices.js';
import type { BotContext } from './context.js';
import { createBot } from './createBot.js';
import { logApiErrors } from '../log/logApiErrors.js';
import { setBotProfile } from './setBotProfile.js';
import type { FrontEnd } from './frontEnd.js';
import { startPolling } from './startPolling.js';
import { startWebhook } from './startWebhook.js';
import { throttleSends } from './throttleSends.js';

/** The update kinds the bot handles; Telegram sends no others. */
export const ALLOWED_UPDATES = ['message', 'callback_query', 'inline_query'] as const;

/** What startBot can be given besides config and searcher; all optional, defaults from the config. */
export interface BotDeps extends ServiceParts {
  /** Skips getMe (tests). */
  botInfo?: UserFromGetMe;
  /** Stop on SIGINT/SIGTERM; default true. */
  handleSignals?: boolean;
  /** Long-poll timeout of getUpdates in seconds; default 30. */
  pollTimeoutSeconds?: number;
  /** Retries on 429 (after retry_after) and 5xx; default 5 attempts, waits up to 60 s. */
  maxRetryAttempts?: number;
  /**
   * Called on stop once no more updates are taken, before waiting for the last handlers: long work in flight
   * (an admin's ingest) finishes or rolls back here, within its own bound, and its handler tells the sender.
   */
  onStopping?: () => Promise<void>;
}

/** A running bot: `stop()` ends it gracefully (idempotent); `stopped` resolves once it has ended, however it ended. */
export interface RunningBot {
  bot: Bot<BotContext>;
  /** The local port of the webhook server (BOT_MODE=webhook; useful with WEBHOOK_PORT=0); undefined when polling. */
  webhookPort: number | undefined;
  stop(): Promise<void>;
  stopped: Promise<void>;
}

/**
 * Runs the bot against Telegram: long polling through @grammyjs/runner (BOT_MODE=polling), or a node http server
 * for webhooks (BOT_MODE=webhook, with the secret token). 429 and 5xx are retried; a failing update never stops it.
 * Throws AppError CONFIG_INVALID without TELEGRAM_BOT_TOKEN (use startConsole then).
 */
export async function startBot(config: Config, searcher: Searcher, deps: BotDeps = {}): Promise<RunningBot> {
  const token = config.telegramBotToken;
  if (token === undefined) throw new AppError('CONFIG_INVALID', 'TELEGRAM_BOT_TOKEN is not set; set it in .env, or use the console front end');
  const { services, ownsStore } = buildServices(config, searcher, deps);
  const logger = services.logger;
  const bot = createBot(services, { token, apiRoot: config.telegramApiRoot, ...(deps.botInfo ? { botInfo: deps.botInfo } : {}) });
  bot.api.config.use(logApiErrors(logger));
  bot.api.config.use(autoRetry({ maxRetryAttempts: deps.maxRetryAttempts ?? 5, maxDelaySeconds: 60 }));
  // Real time, whatever clock the services get: it paces real sends.
  bot.api.config.use(throttleSends());
  let front: FrontEnd;
  try {
    await bot.init().catch((err: unknown) => {
      if (err instanceof GrammyError && err.error_code === 401) {
        throw new AppError('CONFIG_INVALID', 'Telegram refused TELEGRAM_BOT_TOKEN (401 Unauthorized); copy the token again from @BotFather', { cause: err });
      }
      throw err;
    });
    await setBotProfile(bot, config.adminUserIds, logger);
    front =
      config.botMode === 'webhook' && config.webhook !== undefined
        ? await startWebhook(bot, config.webhook, ALLOWED_UPDATES, logger)
        : await startPolling(bot, ALLOWED_UPDATES, deps.pollTimeoutSeconds ?? 30);
  } catch (err) {
    if (ownsStore) services.store.close();
    throw err;
  }
  logger.info('bot_started', { mode: config.botMode, username: bot.botInfo.username });

  let resolveStopped!: () => void;
  const stopped = new Promise<void>((r) => (resolveStopped = r));
  let stopping: Promise<void> | undefined;
  const onSignal = (signal: NodeJS.Signals) => {
    logger.info('signal', { signal });
    void stop();
  };
  const stop = (): Promise<void> =>
    (stopping ??= (async () => {
      // A second signal during the stop gets the default action (ends the process at once).
      process.off('SIGINT', onSignal).off('SIGTERM', onSignal);
      logger.info('bot_stopping');
      const settle = deps.onStopping && (() => deps.onStopping!().catch((err: unknown) => logger.error('stop_failed', { err })));
      await front.stop(settle).catch((err: unknown) => logger.error('stop_failed', { err }));
      if (ownsStore) services.store.close();
      logger.info('bot_stopped');
      resolveStopped();
    })());
  if (deps.handleSignals ?? true) process.once('SIGINT', onSignal).once('SIGTERM', onSignal);
  front.stopped.then(
    () => void stop(),
    (err: unknown) => {
      logger.error('front_end_failed', { err });
      void stop();
    },
  );
  return { bot, webhookPort: front.port, stop, stopped };
}
