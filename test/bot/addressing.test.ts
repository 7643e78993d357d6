import type { Message } from 'grammy/types';
import { describe, expect, it } from 'vitest';
import { commandTarget, groupQuestion, isAddressedInGroup } from '../../bot/middleware/addressing.js';
import { entitiesOf } from '../fakeBotApi/entities.js';
import { GROUP, TEST_BOT, ZHANG } from '../fakeBotApi/fixtures.js';

const message = (text: string, extra: Partial<Message> = {}): Message =>
  ({ message_id: 1, date: 0, chat: GROUP, from: ZHANG, text, entities: entitiesOf(text), ...extra }) as Message;

describe('group addressing', () => {
  it('knows whom a leading command is for', () => {
    expect(commandTarget(message('/ask 法律顾问'), TEST_BOT)).toBe('me');
    expect(commandTarget(message('/ask@Fazhi_Test_Bot 法律顾问'), TEST_BOT)).toBe('me');
    expect(commandTarget(message('/ask@other_bot 法律顾问'), TEST_BOT)).toBe('other');
    expect(commandTarget(message('/weather'), TEST_BOT)).toBe('other');
    expect(commandTarget(message('法律顾问 /ask'), TEST_BOT)).toBeUndefined();
  });

  it('takes the question from a mention, without the mention', () => {
    expect(groupQuestion(message('@fazhi_test_bot 行政复议 情况'), TEST_BOT)).toBe('行政复议 情况');
    expect(groupQuestion(message('请问 @FAZHI_TEST_BOT 法律顾问？'), TEST_BOT)).toBe('请问  法律顾问？');
    expect(groupQuestion(message('@fazhi_test_bot'), TEST_BOT)).toBe('');
  });

  it('takes a reply to the bot as a question, and a text mention of its id too', () => {
    const reply = message('那行政复议呢？', { reply_to_message: { message_id: 9, date: 0, chat: GROUP, from: TEST_BOT } as unknown as Message['reply_to_message'] });
    expect(groupQuestion(reply, TEST_BOT)).toBe('那行政复议呢？');
    const textMention = message('问一下 法律顾问', { entities: [{ type: 'text_mention', offset: 0, length: 3, user: TEST_BOT }] });
    expect(groupQuestion(textMention, TEST_BOT)).toBe('法律顾问');
  });

  it('ignores everything else', () => {
    for (const text of ['大家好', '@someone_else 法律顾问', '/ask@other_bot 法律顾问', '/start@other_bot']) {
      expect(isAddressedInGroup(message(text), TEST_BOT)).toBe(false);
    }
    const replyToPerson = message('同意', { reply_to_message: { message_id: 9, date: 0, chat: GROUP, from: ZHANG } as unknown as Message['reply_to_message'] });
    expect(isAddressedInGroup(replyToPerson, TEST_BOT)).toBe(false);
  });
});
