import { createServer } from 'node:http';
import { type Bot, webhookCallback } from 'grammy';
import type { WebhookConfig } from '../../config/index.js';
import type { BotContext } from './context.js';
import type { FrontEnd } from './frontEnd.js';
import type { Logger } from '../log/logger.js';

/** Telegram waits for the webhook's answer; past this the update is acknowledged and handling goes on. */
const ACK_AFTER_MS = 10_000;

/**
 * Serves the webhook on WEBHOOK_PORT at the path of WEBHOOK_URL (other paths: 404; a wrong secret token: 401,
 * by grammY), then registers it with Telegram via setWebhook with the secret token.
 */
export async function startWebhook(
  bot: Bot<BotContext>,
  webhook: WebhookConfig,
  allowedUpdates: readonly ('message' | 'callback_query' | 'inline_query')[],
  logger: Logger,
): Promise<FrontEnd> {
  const path = new URL(webhook.url).pathname;
  const handle = webhookCallback(bot, 'http', { secretToken: webhook.secret, onTimeout: 'return', timeoutMilliseconds: ACK_AFTER_MS });
  const server = createServer((req, res) => {
    if (req.method !== 'POST' || new URL(req.url ?? '/', 'http://localhost').pathname !== path) {
      res.statusCode = 404;
      res.end();
      return;
    }
    handle(req, res).catch((err: unknown) => {
      logger.error('webhook_failed', { err });
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
  });
  await new Promise<void>((resolve, reject) => server.once('error', reject).listen(webhook.port, resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : webhook.port;
  const stopped = new Promise<void>((resolve) => server.once('close', () => resolve()));
  await bot.api.setWebhook(webhook.url, { secret_token: webhook.secret, allowed_updates: allowedUpdates });
  logger.info('webhook_listening', { port, path });
  return {
    port,
    stopped,
    stop: async (settle) => {
      server.close();
      server.closeIdleConnections();
      await settle?.();
      await stopped;
    },
  };
}
