import { join } from 'node:path';
import type { Config } from '../../config/index.js';
import type { PreviousQuestion, Searcher } from '../../retrieval/index.js';
import { type BotStore, openBotStore } from '../state/botStore.js';
import type { ShownResult } from '../format/keyboards.js';
import { createLogger, type Logger } from '../log/logger.js';
import { createRateLimiter } from '../middleware/rateLimiter.js';
import type { BotServices, Ingest, IngestLink, RemoveReport } from './services.js';
import { StateStore } from '../state/stateStore.js';

/** How long a follow-up is read with the previous question: 30 minutes after it was answered. */
export const CONVERSATION_TTL_MS = 30 * 60 * 1000;

/** How long a shared-search link keeps working: 30 days. */
export const SHARE_TTL_MS = 30 * 24 * 60 * 60 * 1000;

/** Optional parts of the services; each has a default built from the config. */
export interface ServiceParts {
  /** Default: SQLite at DATA_DIR/bot.sqlite. */
  store?: BotStore;
  /** Default: JSON lines to stderr at LOG_LEVEL, the token redacted. */
  logger?: Logger;
  /** Default Date.now. */
  clock?: () => number;
  ingest?: Ingest;
  ingestLink?: IngestLink;
  remove?: RemoveReport;
  /** How long answer buttons keep working; default 24 hours. */
  buttonTtlMs?: number;
  /** How long a follow-up is read with the previous question; default CONVERSATION_TTL_MS. */
  conversationTtlMs?: number;
}

/** The services the handlers use, with defaults merged in this one place. `ownsStore` says whether to close the store on stop. */
export function buildServices(config: Config, searcher: Searcher, parts: ServiceParts = {}): { services: BotServices; ownsStore: boolean } {
  const clock = parts.clock ?? Date.now;
  const logger = parts.logger ?? createLogger({ level: config.logLevel, secrets: [config.telegramBotToken, config.webhook?.secret] });
  const store = parts.store ?? openBotStore(join(config.dataDir, 'bot.sqlite'), clock);
  const services: BotServices = {
    config,
    searcher,
    store,
    logger,
    results: new StateStore<ShownResult>({ backend: store, space: 'button', clock, ...(parts.buttonTtlMs === undefined ? {} : { ttlMs: parts.buttonTtlMs }) }),
    shares: new StateStore<string>({ backend: store, space: 'share', clock, ttlMs: SHARE_TTL_MS }),
    conversations: new StateStore<PreviousQuestion>({ backend: store, space: 'conversation', clock, ttlMs: parts.conversationTtlMs ?? CONVERSATION_TTL_MS }),
    spellings: new StateStore<string[]>({ backend: store, space: 'spelling', clock }),
    limiter: createRateLimiter({ limit: config.rateLimitPerMinute, clock }),
    clock,
    ingest: parts.ingest,
    ingestLink: parts.ingestLink,
    remove: parts.remove,
  };
  return { services, ownsStore: parts.store === undefined };
}
