import { z } from 'zod';
import { parseEnv } from './parseEnv.js';
import { AppError } from '../errors/index.js';
import { loadFetchConfig } from './fetchConfig.js';
import type { FetchConfig } from './fetchConfig.js';
import { loadPaths } from './paths.js';
import type { Paths } from './paths.js';

/** How much the logger writes: `debug` includes users' message text, `info` never does. */
export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

/** Where Telegram delivers updates when BOT_MODE=webhook. */
export interface WebhookConfig {
  /** Public HTTPS URL Telegram posts to; its path is the one the local server answers. */
  url: string;
  /** Local port of the node http server; default 8080. */
  port: number;
  /** Sent by Telegram in X-Telegram-Bot-Api-Secret-Token; requests without it are refused. */
  secret: string;
}

/** The environment, parsed once at the entry point. */
export interface Config {
  /** Absent → the console front end. */
  telegramBotToken: string | undefined;
  /** Default https://api.telegram.org (tests point it at the loopback fake). */
  telegramApiRoot: string;
  /** Users allowed to use the bot; empty with allowedChatIds empty = everyone. */
  allowedUserIds: number[];
  /** Chats (groups or private) allowed to use the bot. */
  allowedChatIds: number[];
  /** Users who may run /stats and send documents. */
  adminUserIds: number[];
  botMode: 'polling' | 'webhook';
  /** Present exactly when botMode is 'webhook'. */
  webhook: WebhookConfig | undefined;
  /** Questions per user per minute; default 20. */
  rateLimitPerMinute: number;
  /** Default ./data (index files and bot.sqlite). */
  dataDir: string;
  /** Default ./models. */
  modelsDir: string;
  /** All paths and model sources (DATA_DIR, MODELS_DIR, MODEL_DIR, HF_ENDPOINT, MVN). */
  paths: Paths;
  /** Default info. */
  logLevel: LogLevel;
  /** Bounds on fetching reports by link (FETCH_ALLOW_PRIVATE, FETCH_TIMEOUT_SECONDS, FETCH_MAX_REDIRECTS). */
  fetch: FetchConfig;
}

const blankIsAbsent = (v: unknown): unknown => (typeof v === 'string' && v.trim() === '' ? undefined : v);
const text = <T extends z.ZodType>(schema: T) => z.preprocess(blankIsAbsent, schema);

const idList = text(
  z
    .string()
    .regex(/^\s*-?\d+\s*(,\s*-?\d+\s*)*,?\s*$/, { error: 'expected a comma-separated list of numeric Telegram ids, e.g. 12345,67890' })
    .transform((s) => s.split(',').map((x) => x.trim()).filter(Boolean).map(Number))
    .optional(),
).transform((v) => v ?? []);

/** A whole number in [min, max], every failure reported with `expected`. */
const wholeNumber = (min: number, max: number, expected: string) =>
  z.coerce.number({ error: expected }).int({ error: expected }).min(min, { error: expected }).max(max, { error: expected });

const port = wholeNumber(0, 65535, 'expected a port number 0-65535 (0: any free port)');

const schema = z.object({
  // Format from https://core.telegram.org/bots/features#botfather: "<bot id>:<secret>".
  TELEGRAM_BOT_TOKEN: text(z.string().regex(/^\d+:[A-Za-z0-9_-]+$/, { error: 'expected a token from @BotFather like 123456:ABC-DEF…' }).optional()),
  TELEGRAM_API_ROOT: text(z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as https://api.telegram.org' }).optional()).transform(
    (v) => (v ?? 'https://api.telegram.org').replace(/\/+$/, ''),
  ),
  ALLOWED_USER_IDS: idList,
  ALLOWED_CHAT_IDS: idList,
  ADMIN_USER_IDS: idList,
  BOT_MODE: text(z.enum(['polling', 'webhook'], { error: 'expected "polling" or "webhook"' }).optional()).transform((v) => v ?? 'polling'),
  // Telegram requires HTTPS for webhooks (https://core.telegram.org/bots/api#setwebhook).
  WEBHOOK_URL: text(z.url({ protocol: /^https$/, error: 'expected the public https:// URL Telegram should post to' }).optional()),
  WEBHOOK_PORT: text(port.optional()).transform((v) => v ?? 8080),
  // secret_token: 1-256 characters A-Z, a-z, 0-9, _ and - (Bot API, setWebhook).
  WEBHOOK_SECRET: text(z.string().regex(/^[A-Za-z0-9_-]{1,256}$/, { error: 'expected 1-256 characters of A-Z, a-z, 0-9, _ or -' }).optional()),
  RATE_LIMIT_PER_MINUTE: text(wholeNumber(1, 1000, 'expected a whole number of questions per minute, 1-1000').optional()).transform((v) => v ?? 20),
  LOG_LEVEL: text(z.enum(['debug', 'info', 'warn', 'error'], { error: 'expected debug, info, warn or error' }).optional()).transform((v) => v ?? 'info'),
});

/** Parses the environment into a Config; throws AppError CONFIG_INVALID naming each bad variable and what it expects. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const e = parseEnv(schema, env);
  const paths = loadPaths(env);
  let webhook: WebhookConfig | undefined;
  if (e.BOT_MODE === 'webhook') {
    const missing = [!e.TELEGRAM_BOT_TOKEN && 'TELEGRAM_BOT_TOKEN', !e.WEBHOOK_URL && 'WEBHOOK_URL', !e.WEBHOOK_SECRET && 'WEBHOOK_SECRET'].filter(Boolean);
    if (missing.length > 0) {
      throw new AppError('CONFIG_INVALID', `invalid environment: BOT_MODE=webhook needs ${missing.join(', ')} to be set`);
    }
    webhook = { url: e.WEBHOOK_URL as string, port: e.WEBHOOK_PORT, secret: e.WEBHOOK_SECRET as string };
  }
  return {
    telegramBotToken: e.TELEGRAM_BOT_TOKEN,
    telegramApiRoot: e.TELEGRAM_API_ROOT,
    allowedUserIds: e.ALLOWED_USER_IDS,
    allowedChatIds: e.ALLOWED_CHAT_IDS,
    adminUserIds: e.ADMIN_USER_IDS,
    botMode: e.BOT_MODE,
    webhook,
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    dataDir: paths.dataDir,
    modelsDir: paths.modelsDir,
    paths,
    logLevel: e.LOG_LEVEL,
    fetch: loadFetchConfig(env),
  };
}
