import { afterEach, describe, expect, it } from 'vitest';
import { en, zh } from '../../prompts/index.js';
import { ADMIN, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { ask, buttons, last } from '../support/conversation.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

let tb: TestBot;
afterEach(() => stopChecked(tb));

describe('Telegram conventions', () => {
  it('sets the description, short description and command menus per scope at start-up, in Chinese and English', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    const profile = tb.api.state.profile;
    expect(profile.description.get('')).toBe(zh.description);
    expect(profile.description.get('en')).toBe(en.description);
    expect(profile.shortDescription.get('')).toBe(zh.shortDescription);
    expect(profile.shortDescription.get('en')).toBe(en.shortDescription);
    const everyone = profile.commands.get('{"type":"default"}|');
    const admin = profile.commands.get(`{"type":"chat","chat_id":${ADMIN.id}}|`);
    expect(everyone).toEqual(['help', 'ask', 'compare', 'docs']);
    expect(admin).toEqual(['help', 'ask', 'compare', 'docs', 'stats', 'remove']);
    expect(profile.commands.get(`{"type":"chat","chat_id":${ADMIN.id}}|en`)).toEqual(admin);
  });

  it('shares a search as a deep link that opens the same search for someone else', async () => {
    tb = await startTestBot();
    const answer = last(await ask(tb, privateChat(ZHANG), ZHANG, '法律顾问'));
    const share = answer.replyMarkup?.inline_keyboard.flat().find((b) => 'url' in b) as { url: string } | undefined;
    expect(share?.url).toMatch(new RegExp(`^https://t\\.me/${tb.api.state.botInfo.username}\\?start=s_[A-Za-z0-9_-]{8}$`));
    const parameter = new URL(share!.url).searchParams.get('start')!;
    expect(parameter).toMatch(/^[A-Za-z0-9_-]{1,64}$/); // Telegram's rule for start parameters
    const opened = await ask(tb, privateChat(ADMIN), ADMIN, `/start ${parameter}`);
    expect(opened[0]?.text).toContain('关于「法律顾问」');
    expect(buttons(last(opened))).toContain('上下文 1');
    const expired = await ask(tb, privateChat(ADMIN), ADMIN, '/start s_AAAAAAAA');
    expect(expired.map((m) => m.text)).toEqual([zh.shareExpired]);
  });

  it('/stats lists the most frequent unanswered questions for admins, counts only', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    for (const q of ['专利怎么申请', '专利怎么申请', '股票行情']) await ask(tb, privateChat(ZHANG), ZHANG, q);
    const [stats] = await ask(tb, privateChat(ADMIN), ADMIN, '/stats');
    expect(stats?.text).toContain('最常未找到的问题\n2 次 · 专利怎么申请\n1 次 · 股票行情');
    expect(stats?.text).not.toContain(String(ZHANG.id));
  });
});
