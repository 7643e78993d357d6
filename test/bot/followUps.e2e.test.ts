import { afterEach, describe, expect, it } from 'vitest';
import { GROUP, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { ask, buttons, last, tap } from '../support/conversation.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;
afterEach(() => stopChecked(tb));

describe('follow-up questions', () => {
  it('reads 那石狮呢 with the previous question\'s topic, and 还有别的地方吗 as the same topic everywhere', async () => {
    tb = await startTestBot();
    await ask(tb, chat, ZHANG, '福州工信局法律顾问');
    const shishi = await ask(tb, chat, ZHANG, '那石狮呢');
    expect(shishi[0]?.text).toContain('关于「石狮 法律顾问」');
    expect(shishi.map((m) => m.text).join('\n')).toContain('法律顾问配备全覆盖');
    const elsewhere = await ask(tb, chat, ZHANG, '还有别的地方吗');
    expect(elsewhere.map((m) => m.text).join('\n')).toContain('各地 法律顾问');
  });

  it('answers 还有别的地方吗 from reports not quoted before on the topic, and says so', async () => {
    tb = await startTestBot();
    const first = (await ask(tb, chat, ZHANG, '石狮行政复议')).map((m) => m.text).join('\n');
    const quoted = [...first.matchAll(/^\d+\. (\S+?) · /gmu)].map((m) => m[1]);
    expect(quoted.length).toBeGreaterThan(0);
    const elsewhere = (await ask(tb, chat, ZHANG, '还有别的地方吗')).map((m) => m.text).join('\n');
    // Either other reports, under a header that says the quoted ones are left out, or a plain "no other report".
    const count = new Set(quoted).size;
    expect(elsewhere.includes(`不含此前已引用的${count}份报告`) || elsewhere.startsWith(`除此前已引用的${count}份报告外`), elsewhere).toBe(true);
    for (const org of quoted) expect(elsewhere).not.toContain(`${org} · `);
  });

  it('reads 2023年的呢 with the previous question, its place kept and its year replaced', async () => {
    tb = await startTestBot();
    await ask(tb, chat, ZHANG, '石狮2024年法律顾问');
    const [answer] = await ask(tb, chat, ZHANG, '2023年的呢');
    expect(answer?.text).toContain('关于「2023年 石狮 法律顾问」');
  });

  it('forgets the conversation after it expires, and then asks for the topic', async () => {
    let now = 1_000_000;
    tb = await startTestBot({ clock: () => now });
    await ask(tb, chat, ZHANG, '法律顾问');
    now += 31 * 60 * 1000;
    const [reply] = await ask(tb, chat, ZHANG, '那石狮呢');
    expect(reply?.text).toBe('「那石狮呢」没有说明要查哪方面的工作。请把主题也告诉我，例如“石狮法律顾问配备的具体数据是多少”。');
  });

  it('asks a question with no topic word for its topic instead of answering it', async () => {
    tb = await startTestBot();
    const sent = await ask(tb, chat, ZHANG, '具体数据是多少');
    expect(sent.map((m) => m.text)).toEqual(['「具体数据是多少」没有说明要查哪方面的工作。请把主题也告诉我，例如“石狮法律顾问配备的具体数据是多少”。']);
    expect((tb.searcher as ReturnType<typeof createFakeSearcher>).calls).toEqual([]);
  });

  it('in a group, reads a follow-up only in a reply thread to the bot\'s answer', async () => {
    tb = await startTestBot();
    const group = GROUP;
    const answer = await ask(tb, group, ZHANG, '/ask 福州工信局法律顾问');
    const inThread = await ask(tb, group, ZHANG, '那石狮呢', { replyTo: last(answer) });
    expect(inThread[0]?.text).toContain('关于「石狮 法律顾问」');
    const outside = await ask(tb, group, ZHANG, '/ask 那石狮呢');
    expect(outside[0]?.text).toContain('没有说明要查哪方面的工作');
  });
});

describe('typos', () => {
  it('offers the known word as a button, never substituting it, and the button asks the corrected question', async () => {
    tb = await startTestBot();
    const sent = await ask(tb, chat, ZHANG, '石狮法律顾同配备');
    expect((tb.searcher as ReturnType<typeof createFakeSearcher>).calls).toEqual(['石狮法律顾同配备']); // searched as typed
    expect(buttons(last(sent))[0]).toBe('您是不是要找「法律顾问」？');
    const { sent: corrected } = await tap(tb, last(sent), '您是不是要找「法律顾问」？', ZHANG);
    expect(corrected[0]?.text).toContain('关于「石狮法律顾问配备」');
  });
});
