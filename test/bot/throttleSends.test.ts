import { describe, expect, it } from 'vitest';
import { sendingLowPriority, throttleSends } from '../../bot/app/throttleSends.js';

// The transformer alone, with a stand-in for the Bot API call: which sends go when.
describe('throttleSends', () => {
  it('keeps within the per-second limit and lets answers pass refusals waiting in the low lane', async () => {
    const throttle = throttleSends({ perSecond: 2, lowShare: 0.5 });
    const started = Date.now();
    const sent: Array<{ what: string; atMs: number }> = [];
    const prev = (async (method: string, payload: { what: string }) => {
      sent.push({ what: payload.what, atMs: Date.now() - started });
      return { ok: true, result: true };
    }) as never;
    const send = (what: string, chatId = 1) => throttle(prev, 'sendMessage', { chat_id: chatId, text: '', what } as never);
    const refusals = [1, 2, 3].map((i) => sendingLowPriority(() => send(`refusal ${i}`, 100 + i)));
    const answers = [send('answer 1'), send('answer 2')];
    await Promise.all([...refusals, ...answers]);
    expect(sent.map((s) => s.what)).toEqual(['refusal 1', 'answer 1', 'answer 2', 'refusal 2', 'refusal 3']);
    // Never more than 2 in any 1.1 s (the limit with its margin), and the low lane at most 1 of them.
    for (const [i, s] of sent.entries()) expect(sent.filter((o) => o.atMs >= s.atMs && o.atMs < s.atMs + 1_000).length, `from send ${i}`).toBeLessThanOrEqual(2);
  }, 10_000);

  it('does not hold back what is not a send', async () => {
    const throttle = throttleSends({ perSecond: 1 });
    let calls = 0;
    const prev = (async () => ((calls += 1), { ok: true, result: true })) as never;
    await Promise.all(Array.from({ length: 5 }, () => throttle(prev, 'answerCallbackQuery', { callback_query_id: 'x' } as never)));
    expect(calls).toBe(5);
  });
});
