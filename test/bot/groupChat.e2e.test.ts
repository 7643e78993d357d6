import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GROUP, STRANGER, ZHANG } from '../fakeBotApi/fixtures.js';
import { say } from '../fakeBotApi/users.js';
import { ask, last, tap } from '../support/conversation.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

let tb: TestBot;

// What Telegram would refuse, and buttons left spinning, fail every test.
afterEach(() => stopChecked(tb));

// The fake delivers every group message when privacy mode is off, and only commands, mentions and replies when
// it is on; the bot must answer exactly the same messages either way.
describe.each([
  { privacy: 'off', privacyMode: false },
  { privacy: 'on', privacyMode: true },
])('in a group with privacy mode $privacy', ({ privacyMode }) => {
  beforeEach(async () => {
    tb = await startTestBot();
  });

  const inGroup = (text: string, options = {}) => ask(tb, GROUP, ZHANG, text, { privacyMode, ...options });

  it('answers /ask with cited quotes, as a reply to the question', async () => {
    const before = tb.api.state.messageIds.get(GROUP.id) ?? 0;
    const sent = await inGroup('/ask 法律顾问');
    expect(sent[0]?.text).toContain('关于「法律顾问」');
    expect(sent[0]?.replyTo).toBe(before + 1);
  });

  it('answers /ask@botname and ignores /ask@otherbot', async () => {
    expect((await inGroup('/ask@fazhi_test_bot 法律顾问'))[0]?.text).toContain('关于「法律顾问」');
    expect(await inGroup('/ask@some_other_bot 法律顾问')).toEqual([]);
  });

  it('answers a message that mentions it, without the mention in the question', async () => {
    const sent = await inGroup('@fazhi_test_bot 行政复议案件办理情况如何');
    expect(sent[0]?.text).toContain('关于「行政复议案件办理情况如何」');
  });

  it('answers a reply to one of its messages', async () => {
    const answer = last(await inGroup('/ask 法律顾问'));
    const sent = await inGroup('行政复议呢', { replyTo: answer });
    expect(sent[0]?.text).toContain('关于「行政复议呢」');
  });

  it('ignores every other group message: no reply, no typing, no search', async () => {
    for (const text of ['大家好，明天开会', '法律顾问的事情谁负责？', '@someone_else 法律顾问', '/start@some_other_bot', '/unknown']) {
      const update = say(tb.api, GROUP, ZHANG, text, { privacyMode });
      if (update !== undefined) await tb.handled(update);
    }
    expect(tb.api.calls.filter((c) => ['sendMessage', 'sendChatAction'].includes(c.method))).toEqual([]);
  });

  it('answers /help, /docs and /compare addressed to it', async () => {
    expect((await inGroup('/help@fazhi_test_bot'))[0]?.text).toContain('法治政府建设报告问答');
    expect((await inGroup('/docs'))[0]?.text).toContain('已收录 4 份报告');
    expect((await inGroup('/compare 法律顾问'))[0]?.text).toContain('「法律顾问」各报告做法对比');
  });

  it('lets anyone in the group use the buttons under an answer', async () => {
    const answer = last(await inGroup('/ask 行政'));
    const { sent } = await tap(tb, answer, '更多结果', STRANGER);
    expect(sent[0]?.text).toContain('第 6–7 条');
  });

  it('with /ask and nothing after it, explains how to ask', async () => {
    expect((await inGroup('/ask'))[0]?.text).toContain('请在 /ask 后写上问题');
  });
});

describe('in a group outside the allowlist', () => {
  beforeEach(async () => {
    tb = await startTestBot({ env: { ALLOWED_USER_IDS: String(ZHANG.id) } });
  });

  it('ignores chatter of users outside the list and refuses them briefly when they address the bot', async () => {
    expect(await ask(tb, GROUP, STRANGER, '法律顾问在哪里？')).toEqual([]);
    const refused = await ask(tb, GROUP, STRANGER, '/ask 法律顾问');
    expect(refused.map((m) => m.text)).toEqual(['抱歉，此机器人仅供授权用户使用。']);
    expect((await ask(tb, GROUP, ZHANG, '/ask 法律顾问'))[0]?.text).toContain('关于「法律顾问」');
  });

  it('admits everyone in a chat listed in ALLOWED_CHAT_IDS', async () => {
    await tb.stop();
    tb = await startTestBot({ env: { ALLOWED_USER_IDS: String(ZHANG.id), ALLOWED_CHAT_IDS: String(GROUP.id) } });
    expect((await ask(tb, GROUP, STRANGER, '/ask 法律顾问'))[0]?.text).toContain('关于「法律顾问」');
  });
});
