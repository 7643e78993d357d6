import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { ask, buttons, last, tap } from '../support/conversation.js';
import { SEED_PASSAGES } from '../support/seedPassages.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;

beforeEach(async () => {
  tb = await startTestBot();
});

// What Telegram would refuse, and buttons left spinning, fail every test.
afterEach(() => stopChecked(tb));

describe('private chat', () => {
  it('/start says what the bot is, lists the indexed reports and offers three example questions to tap', async () => {
    const [welcome] = await ask(tb, chat, ZHANG, '/start');
    expect(welcome?.text).toContain('法治政府建设报告问答');
    for (const org of ['福州市工业和信息化局', '石狮市人民政府', '泉州市鲤城区人民政府']) expect(welcome?.text).toContain(org);
    expect(welcome?.replyMarkup?.inline_keyboard.flat()).toHaveLength(3);
    const [help] = await ask(tb, chat, ZHANG, '/help');
    expect(help?.html).toBe(welcome?.html);
  });

  it('tapping an example button asks that question and answers it', async () => {
    const [welcome] = await ask(tb, chat, ZHANG, '/start');
    const { sent } = await tap(tb, welcome!, '各地法律顾问制度落实得怎么样', ZHANG);
    expect(sent[0]?.text).toContain('关于「各地法律顾问制度落实得怎么样」');
    expect(sent.map((m) => m.text).join('\n')).toContain('法律顾问配备全覆盖');
  });

  it('answers a question with the verbatim passage, its citation, and the answering sentence in bold', async () => {
    const sent = await ask(tb, chat, ZHANG, '石狮法律顾问配备情况');
    const html = sent.map((m) => m.html).join('\n');
    const text = sent.map((m) => m.text).join('\n');
    const passage = SEED_PASSAGES.find((p) => p.id === '9d2e0538c7e5:20')!;
    expect(text).toContain(passage.text);
    expect(text).toContain('石狮市人民政府 · 2023年 · 六、稳步提升政府公信力执行力');
    expect(html).toMatch(/<blockquote expandable>[^]*<b>[^<]*法律顾问配备全覆盖[^<]*<\/b>[^]*<\/blockquote>/);
  });

  it('shows "typing…" while searching', async () => {
    await ask(tb, chat, ZHANG, '法律顾问');
    const methods = tb.api.calls.map((c) => c.method);
    expect(methods.indexOf('sendChatAction')).toBeGreaterThanOrEqual(0);
    expect(methods.indexOf('sendChatAction')).toBeLessThan(methods.lastIndexOf('sendMessage'));
  });

  it('"more results" shows the next page, numbered on, until there is no more', async () => {
    const first = await ask(tb, chat, ZHANG, '行政');
    expect(first[0]?.text).toContain('第 1–5 条');
    const { sent } = await tap(tb, last(first), '更多结果', ZHANG);
    expect(sent[0]?.text).toContain('第 6–7 条');
    expect(sent.map((m) => m.text).join('\n')).toMatch(/^6\. /m);
    expect(buttons(last(sent))).not.toContain('更多结果');
  });

  it('"context" shows the quoted passage marked within its whole section', async () => {
    const sent = await ask(tb, chat, ZHANG, '行政复议纠错功能');
    const answer = last(sent);
    const index = answer.text.split(/\n\n(?=\d+\. )/).findIndex((block) => block.includes('行政复议纠错功能不断强化'));
    const { sent: context } = await tap(tb, answer, `上下文 ${index}`, ZHANG);
    const text = context.map((m) => m.text).join('\n');
    expect(text).toContain('原文上下文');
    expect(text).toContain('▶ 2. 行政复议纠错功能不断强化');
    expect(text).toContain('3. 推行一村（居）一法律顾问'); // its neighbour in the same section
  });

  it('"compare" under an answer compares the reports on the question', async () => {
    const sent = await ask(tb, chat, ZHANG, '法律顾问');
    const { sent: comparison } = await tap(tb, last(sent), '各报告对比', ZHANG);
    expect(comparison[0]?.text).toContain('「法律顾问」各报告做法对比');
  });

  it('/compare gives one passage per report side by side and counts the reports that say nothing, listed by a button', async () => {
    const sent = await ask(tb, chat, ZHANG, '/compare 法律顾问');
    const text = sent.map((m) => m.text).join('\n');
    expect(text).toContain('4 份报告中有 3 份谈到这一主题');
    expect(text).toMatch(/1\. 福州市工业和信息化局（福建省 福州市 · 2024年）/);
    expect(text).toMatch(/3\. 福州高新技术产业开发区管理委员会/);
    expect(text).toContain('另有 1 份报告未谈到这一主题');
    const { sent: silent } = await tap(tb, last(sent), '未谈到的 1 份报告', ZHANG);
    expect(silent.map((m) => m.text).join('\n')).toMatch(/以下报告未谈到这一主题：\n• 泉州市鲤城区人民政府（福建省 泉州市 鲤城区 · 2024年）/);
  });

  it('/compare without a topic explains how to use it', async () => {
    const [reply] = await ask(tb, chat, ZHANG, '/compare');
    expect(reply?.text).toContain('/compare 法律顾问');
  });

  it('/docs lists every report with issuer, region, year and passage count', async () => {
    const [docs] = await ask(tb, chat, ZHANG, '/docs');
    expect(docs?.text).toContain('已收录 4 份报告');
    expect(docs?.text).toContain('石狮市人民政府\n  石狮市人民政府关于2023年度法治政府建设情况的报告\n  福建省 泉州市 石狮市 · 2023年 · 3 段');
  });

  it('says plainly when nothing is found, suggests what can be asked, and quotes nothing', async () => {
    const sent = await ask(tb, chat, ZHANG, '股票明天会涨吗');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.text).toContain('没有找到');
    expect(sent[0]?.text).toContain('/docs');
    expect(sent[0]?.html).not.toContain('<blockquote>');
    expect(sent[0]?.replyMarkup).toBeUndefined();
  });

  it('speaks English to a user whose Telegram language is English, quoting the reports as written', async () => {
    const sent = await ask(tb, privateChat(ALICE), ALICE, '法律顾问');
    expect(sent[0]?.text).toContain('From the reports on “法律顾问”');
    expect(sent.map((m) => m.text).join('\n')).toContain('同时严格执行法律顾问制度。');
    expect(buttons(last(sent))).toEqual(['Context 1', 'Context 2', 'Context 3', 'Compare reports', 'Export Excel', 'Export Word', '🔗 Share this search', '👍 Helpful', '👎 Not helpful']);
  });

  it('leaves a mention of itself out of the question', async () => {
    const [reply] = await ask(tb, chat, ZHANG, '@fazhi_test_bot 法律顾问');
    expect(reply?.text).toContain('关于「法律顾问」');
  });

  it('does not take a quote the user shared through its inline mode for a question', async () => {
    expect(await ask(tb, chat, ZHANG, '石狮市人民政府 · … 法律顾问配备全覆盖', { viaBot: true })).toEqual([]);
  });

  it('answers an unknown command with a pointer to /help', async () => {
    const [reply] = await ask(tb, chat, ZHANG, '/frobnicate');
    expect(reply?.text).toContain('/help');
  });

  it('asks for text when sent something else', async () => {
    const [reply] = await ask(tb, chat, ZHANG, '   ');
    expect(reply?.text).toContain('请告诉我想了解什么');
  });
});
