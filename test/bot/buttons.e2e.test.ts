import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { press } from '../fakeBotApi/users.js';
import { ask, buttons, last, tap } from '../support/conversation.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;
let dir: string | undefined;

afterEach(async () => {
  await stopChecked(tb);
  if (dir) rmSync(dir, { recursive: true, force: true });
  dir = undefined;
});

describe('buttons that always work', () => {
  it('numbers the context buttons as the quotes on every page, and the second page opens its own quotes', async () => {
    tb = await startTestBot();
    const first = await ask(tb, chat, ZHANG, '行政');
    expect(buttons(last(first)).filter((b) => b.startsWith('上下文'))).toEqual(['上下文 1', '上下文 2', '上下文 3', '上下文 4', '上下文 5']);
    const { sent } = await tap(tb, last(first), '更多结果', ZHANG);
    expect(sent[0]?.text).toContain('第 6–7 条');
    expect(buttons(last(sent)).filter((b) => b.startsWith('上下文'))).toEqual(['上下文 6', '上下文 7']);
    const sixth = sent.map((m) => m.text).join('\n').split(/\n\n(?=\d+\. )/).find((block) => block.startsWith('6. '))!;
    const { sent: context } = await tap(tb, last(sent), '上下文 6', ZHANG);
    const firstLine = sixth.split('\n')[1]!.slice(0, 12); // the quote's opening words
    expect(context.map((m) => m.text).join('\n')).toContain(firstLine);
  });

  it('"more results" retires itself once used: the button leaves the message, and an old press sends nothing twice', async () => {
    tb = await startTestBot();
    const first = await ask(tb, chat, ZHANG, '行政');
    const answer = last(first);
    const moreButton = answer.replyMarkup!;
    const { sent } = await tap(tb, answer, '更多结果', ZHANG);
    expect(sent.length).toBeGreaterThan(0);
    expect(buttons(answer)).not.toContain('更多结果'); // edited away under the first page
    expect(buttons(answer)).toContain('上下文 1');
    // A second press of the button as it was (a client that had not yet seen the edit).
    const again = await tap(tb, { ...answer, replyMarkup: moreButton }, '更多结果', ZHANG);
    expect(again.sent).toEqual([]);
    expect(again.toast).toBe('没有更多结果了。');
  });

  it('delivers the result of a press whose callback query Telegram has already expired', async () => {
    tb = await startTestBot();
    const first = await ask(tb, chat, ZHANG, '行政');
    const before = tb.api.state.messageIds.get(chat.id) ?? 0;
    const id = press(tb.api, last(first), '更多结果', ZHANG);
    tb.api.state.callbacks.delete(id); // too old: answerCallbackQuery will be refused
    await tb.handled(tb.api.state.updates.find((u) => u.callback_query?.id === id));
    const sent = tb.api.state.messages.filter((m) => m.chatId === chat.id && m.messageId > before);
    expect(sent[0]?.text).toContain('第 6–7 条');
    expect(tb.api.rejected.map((r) => r.method)).toEqual(['answerCallbackQuery']);
    expect(tb.logs.some((l) => l.event === 'callback_answer_failed')).toBe(true);
    tb.api.rejected.length = 0; // refused by design of this test
  });

  it('keeps button state in SQLite: buttons still work after the bot restarts', async () => {
    dir = mkdtempSync(join(tmpdir(), 'buttons-'));
    tb = await startTestBot({ storePath: join(dir, 'bot.sqlite') });
    const first = await ask(tb, chat, ZHANG, '行政');
    await tb.restart();
    const { sent, toast } = await tap(tb, last(first), '更多结果', ZHANG);
    expect(toast).toBeUndefined();
    expect(sent[0]?.text).toContain('第 6–7 条');
    const { sent: context } = await tap(tb, last(first), '上下文 1', ZHANG);
    expect(context[0]?.text).toContain('原文上下文');
  });
});
