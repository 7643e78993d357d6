import { afterEach, describe, expect, it } from 'vitest';
import type { Searcher } from '../../retrieval/index.js';
import { privateChat, STRANGER, ZHANG } from '../fakeBotApi/fixtures.js';
import { parseTelegramHtml } from '../fakeBotApi/telegramHtml.js';
import { ask, last, tap } from '../support/conversation.js';
import { createFakeSearcher } from '../support/fakeSearcher.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';

const chat = privateChat(ZHANG);
let tb: TestBot;

// What Telegram would refuse, and buttons left spinning, fail every test.
afterEach(() => stopChecked(tb));

/** A searcher whose quotes are `times` as long (the same real passage repeated), to force splitting. */
function longQuotes(times: number): Searcher {
  const base = createFakeSearcher();
  return {
    ...base,
    async search(query, options) {
      const answer = await base.search(query, options);
      return { ...answer, hits: answer.hits.map((h) => ({ ...h, quote: { text: h.quote.text.repeat(times), highlights: [[0, 20], [h.quote.text.length * (times - 1), h.quote.text.length * times]] } })) };
    },
  };
}

describe('bad and awkward input', () => {
  it('drops pasted markup from a question by the search core rule and escapes the rest, so it harms nothing', async () => {
    const searcher = createFakeSearcher();
    tb = await startTestBot({ searcher });
    const [answer] = await ask(tb, chat, ZHANG, '<b>法律顾问</b> & <i>配备情况 1<2');
    expect(answer?.text).toContain('关于「法律顾问 & 配备情况 1<2」，报告原文如下');
    expect(searcher.calls[0]).toBe('法律顾问 & 配备情况 1<2');
    const [notFound] = await ask(tb, chat, ZHANG, '<script>alert(1)</script> &amp; 1<2');
    expect(notFound?.text).toContain('「&amp; 1<2」');
  });

  it('caps a 10,000-character question with a clear message and does not search', async () => {
    const searcher = createFakeSearcher();
    tb = await startTestBot({ searcher });
    const [reply] = await ask(tb, chat, ZHANG, '法'.repeat(10_000));
    expect(reply?.text).toBe('问题太长了（10000 字）。请把问题控制在 500 字以内，说出关键事项即可。');
    expect(searcher.calls).toEqual([]);
  });

  it('asks for words when a question is only emoji', async () => {
    tb = await startTestBot();
    const [reply] = await ask(tb, chat, ZHANG, '🤔🤔👍');
    expect(reply?.text).toBe('我只能理解文字提问，请用文字描述想查找的内容。');
  });

  it('splits a long answer into messages within 4096 characters, each passage whole where it fits', async () => {
    tb = await startTestBot({ searcher: longQuotes(10) });
    const sent = await ask(tb, chat, ZHANG, '行政');
    expect(sent.length).toBeGreaterThanOrEqual(3);
    for (const m of sent) {
      const parsed = parseTelegramHtml(m.html);
      expect(parsed.ok && parsed.text.length).toBeLessThanOrEqual(4096);
      // Split between passages: every quote opened in a message is closed in it, and each starts with its citation.
      expect(m.html.split('<blockquote expandable>').length).toBe(m.html.split('</blockquote>').length);
      expect(m.text).toMatch(/^(关于「行政」|\d+\. )/);
    }
    expect(sent.slice(0, -1).every((m) => m.replyMarkup === undefined)).toBe(true);
    expect(last(sent).replyMarkup).toBeDefined();
  });

  it('cuts a passage longer than a message at a sentence end, each piece valid HTML within 4096', async () => {
    tb = await startTestBot({ searcher: longQuotes(30) });
    const sent = await ask(tb, chat, ZHANG, '法律顾问');
    expect(sent.length).toBeGreaterThan(3);
    for (const m of sent.slice(0, -1)) {
      const parsed = parseTelegramHtml(m.html);
      expect(parsed.ok && parsed.text.length).toBeLessThanOrEqual(4096);
      expect(parsed.ok && parsed.text.trimEnd()).toMatch(/[。；]$/);
    }
  });

  it('refuses users outside the allowlist with one short message, toast or nothing, and nothing else', async () => {
    tb = await startTestBot({ env: { ALLOWED_USER_IDS: String(ZHANG.id) } });
    const sent = await ask(tb, privateChat(STRANGER), STRANGER, '法律顾问');
    expect(sent.map((m) => m.text)).toEqual(['抱歉，此机器人仅供授权用户使用。']);
    const answer = last(await ask(tb, chat, ZHANG, '法律顾问'));
    const { toast, sent: after } = await tap(tb, answer, '👍 有用', STRANGER);
    expect(toast).toBe('抱歉，此机器人仅供授权用户使用。');
    expect(after).toEqual([]);
    expect(tb.store.stats().feedbackUp).toBe(0);
  });
});

describe('rate limit', () => {
  it('answers questions past the per-user limit politely, never by silence, and lets other users on', async () => {
    tb = await startTestBot({ env: { RATE_LIMIT_PER_MINUTE: '3' } });
    for (let i = 0; i < 3; i++) expect((await ask(tb, chat, ZHANG, '法律顾问'))[0]?.text).toContain('关于「法律顾问」');
    const [limited] = await ask(tb, chat, ZHANG, '法律顾问');
    expect(limited?.text).toMatch(/^提问有点频繁，请 \d+ 秒后再试。$/);
    expect((await ask(tb, privateChat(STRANGER), STRANGER, '法律顾问'))[0]?.text).toContain('关于「法律顾问」');
  });

  it('counts "more results" as a search, and says so in the toast past the limit', async () => {
    tb = await startTestBot({ env: { RATE_LIMIT_PER_MINUTE: '1' } });
    const answer = last(await ask(tb, chat, ZHANG, '行政'));
    const { toast, sent } = await tap(tb, answer, '更多结果', ZHANG);
    expect(toast).toMatch(/^提问有点频繁，请 \d+ 秒后再试。$/);
    expect(sent).toEqual([]);
  });
});
