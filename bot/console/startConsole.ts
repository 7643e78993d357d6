import { createInterface } from 'node:readline';
import type { User, UserFromGetMe } from 'grammy/types';
import type { Config } from '../../config/index.js';
import { messagesFor } from '../../prompts/index.js';
import type { Searcher } from '../../retrieval/index.js';
import { openBotStore, type BotStore } from '../state/botStore.js';
import { buildServices } from '../app/buildServices.js';
import { createConsoleSession } from './consoleSession.js';
import { localApi } from './localApi.js';
import { createBot } from '../app/createBot.js';
import { createLogger, type Logger } from '../log/logger.js';
import type { RemoveReport } from '../app/services.js';

/** Where the console front end reads and writes; all optional. */
export interface ConsoleIo {
  /** Default process.stdin. */
  input?: NodeJS.ReadableStream;
  /** Default process.stdout. */
  output?: NodeJS.WritableStream;
  /** ANSI styles; default: when output is a terminal. */
  color?: boolean;
  /** Interface language of the console user, as a Telegram language_code ("en…" → English); default Chinese. Also :en / :zh while running. */
  languageCode?: string;
  /** Default: an in-memory store, so trying the bot leaves no trace in DATA_DIR. */
  store?: BotStore;
  /** Default: warnings and errors to stderr. */
  logger?: Logger;
  /** Lets the console user (an admin) take reports out with /remove; absent: not available. */
  remove?: RemoveReport;
}

/** A running console, named as a running bot is: `stopped` resolves when input ends (Ctrl+D); `stop()` ends it early. */
export interface RunningConsole {
  stopped: Promise<void>;
  stop(): void;
}

/** Who the bot is on the console (no getMe without Telegram). */
export const CONSOLE_BOT_INFO: UserFromGetMe = {
  id: 1,
  is_bot: true,
  first_name: '法治报告问答',
  username: 'fazhi_console_bot',
  can_join_groups: true,
  can_read_all_group_messages: false,
  supports_inline_queries: true,
  can_connect_to_business: false,
  has_main_web_app: false,
  has_topics_enabled: false,
  allows_users_to_create_topics: false,
  can_manage_bots: false,
  supports_join_request_queries: false,
};

/**
 * The bot without Telegram: typed lines become updates for the same grammY bot and handlers, and what it sends
 * is printed (HTML rendered for the terminal, buttons numbered: type a number to press one). The console user is
 * an admin and no allowlist applies.
 */
export async function startConsole(config: Config, searcher: Searcher, io: ConsoleIo = {}): Promise<RunningConsole> {
  const output = io.output ?? process.stdout;
  const color = io.color ?? ('isTTY' in output && output.isTTY === true);
  const write = (text: string) => void output.write(text);
  const user: User = { id: 1001, is_bot: false, first_name: 'Console', language_code: io.languageCode ?? 'zh' };
  const consoleConfig: Config = { ...config, adminUserIds: [...config.adminUserIds, user.id], allowedUserIds: [], allowedChatIds: [] };
  const store = io.store ?? openBotStore(':memory:');
  const logger = io.logger ?? createLogger({ level: config.logLevel === 'debug' ? 'debug' : 'warn' });
  const { services } = buildServices(consoleConfig, searcher, { store, logger, ...(io.remove ? { remove: io.remove } : {}) });
  const session = createConsoleSession(CONSOLE_BOT_INFO, user, write, color);
  const bot = createBot(services, { token: 'console', botInfo: CONSOLE_BOT_INFO });
  bot.api.config.use(localApi((method, payload) => session.handleApiCall(method, payload)));
  await bot.init();

  // A prompt only on a terminal, where a person types; piped input gets clean output.
  const prompt = (): void => {
    if (color) write('\n› ');
  };
  write(`${messagesFor(user.language_code).console.banner}\n`);
  prompt();
  const lines = createInterface({ input: io.input ?? process.stdin, terminal: false });
  const stopped = (async () => {
    for await (const line of lines) {
      const language = /^:(en|zh)\s*$/.exec(line.trim());
      if (language?.[1] !== undefined) {
        session.setLanguage(language[1]);
        prompt();
        continue;
      }
      const update = session.updateFor(line);
      if (update === undefined) write(`${messagesFor(user.language_code).console.noSuchButton}\n`);
      else await bot.handleUpdate(update).catch((err: unknown) => logger.error('update_failed', { err }));
      prompt();
    }
    if (io.store === undefined) store.close();
  })();
  return { stopped, stop: () => lines.close() };
}
