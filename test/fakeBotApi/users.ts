import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Chat, Message, Update, User } from 'grammy/types';
import { entitiesOf } from './entities.js';
import type { FakeBotApi } from './fakeBotApi.js';
import { nextMessageId, type SentMessage } from './methods.js';

/** Options of a typed message. */
export interface SayOptions {
  /** The message replied to (one the bot sent). */
  replyTo?: SentMessage;
  /** Telegram's privacy mode for groups: on, only commands, mentions and replies to the bot reach it. Default off. */
  privacyMode?: boolean;
  /** The message is an inline result the user picked from this bot (Telegram sets via_bot). */
  viaBot?: boolean;
}

/** Would Telegram deliver this group message to the bot with privacy mode on? (Commands, @mentions, replies to it.) */
function deliveredInPrivacyMode(api: FakeBotApi, message: Message.TextMessage): boolean {
  const me = api.state.botInfo;
  const text = message.text;
  return (message.entities ?? []).some((e) => {
    const part = text.slice(e.offset, e.offset + e.length);
    if (e.type === 'bot_command') return !part.includes('@') || part.toLowerCase().endsWith(`@${me.username.toLowerCase()}`);
    return e.type === 'mention' && part.toLowerCase() === `@${me.username.toLowerCase()}`;
  }) || message.reply_to_message?.from?.id === me.id;
}

/** `from` types `text` in `chat`. Returns the update, or undefined when privacy mode kept it from the bot. */
export function say(api: FakeBotApi, chat: Chat, from: User, text: string, options: SayOptions = {}): Update | undefined {
  api.state.chats.set(chat.id, chat);
  const message = {
    message_id: nextMessageId(api.state, chat.id),
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    text,
    ...(entitiesOf(text).length > 0 ? { entities: entitiesOf(text) } : {}),
    ...(options.replyTo ? { reply_to_message: options.replyTo.message } : {}),
    ...(options.viaBot ? { via_bot: api.state.botInfo } : {}),
  } as Message.TextMessage;
  if (chat.type !== 'private' && options.privacyMode === true && !deliveredInPrivacyMode(api, message)) return undefined;
  return api.enqueue({ message } as Omit<Update, 'update_id'>);
}

/** `from` sends a document (the fake serves its bytes through getFile and /file/). */
export function sendDocument(api: FakeBotApi, chat: Chat, from: User, fileName: string, bytes: Uint8Array, caption?: string): Update {
  api.state.chats.set(chat.id, chat);
  const fileId = `file-${api.state.files.size + 1}`;
  const local = api.options.localFilesDir;
  if (local !== undefined) {
    // A --local server keeps the file on its disk and hands out the absolute path.
    mkdirSync(join(local, 'documents'), { recursive: true });
    writeFileSync(join(local, 'documents', `${fileId}-${fileName}`), bytes);
  }
  api.state.files.set(fileId, { path: local === undefined ? `documents/${fileName}` : join(local, 'documents', `${fileId}-${fileName}`), bytes });
  const message = {
    message_id: nextMessageId(api.state, chat.id),
    date: Math.floor(Date.now() / 1000),
    chat,
    from,
    document: { file_id: fileId, file_unique_id: fileId, file_name: fileName, mime_type: 'text/plain', file_size: bytes.length },
    ...(caption === undefined ? {} : { caption }),
  } as Message.DocumentMessage;
  return api.enqueue({ message } as Omit<Update, 'update_id'>);
}

/** `from` taps the button labelled `label` under `sent`; returns the callback query id. Throws when there is no such button. */
export function press(api: FakeBotApi, sent: SentMessage, label: string | RegExp, from: User): string {
  const button = sent.replyMarkup?.inline_keyboard.flat().find((b) => (typeof label === 'string' ? b.text === label : label.test(b.text)));
  if (button === undefined || !('callback_data' in button)) throw new Error(`no button ${String(label)} under message ${sent.messageId}`);
  return pressData(api, sent, button.callback_data, from);
}

/** `from` taps a button with callback data `data` under `sent` (also data the bot never made, as a client could). */
export function pressData(api: FakeBotApi, sent: SentMessage, data: string, from: User): string {
  const id = `cb${api.state.callbacks.size + 1}`;
  api.state.callbacks.set(id, { answer: undefined, at: Date.now() });
  api.enqueue({ callback_query: { id, from, chat_instance: String(sent.chatId), message: sent.message, data } } as Omit<Update, 'update_id'>);
  return id;
}

/** `from` types `@bot query` in some chat; returns the inline query id. */
export function inlineQuery(api: FakeBotApi, from: User, query: string): string {
  const id = `iq${api.state.inlineQueries.size + 1}`;
  api.state.inlineQueries.set(id, { answer: undefined, at: Date.now() });
  api.enqueue({ inline_query: { id, from, query, offset: '', chat_type: 'group' } });
  return id;
}

/** Messages the bot sent to `chatId`, oldest first, optionally only those after message `afterId`. */
export function sentTo(api: FakeBotApi, chatId: number, afterId = 0): SentMessage[] {
  return api.state.messages.filter((m) => m.chatId === chatId && m.messageId > afterId);
}

/** Callback queries the bot has not answered (Telegram keeps the user's button spinning). */
export function unansweredCallbacks(api: FakeBotApi): string[] {
  return [...api.state.callbacks].filter(([, c]) => c.answer === undefined).map(([id]) => id);
}
