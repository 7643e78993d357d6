import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { InputFile } from 'grammy';
import type { Chat, InlineKeyboardMarkup, Message, Update, User, UserFromGetMe } from 'grammy/types';
import { htmlToConsole } from './htmlToConsole.js';
import { textEntities } from './textEntities.js';

/** A pressable button printed on the console: its callback data and the message it sits under. */
interface PrintedButton {
  data: string;
  message: Message;
}

/** The console user's private chat with the bot: prints what the bot sends and turns typed lines into updates. */
export interface ConsoleSession {
  /** Bot API calls answered locally (sendMessage prints; answerCallbackQuery prints its toast; …). */
  handleApiCall(method: string, payload: Record<string, unknown>): unknown;
  /** The update for a typed line: a message, an inline query ("@ keywords") or a button press (its number). */
  updateFor(line: string): Update | undefined;
  setLanguage(code: string): void;
}

/** A console session writing to `write`; `user` is the person at the keyboard. */
export function createConsoleSession(botInfo: UserFromGetMe, user: User, write: (text: string) => void, color: boolean): ConsoleSession {
  const chat: Chat.PrivateChat = { id: user.id, type: 'private', first_name: user.first_name };
  let updateId = 0;
  let messageId = 0;
  let buttons: PrintedButton[] = [];
  const now = () => Math.floor(Date.now() / 1000);

  const printKeyboard = (markup: InlineKeyboardMarkup | undefined, message: Message): void => {
    for (const row of markup?.inline_keyboard ?? []) {
      const labels = row.map((b) => {
        if (!('callback_data' in b) || b.callback_data === undefined) return `[ ] ${b.text}`;
        buttons.push({ data: b.callback_data, message });
        return `[${buttons.length}] ${b.text}`;
      });
      write(`  ${labels.join('   ')}\n`);
    }
  };

  // A document the bot sends (an export, a report's original) is saved to the temporary folder and its path shown.
  const sendDocument = async (payload: Record<string, unknown>): Promise<Message> => {
    const file = payload.document as InputFile;
    const raw = await file.toRaw();
    const name = basename(file.filename ?? 'document');
    const path = join(mkdtempSync(join(tmpdir(), 'bot-file-')), name);
    if (raw instanceof Uint8Array) writeFileSync(path, raw);
    write(`\n📎 ${name} → ${path}\n`);
    return { message_id: ++messageId, date: now(), chat, from: botInfo, document: { file_id: path, file_unique_id: path, file_name: name } } as Message;
  };

  return {
    handleApiCall(method, payload) {
      if (method === 'getMe') return botInfo;
      if (method === 'sendMessage') {
        const html = String(payload.text ?? '');
        const message: Message.TextMessage = { message_id: ++messageId, date: now(), chat, from: botInfo, text: html };
        write(`\n${htmlToConsole(html, { color })}\n`);
        printKeyboard(payload.reply_markup as InlineKeyboardMarkup | undefined, message);
        return message;
      }
      if (method === 'sendDocument') return sendDocument(payload);
      if (method === 'answerCallbackQuery' && typeof payload.text === 'string') write(`  ⓘ ${payload.text}\n`);
      if (method === 'answerInlineQuery') {
        const results = (payload.results ?? []) as Array<{ title?: string; input_message_content?: { message_text?: string } }>;
        const button = (payload.button as { text?: string } | undefined)?.text;
        if (results.length === 0 && button !== undefined) write(`  ⓘ ${button}\n`);
        for (const [i, r] of results.entries()) write(`\n(${i + 1}) ${htmlToConsole(r.input_message_content?.message_text ?? r.title ?? '', { color })}\n`);
      }
      return true;
    },
    updateFor(line) {
      const text = line.trim();
      if (/^\d+$/.test(text)) {
        const button = buttons[Number(text) - 1];
        if (button === undefined) return undefined;
        const press: Update = { update_id: ++updateId, callback_query: { id: String(updateId), from: user, chat_instance: String(chat.id), message: button.message, data: button.data } };
        return press;
      }
      buttons = [];
      if (text.startsWith('@')) {
        const query: Update = { update_id: ++updateId, inline_query: { id: String(updateId), from: user, query: text.replace(/^@\S*\s*/, ''), offset: '', chat_type: 'private' } };
        return query;
      }
      const message: Message.TextMessage & { chat: Chat.PrivateChat; from: User } = { message_id: ++messageId, date: now(), chat, from: user, text, entities: textEntities(text) };
      const update: Update = { update_id: ++updateId, message };
      return update;
    },
    setLanguage(code) {
      user.language_code = code;
    },
  };
}
