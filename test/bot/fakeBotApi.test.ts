import { describe, expect, it } from 'vitest';
import { parseTelegramHtml } from '../fakeBotApi/telegramHtml.js';
import { inlineResultsError, keyboardError, messageText } from '../fakeBotApi/validatePayload.js';

// The end-to-end tests trust the fake to refuse what Telegram refuses; these show that it does.
describe('fake Bot API validation', () => {
  it('accepts Telegram\'s tags and entities and returns the shown text', () => {
    const html = '<b>1.</b> <i>出处</i>\n<blockquote>甲<strong>乙</strong>&lt;&gt;&amp;&quot;&#27861;&#x6CBB;</blockquote><a href="https://t.me">链接</a><span class="tg-spoiler">s</span><tg-spoiler>t</tg-spoiler>';
    expect(parseTelegramHtml(html)).toEqual({ ok: true, text: '1. 出处\n甲乙<>&"法治链接st' });
  });

  it.each([
    ['an unknown tag', '<div>法</div>', /unsupported start tag "div"/],
    ['an unbalanced tag', '<b>法', /end tag corresponding to start tag "b"/],
    ['crossed tags', '<b><i>法</b></i>', /end tag/],
    ['a bare <', '法 < 治', /unexpected '<'/],
    ['a bare &', '法 & 治', /unescaped '&'/],
    ['a bare >', '法 > 治', /unescaped '>'/],
    ['an unsupported named entity', '&nbsp;', /unescaped '&'/],
    ['nested blockquotes', '<blockquote><blockquote>法</blockquote></blockquote>', /nested/],
    ['a span without the spoiler class', '<span>法</span>', /tg-spoiler/],
  ])('refuses %s', (_, html, error) => {
    const parsed = parseTelegramHtml(html);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.error).toMatch(error);
  });

  it('limits a message to 4096 UTF-16 units after parsing, and refuses an empty one', () => {
    expect(messageText(`<b>${'法'.repeat(4096)}</b>`, 'HTML')).toEqual({ text: '法'.repeat(4096) });
    expect(messageText('😀'.repeat(2049), 'HTML')).toMatchObject({ error: expect.stringMatching(/too long/) });
    expect(messageText('<b> </b>', 'HTML')).toMatchObject({ error: expect.stringMatching(/empty/) });
  });

  it('refuses callback_data over 64 bytes and buttons without exactly one action', () => {
    expect(keyboardError({ inline_keyboard: [[{ text: 'ok', callback_data: 'x'.repeat(64) }]] })).toBeUndefined();
    expect(keyboardError({ inline_keyboard: [[{ text: 'no', callback_data: '法'.repeat(22) }]] })).toMatch(/BUTTON_DATA_INVALID/);
    expect(keyboardError({ inline_keyboard: [[{ text: 'no' }]] })).toMatch(/exactly one action/);
  });

  it('refuses inline results with long or duplicate ids or invalid message HTML', () => {
    const article = (id: string, text = '法') => ({ type: 'article', id, title: 't', input_message_content: { message_text: text, parse_mode: 'HTML' } });
    expect(inlineResultsError([article('a'), article('b')])).toBeUndefined();
    expect(inlineResultsError([article('x'.repeat(65))])).toMatch(/RESULT_ID_INVALID/);
    expect(inlineResultsError([article('a'), article('a')])).toMatch(/DUPLICATE/);
    expect(inlineResultsError([article('a', '<b>法')])).toMatch(/end tag/);
  });
});
