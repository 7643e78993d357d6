import type { Chat, User } from 'grammy/types';
import type { SentMessage } from '../fakeBotApi/methods.js';
import { press, say, sentTo, type SayOptions } from '../fakeBotApi/users.js';
import type { TestBot } from './testBot.js';

/** `from` says `text` in `chat`; resolves with what the bot sent in reply once it has handled the message. */
export async function ask(tb: TestBot, chat: Chat, from: User, text: string, options: SayOptions = {}): Promise<SentMessage[]> {
  const before = tb.api.state.messageIds.get(chat.id) ?? 0;
  const update = say(tb.api, chat, from, text, options);
  if (update === undefined) return [];
  await tb.handled(update);
  return sentTo(tb.api, chat.id, before);
}

/** `from` taps `label` under `message`; resolves with the toast (if any) and the messages the bot then sent. */
export async function tap(tb: TestBot, message: SentMessage, label: string | RegExp, from: User): Promise<{ toast: string | undefined; sent: SentMessage[] }> {
  const before = tb.api.state.messageIds.get(message.chatId) ?? 0;
  const id = press(tb.api, message, label, from);
  const update = tb.api.state.updates.find((u) => u.callback_query?.id === id);
  await tb.handled(update);
  const answer = tb.api.state.callbacks.get(id)?.answer;
  return { toast: answer?.text as string | undefined, sent: sentTo(tb.api, message.chatId, before) };
}

/** The last message of a reply: the one carrying the buttons. */
export function last(messages: SentMessage[]): SentMessage {
  const message = messages[messages.length - 1];
  if (message === undefined) throw new Error('the bot sent nothing');
  return message;
}

/** Labels of all buttons under a message. */
export function buttons(message: SentMessage): string[] {
  return message.replyMarkup?.inline_keyboard.flat().map((b) => b.text) ?? [];
}
