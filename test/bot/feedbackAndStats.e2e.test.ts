import { afterEach, describe, expect, it } from 'vitest';
import { ADMIN, ALICE, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { pressData } from '../fakeBotApi/users.js';
import { ask, last, tap } from '../support/conversation.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;

// What Telegram would refuse, and buttons left spinning, fail every test.
afterEach(() => stopChecked(tb));

describe('feedback and /stats', () => {
  it('stores 👍/👎 with the question and the passage ids shown, one vote per user and page', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    const answer = last(await ask(tb, chat, ZHANG, '法律顾问'));
    expect((await tap(tb, answer, '👍 有用', ZHANG)).toast).toBe('谢谢反馈！');
    await tap(tb, answer, '👎 没用', ZHANG); // changes the vote rather than adding one
    const stats = tb.store.stats();
    expect([stats.feedbackUp, stats.feedbackDown]).toEqual([0, 1]);
    const feedbackLog = tb.logs.filter((l) => l.event === 'feedback');
    expect(feedbackLog).toHaveLength(2);
  });

  it('/stats shows admins questions, the not-found rate, feedback and latency p50/p95', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    const answer = last(await ask(tb, chat, ZHANG, '法律顾问'));
    await tap(tb, answer, '👍 有用', ZHANG);
    await ask(tb, chat, ZHANG, '股票明天会涨吗');
    const [stats] = await ask(tb, privateChat(ADMIN), ADMIN, '/stats');
    expect(stats?.text).toContain('提问：2');
    expect(stats?.text).toContain('未找到：1（50.0%）');
    expect(stats?.text).toContain('反馈：👍 1 · 👎 0');
    expect(stats?.text).toMatch(/响应时间：p50 \d+ 毫秒 · p95 \d+ 毫秒/);
  });

  it('/stats politely refuses users who are not admins', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    const [reply] = await ask(tb, chat, ZHANG, '/stats');
    expect(reply?.text).toBe('抱歉，此命令仅限管理员使用。');
    const [english] = await ask(tb, privateChat(ALICE), ALICE, '/stats');
    expect(english?.text).toBe('Sorry, this command is for administrators only.');
  });
});

describe('stale buttons', () => {
  it('answers a button whose state has expired with "expired, ask again" and sends nothing else', async () => {
    let now = Date.parse('2025-03-01T08:00:00Z');
    tb = await startTestBot({ clock: () => now });
    const answer = last(await ask(tb, chat, ZHANG, '行政'));
    now += 25 * 60 * 60 * 1000; // past the 24-hour life of a button
    for (const label of ['更多结果', '上下文 1', '各报告对比', '👍 有用']) {
      const { toast, sent } = await tap(tb, answer, label, ZHANG);
      expect(toast).toBe('这条结果已过期，请重新提问。');
      expect(sent).toEqual([]);
    }
  });

  it('answers buttons from before a restart, or with data it never made, as expired', async () => {
    tb = await startTestBot();
    const answer = last(await ask(tb, chat, ZHANG, '行政'));
    for (const data of ['more:AAAAAAAA:', 'ctx:zzzzzzzz:0', 'nonsense', 'ex:-:99']) {
      const id = pressData(tb.api, answer, data, ZHANG);
      await tb.handled(tb.api.state.updates.find((u) => u.callback_query?.id === id));
      expect(tb.api.state.callbacks.get(id)?.answer?.text).toBe('这条结果已过期，请重新提问。');
    }
  });

  it('a stale button speaks the presser\'s language', async () => {
    tb = await startTestBot();
    const answer = last(await ask(tb, chat, ZHANG, '行政'));
    const id = pressData(tb.api, answer, 'more:AAAAAAAA:', ALICE);
    await tb.handled(tb.api.state.updates.find((u) => u.callback_query?.id === id));
    expect(tb.api.state.callbacks.get(id)?.answer?.text).toBe('This result has expired; please ask again.');
  });
});
