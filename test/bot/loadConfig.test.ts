import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../config/index.js';
import { isAppError } from '../../errors/index.js';

const failure = (env: Record<string, string>): string => {
  try {
    loadConfig(env);
  } catch (err) {
    if (isAppError(err, 'CONFIG_INVALID')) return err.message;
    throw err;
  }
  throw new Error('expected CONFIG_INVALID');
};

describe('loadConfig', () => {
  it('has working defaults: console front end, polling, 20 questions a minute, ./data and ./models', () => {
    expect(loadConfig({})).toEqual({
      telegramBotToken: undefined,
      telegramApiRoot: 'https://api.telegram.org',
      allowedUserIds: [],
      allowedChatIds: [],
      adminUserIds: [],
      botMode: 'polling',
      webhook: undefined,
      rateLimitPerMinute: 20,
      dataDir: resolve('data'),
      modelsDir: resolve('models'),
      paths: { dataDir: resolve('data'), modelsDir: resolve('models'), modelSourceDir: undefined, hfEndpoint: 'https://huggingface.co', mvn: 'mvn' },
      logLevel: 'info',
      fetch: { allowPrivate: false, timeoutMs: 30_000, maxRedirects: 5 },
    });
  });

  it('parses id lists (negative chat ids too), the API root and a webhook setup', () => {
    const config = loadConfig({
      TELEGRAM_BOT_TOKEN: '123:abc-DEF_9',
      TELEGRAM_API_ROOT: 'http://127.0.0.1:8081/',
      ALLOWED_CHAT_IDS: '-1001234567890, 42',
      ADMIN_USER_IDS: '7',
      BOT_MODE: 'webhook',
      WEBHOOK_URL: 'https://bot.example.gov.cn/hook',
      WEBHOOK_SECRET: 's3cret',
      WEBHOOK_PORT: '8443',
    });
    expect(config.allowedChatIds).toEqual([-1001234567890, 42]);
    expect(config.telegramApiRoot).toBe('http://127.0.0.1:8081');
    expect(config.webhook).toEqual({ url: 'https://bot.example.gov.cn/hook', port: 8443, secret: 's3cret' });
  });

  it('treats empty values (KEY= in .env) as absent', () => {
    expect(loadConfig({ TELEGRAM_BOT_TOKEN: '', RATE_LIMIT_PER_MINUTE: ' ' }).telegramBotToken).toBeUndefined();
  });

  it('stops on a bad value, naming the variable and what it expects', () => {
    expect(failure({ RATE_LIMIT_PER_MINUTE: 'lots' })).toMatch(/RATE_LIMIT_PER_MINUTE: expected a whole number/);
    expect(failure({ ALLOWED_USER_IDS: 'alice,bob' })).toMatch(/ALLOWED_USER_IDS: expected a comma-separated list of numeric Telegram ids/);
    expect(failure({ BOT_MODE: 'push' })).toMatch(/BOT_MODE: expected "polling" or "webhook"/);
    expect(failure({ LOG_LEVEL: 'loud' })).toMatch(/LOG_LEVEL: expected debug, info, warn or error/);
    expect(failure({ WEBHOOK_URL: 'http://insecure.example' })).toMatch(/WEBHOOK_URL: expected the public https:\/\/ URL/);
  });

  it('never echoes a malformed token', () => {
    const message = failure({ TELEGRAM_BOT_TOKEN: 'secret-looking-garbage' });
    expect(message).toMatch(/TELEGRAM_BOT_TOKEN: expected a token from @BotFather/);
    expect(message).not.toContain('secret-looking-garbage');
  });

  it('requires the token, URL and secret in webhook mode', () => {
    expect(failure({ BOT_MODE: 'webhook', TELEGRAM_BOT_TOKEN: '1:a' })).toBe('invalid environment: BOT_MODE=webhook needs WEBHOOK_URL, WEBHOOK_SECRET to be set');
  });
});
