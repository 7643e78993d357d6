import { EventEmitter } from 'node:events';
import { expect } from 'vitest';
import { unansweredCallbacks } from '../fakeBotApi/users.js';
import type { Update } from 'grammy/types';
import { openBotStore, type BotStore } from '../../bot/state/botStore.js';
import { createLogger } from '../../bot/log/logger.js';
import type { Ingest, IngestLink, RemoveReport } from '../../bot/app/services.js';
import { startBot, type RunningBot } from '../../bot/app/startBot.js';
import { loadConfig } from '../../config/index.js';
import type { Searcher } from '../../retrieval/index.js';
import { startFakeBotApi, type FakeBotApi, type FakeBotApiOptions } from '../fakeBotApi/fakeBotApi.js';
import { TEST_TOKEN } from '../fakeBotApi/fixtures.js';
import { createFakeSearcher } from './fakeSearcher.js';

/** A bot running against a fresh fake Bot API, with its logs captured. */
export interface TestBot {
  api: FakeBotApi;
  running: RunningBot;
  store: BotStore;
  /** Stops the bot and starts a new one against the same fake Bot API and bot store file (a restart of the process). */
  restart(): Promise<void>;
  searcher: Searcher;
  /** Parsed log lines, oldest first. */
  logs: Array<Record<string, unknown>>;
  /** Resolves once the bot has finished handling `update` (its "update" log line); rejects after `timeoutMs`. */
  handled(update: Update | undefined, timeoutMs?: number): Promise<void>;
  stop(): Promise<void>;
}

/** Options of startTestBot; all optional. */
export interface TestBotOptions {
  /** Extra environment, e.g. ADMIN_USER_IDS. */
  env?: Record<string, string>;
  searcher?: Searcher;
  ingest?: Ingest;
  ingestLink?: IngestLink;
  remove?: RemoveReport;
  clock?: () => number;
  maxRetryAttempts?: number;
  /** The bot store's SQLite file; default in memory (then restart() starts with an empty one). */
  storePath?: string;
  /** Options of the fake Bot API, e.g. localFilesDir for a --local server, or simulated send limits. */
  api?: FakeBotApiOptions;
  /** Passed to startBot: work to settle on stop (an ingest finishing or rolling back). */
  onStopping?: () => Promise<void>;
}

/** Starts a fake Bot API and the bot (long polling through @grammyjs/runner) configured by environment to use it. */
export async function startTestBot(options: TestBotOptions = {}): Promise<TestBot> {
  const api = await startFakeBotApi(options.api);
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, LOG_LEVEL: 'debug', ...options.env });
  const searcher = options.searcher ?? createFakeSearcher();
  const logs: Array<Record<string, unknown>> = [];
  const lines = new EventEmitter();
  const logger = createLogger({
    level: 'debug',
    secrets: [TEST_TOKEN],
    write: (line) => {
      const entry = JSON.parse(line) as Record<string, unknown>;
      logs.push(entry);
      lines.emit('line', entry);
    },
  });
  const launch = async (): Promise<{ store: BotStore; running: RunningBot }> => {
    const store = openBotStore(options.storePath ?? ':memory:');
    const running = await startBot(config, searcher, {
      store,
      logger,
      handleSignals: false,
      ...(options.ingest ? { ingest: options.ingest } : {}),
      ...(options.ingestLink ? { ingestLink: options.ingestLink } : {}),
      ...(options.remove ? { remove: options.remove } : {}),
      ...(options.clock ? { clock: options.clock } : {}),
      ...(options.maxRetryAttempts !== undefined ? { maxRetryAttempts: options.maxRetryAttempts } : {}),
      ...(options.onStopping ? { onStopping: options.onStopping } : {}),
    });
    return { store, running };
  };
  let bot = await launch();
  const handled = (update: Update | undefined, timeoutMs = 5_000): Promise<void> => {
    if (update === undefined) return Promise.reject(new Error('update was not delivered'));
    const done = (e: Record<string, unknown>) => e.event === 'update' && e.updateId === update.update_id;
    if (logs.some(done)) return Promise.resolve();
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        lines.off('line', listen);
        reject(new Error(`update ${update.update_id} not handled within ${timeoutMs} ms`));
      }, timeoutMs);
      const listen = (e: Record<string, unknown>) => {
        if (!done(e)) return;
        clearTimeout(timer);
        lines.off('line', listen);
        resolve();
      };
      lines.on('line', listen);
    });
  };
  const tb: TestBot = {
    api,
    running: bot.running,
    store: bot.store,
    searcher,
    logs,
    handled,
    restart: async () => {
      await bot.running.stop();
      bot.store.close();
      bot = await launch();
      tb.running = bot.running;
      tb.store = bot.store;
    },
    stop: async () => {
      await bot.running.stop();
      bot.store.close();
      await api.close();
    },
  };
  return tb;
}

/** Stops a test bot after checking what every end-to-end test must hold: Telegram would have refused nothing, and no button was left spinning. */
export async function stopChecked(tb: TestBot): Promise<void> {
  expect(tb.api.rejected).toEqual([]);
  expect(unansweredCallbacks(tb.api)).toEqual([]);
  await tb.stop();
}
