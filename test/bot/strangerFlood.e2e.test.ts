import type { User } from 'grammy/types';
import { afterEach, describe, expect, it } from 'vitest';
import { privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { say, sentTo } from '../fakeBotApi/users.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

// Amplification (issue 13): refusals and limit notices are bounded too, and every send goes through a throttle
// within Telegram's limits (simulated by the fake Bot API), so a flood of others does not delay an answer.
const SEND_LIMITS = { perSecond: 30, groupPerMinute: 20 };
let tb: TestBot | undefined;
afterEach(async () => {
  if (tb) await stopChecked(tb);
  tb = undefined;
});

const strangers: User[] = Array.from({ length: 50 }, (_, i) => ({ id: 70_000 + i, is_bot: false, first_name: `陌生人${i}` }));

async function answerLatency(bot: TestBot, question: string): Promise<number> {
  const started = performance.now();
  await bot.handled(say(bot.api, privateChat(ZHANG), ZHANG, question), 30_000);
  return performance.now() - started;
}

describe('a flood of strangers', () => {
  it('gets each stranger one refusal, and the allowed user is answered as fast as when alone', async () => {
    tb = await startTestBot({ env: { ALLOWED_USER_IDS: String(ZHANG.id) }, api: { sendLimits: SEND_LIMITS } });
    const alone = await answerLatency(tb, '法律顾问');
    const flood = strangers.flatMap((s) => Array.from({ length: 10 }, (_, i) => say(tb!.api, privateChat(s), s, `问题 ${i}`)));
    const during = await answerLatency(tb, '行政复议');
    for (const update of flood) await tb.handled(update, 30_000);
    console.log(`allowed user's answer: alone ${alone.toFixed(0)} ms, during a flood of 500 messages from 50 strangers ${during.toFixed(0)} ms`);
    expect(during).toBeLessThan(1_000);
    await tb.api.waitFor(() => (strangers.every((s) => sentTo(tb!.api, s.id).length === 1) ? true : undefined), 10_000, 'one refusal each');
    for (const s of strangers) expect(sentTo(tb.api, s.id).map((m) => m.text)).toEqual(['抱歉，此机器人仅供授权用户使用。']);
    expect(tb.api.floodRefusals).toEqual([]);
  });

  it('tells a user over the rate limit once per window, and /help counts too', async () => {
    tb = await startTestBot({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    const chat = privateChat(ZHANG);
    const updates = ['/help', '法律顾问', '行政复议', '/help', '/help', '法治宣传', '信访'].map((text) => say(tb!.api, chat, ZHANG, text));
    for (const update of updates) await tb.handled(update);
    const texts = sentTo(tb.api, chat.id).map((m) => m.text ?? '');
    expect(texts.filter((t) => t.startsWith('提问有点频繁'))).toHaveLength(1);
    expect(texts.filter((t) => t.includes('法治政府建设报告问答'))).toHaveLength(1); // the second and third /help were over the limit
  });
});
