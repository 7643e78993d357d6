import { afterEach, describe, expect, it } from 'vitest';
import { openBotStore } from '../../bot/state/botStore.js';
import { silentLogger } from '../../bot/log/logger.js';
import { startBot } from '../../bot/app/startBot.js';
import { loadConfig } from '../../config/index.js';
import { AppError } from '../../errors/index.js';
import { ADMIN, privateChat, TEST_TOKEN, ZHANG } from '../fakeBotApi/fixtures.js';
import { say, sentTo } from '../fakeBotApi/users.js';
import { ask } from '../support/conversation.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;

afterEach(async () => {
  expect(tb.api.rejected).toEqual([]);
  await tb.stop();
});

describe('Telegram failures', () => {
  it('waits out a 429 with retry_after and then delivers the answer', async () => {
    tb = await startTestBot();
    tb.api.failNext('sendMessage', { errorCode: 429, retryAfter: 1 });
    const started = Date.now();
    const sent = await ask(tb, chat, ZHANG, '法律顾问');
    expect(sent[0]?.text).toContain('关于「法律顾问」');
    expect(Date.now() - started).toBeGreaterThanOrEqual(1000);
    expect(tb.logs.some((l) => l.event === 'api_error' && l.code === 429)).toBe(true);
  });

  it('retries a 5xx and then delivers the answer', async () => {
    tb = await startTestBot();
    tb.api.failNext('sendMessage', { errorCode: 502 });
    const update = say(tb.api, chat, ZHANG, '法律顾问');
    await tb.handled(update, 10_000);
    expect(sentTo(tb.api, chat.id)[0]?.text).toContain('关于「法律顾问」');
  }, 15_000);

  it('keeps polling after getUpdates fails with 429 and 500', async () => {
    tb = await startTestBot();
    tb.api.failNext('getUpdates', { errorCode: 429, retryAfter: 1 });
    tb.api.failNext('getUpdates', { errorCode: 500 });
    // The poll pending since start brings this one; the next polls fail, then succeed.
    await ask(tb, chat, ZHANG, '法律顾问');
    const update = say(tb.api, chat, ZHANG, '行政复议案件办理情况如何');
    await tb.handled(update, 10_000);
    expect(sentTo(tb.api, chat.id).some((m) => m.text.startsWith('关于「行政复议案件办理情况如何」'))).toBe(true);
    expect(tb.logs.filter((l) => l.event === 'api_error' && l.method === 'getUpdates').map((l) => l.code)).toEqual([429, 500]);
  }, 15_000);
});

describe('failures inside the bot', () => {
  it('maps a searcher AppError to a friendly reply, logs the stack, and never shows it in the chat', async () => {
    const searcher = createFakeSearcher({ fail: () => new AppError('INDEX_MISSING', 'no index in data/; run `npm run index`') });
    tb = await startTestBot({ searcher });
    const [reply] = await ask(tb, chat, ZHANG, '法律顾问');
    expect(reply?.text).toBe('检索服务暂时不可用，管理员会尽快处理，请稍后再试。');
    const logged = tb.logs.find((l) => l.event === 'search_failed') as { err: { code: string; stack: string } } | undefined;
    expect(logged?.err.code).toBe('INDEX_MISSING');
    expect(logged?.err.stack).toContain('AppError');
  });

  it('answers a failing update with a generic reply and goes on with the next one', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    tb.store.stats = () => {
      throw new Error('disk full');
    };
    const [reply] = await ask(tb, privateChat(ADMIN), ADMIN, '/stats');
    expect(reply?.text).toBe('出了点问题，请稍后再试。');
    expect(tb.logs.some((l) => l.event === 'update_failed')).toBe(true);
    expect((await ask(tb, chat, ZHANG, '法律顾问'))[0]?.text).toContain('关于「法律顾问」');
  });

  it('never logs the token, nor users\' text at info level', async () => {
    tb = await startTestBot();
    await ask(tb, chat, ZHANG, '石狮法律顾问配备情况');
    const lines = tb.logs.map((l) => JSON.stringify(l));
    expect(lines.join('\n')).not.toContain(TEST_TOKEN);
    expect(tb.logs.filter((l) => l.level !== 'debug').map((l) => JSON.stringify(l)).join('\n')).not.toContain('石狮法律顾问');
    expect(tb.logs.some((l) => l.event === 'answered' && l.level === 'info')).toBe(true);
  });
});

describe('starting', () => {
  it('refuses to start with a token Telegram rejects, saying what to fix', async () => {
    tb = await startTestBot();
    const config = loadConfig({ TELEGRAM_BOT_TOKEN: '999:not-the-right-token', TELEGRAM_API_ROOT: tb.api.url });
    const failure = startBot(config, createFakeSearcher(), { store: openBotStore(':memory:'), logger: silentLogger, handleSignals: false });
    await expect(failure).rejects.toThrow(/Telegram refused TELEGRAM_BOT_TOKEN \(401 Unauthorized\)/);
  });
});

describe('running', () => {
  it('long-polls: while idle it waits on getUpdates instead of calling it again and again', async () => {
    tb = await startTestBot();
    const before = tb.api.getUpdatesCalls;
    await new Promise((r) => setTimeout(r, 1_500));
    expect(tb.api.getUpdatesCalls - before).toBeLessThanOrEqual(1);
    // …and an update queued meanwhile is answered at once.
    const started = Date.now();
    await ask(tb, chat, ZHANG, '法律顾问');
    expect(Date.now() - started).toBeLessThan(1_000);
  });

  it('handles one chat in order while other chats go on', async () => {
    tb = await startTestBot({ searcher: createFakeSearcher({ delayMs: 50 }) });
    const first = say(tb.api, chat, ZHANG, '法律顾问');
    const second = say(tb.api, chat, ZHANG, '行政复议案件办理情况如何');
    await tb.handled(first);
    await tb.handled(second);
    const headers = sentTo(tb.api, chat.id).filter((m) => m.text.startsWith('关于')).map((m) => m.text.slice(0, 12));
    expect(headers).toEqual(['关于「法律顾问」，报告原', '关于「行政复议案件办理情']);
  });

  it('stops gracefully: stop() resolves, `stopped` settles, and later updates are not fetched', async () => {
    tb = await startTestBot();
    await ask(tb, chat, ZHANG, '法律顾问');
    await tb.running.stop();
    await tb.running.stopped;
    const before = tb.api.state.messages.length;
    say(tb.api, chat, ZHANG, '法律顾问');
    await new Promise((r) => setTimeout(r, 300));
    expect(tb.api.state.messages.length).toBe(before);
  });
});
