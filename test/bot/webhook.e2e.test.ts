import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openBotStore } from '../../bot/state/botStore.js';
import { silentLogger } from '../../bot/log/logger.js';
import { startBot, type RunningBot } from '../../bot/app/startBot.js';
import { loadConfig } from '../../config/index.js';
import { startFakeBotApi, type FakeBotApi } from '../fakeBotApi/fakeBotApi.js';
import { privateChat, TEST_TOKEN, ZHANG } from '../fakeBotApi/fixtures.js';
import { say, sentTo } from '../fakeBotApi/users.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';

const SECRET = 'webhook-Secret_42';
let api: FakeBotApi;
let running: RunningBot;

beforeEach(async () => {
  api = await startFakeBotApi();
  const config = loadConfig({
    TELEGRAM_BOT_TOKEN: TEST_TOKEN,
    TELEGRAM_API_ROOT: api.url,
    BOT_MODE: 'webhook',
    WEBHOOK_URL: 'https://bot.example.gov.cn/telegram/hook',
    WEBHOOK_PORT: '0',
    WEBHOOK_SECRET: SECRET,
  });
  running = await startBot(config, createFakeSearcher(), { store: openBotStore(':memory:'), logger: silentLogger, handleSignals: false });
});

afterEach(async () => {
  expect(api.rejected).toEqual([]);
  await running.stop();
  await api.close();
});

const post = (path: string, body: unknown, secret?: string) =>
  fetch(`http://127.0.0.1:${running.webhookPort}${path}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(secret ? { 'x-telegram-bot-api-secret-token': secret } : {}) },
    body: JSON.stringify(body),
  });

describe('webhook mode', () => {
  it('registers the webhook with its secret token and does not poll', async () => {
    expect(api.state.webhook).toEqual({ url: 'https://bot.example.gov.cn/telegram/hook', secret: SECRET });
    expect(api.getUpdatesCalls).toBe(0);
  });

  it('answers an update posted with the secret token', async () => {
    const chat = privateChat(ZHANG);
    const update = say(api, chat, ZHANG, '法律顾问');
    const response = await post('/telegram/hook', update, SECRET);
    expect(response.status).toBe(200);
    const sent = await api.waitFor(() => (sentTo(api, chat.id).length > 0 ? sentTo(api, chat.id) : undefined));
    expect(sent[0]?.text).toContain('关于「法律顾问」');
  });

  it('refuses a wrong secret with 401 and other paths with 404, answering nothing', async () => {
    const chat = privateChat(ZHANG);
    const update = say(api, chat, ZHANG, '法律顾问');
    expect((await post('/telegram/hook', update, 'wrong')).status).toBe(401);
    expect((await post('/telegram/hook', update)).status).toBe(401);
    expect((await post('/elsewhere', update, SECRET)).status).toBe(404);
    expect(sentTo(api, chat.id)).toEqual([]);
  });
});
