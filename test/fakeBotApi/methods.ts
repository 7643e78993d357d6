import type { EventEmitter } from 'node:events';
import type { Chat, InlineKeyboardMarkup, Message, Update, UserFromGetMe } from 'grammy/types';
import { LIMITS, inlineButtonError, inlineResultsError, keyboardError, messageText } from './validatePayload.js';

/** A message the bot sent, as recorded. */
export interface SentMessage {
  chatId: number;
  messageId: number;
  html: string;
  /** What the user sees: the HTML parsed. */
  text: string;
  replyMarkup: InlineKeyboardMarkup | undefined;
  replyTo: number | undefined;
  /** The Message object returned to the bot (and put in callback queries). */
  message: Message;
  at: number;
}

/** Everything the fake knows. */
export interface FakeState {
  botInfo: UserFromGetMe;
  updates: Update[];
  nextUpdateId: number;
  messages: SentMessage[];
  /** Last message id per chat, shared by users and the bot. */
  messageIds: Map<number, number>;
  chats: Map<number, Chat>;
  callbacks: Map<string, { answer: Record<string, unknown> | undefined; at: number }>;
  inlineQueries: Map<string, { answer: Record<string, unknown> | undefined; at: number }>;
  files: Map<string, { path: string; bytes: Uint8Array }>;
  /** Documents the bot sent (sendDocument with the file's bytes). */
  documents: Array<{ chatId: number; messageId: number; fileName: string; bytes: Uint8Array; caption: string | undefined }>;
  webhook: { url: string; secret: string | undefined } | undefined;
  /** What the bot set about itself, by language code ('' for the default): descriptions, and commands by scope|language. */
  profile: { description: Map<string, string>; shortDescription: Map<string, string>; commands: Map<string, string[]> };
  pendingPolls: number;
}

type Outcome = { result: unknown } | { error: string; status?: number };
type Io = { events: EventEmitter; onClose: (cb: () => void) => void };

/** The next message id in a chat. */
export function nextMessageId(state: FakeState, chatId: number): number {
  const id = (state.messageIds.get(chatId) ?? 0) + 1;
  state.messageIds.set(chatId, id);
  return id;
}

/** getUpdates: drops updates below `offset` (confirmed), returns up to `limit`, or waits up to `timeout` s for one. */
async function getUpdates(state: FakeState, p: Record<string, unknown>, io: Io): Promise<Outcome> {
  if (state.webhook) return { status: 409, error: "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first" };
  if (state.pendingPolls > 0) return { status: 409, error: 'Conflict: terminated by other getUpdates request' };
  const offset = Number(p.offset ?? 0);
  const limit = Math.min(100, Math.max(1, Number(p.limit ?? 100)));
  const timeoutMs = 1000 * Number(p.timeout ?? 0);
  const available = () => {
    if (offset > 0) state.updates = state.updates.filter((u) => u.update_id >= offset);
    return state.updates.slice(0, limit);
  };
  if (available().length > 0 || timeoutMs === 0) return { result: available() };
  state.pendingPolls++;
  await new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      io.events.off('update', done);
      resolve();
    };
    const timer = setTimeout(done, timeoutMs);
    io.events.on('update', done);
    io.onClose(done);
  });
  state.pendingPolls--;
  return { result: available() };
}

function sendMessage(state: FakeState, p: Record<string, unknown>): Outcome {
  const chatId = Number(p.chat_id);
  const chat = state.chats.get(chatId);
  if (chat === undefined) return { error: 'Bad Request: chat not found' };
  const shown = messageText(p.text, p.parse_mode);
  if ('error' in shown) return shown;
  const bad = keyboardError(p.reply_markup);
  if (bad !== undefined) return { error: bad };
  const reply = p.reply_parameters as { message_id?: number; allow_sending_without_reply?: boolean } | undefined;
  if (reply?.message_id !== undefined && reply.message_id > (state.messageIds.get(chatId) ?? 0) && !reply.allow_sending_without_reply) {
    return { error: 'Bad Request: message to be replied not found' };
  }
  const messageId = nextMessageId(state, chatId);
  const replyMarkup = p.reply_markup as InlineKeyboardMarkup | undefined;
  const message = { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from: state.botInfo, text: shown.text, ...(replyMarkup ? { reply_markup: replyMarkup } : {}) } as Message;
  state.messages.push({ chatId, messageId, html: String(p.text), text: shown.text, replyMarkup, replyTo: reply?.message_id, message, at: Date.now() });
  return { result: message };
}

/** sendDocument: a file uploaded with the request (a file_id or URL is not what this bot sends); caption at most 1024 characters. */
function sendDocument(state: FakeState, p: Record<string, unknown>): Outcome {
  const chatId = Number(p.chat_id);
  const chat = state.chats.get(chatId);
  if (chat === undefined) return { error: 'Bad Request: chat not found' };
  const file = p.document as { fileName?: string; bytes?: Uint8Array } | undefined;
  if (file?.bytes === undefined) return { error: 'Bad Request: there is no document in the request' };
  if (file.bytes.length === 0) return { error: 'Bad Request: file must be non-empty' };
  // Bot API: a bot uploads files of at most 50 MB.
  if (file.bytes.length > 50 * 1024 * 1024) return { error: 'Request Entity Too Large' };
  const caption = p.caption === undefined ? undefined : String(p.caption);
  if (caption !== undefined && [...caption].length > 1024) return { error: 'Bad Request: message caption is too long' };
  const messageId = nextMessageId(state, chatId);
  const fileName = file.fileName ?? 'document';
  state.documents.push({ chatId, messageId, fileName, bytes: file.bytes, caption });
  const message = { message_id: messageId, date: Math.floor(Date.now() / 1000), chat, from: state.botInfo, document: { file_id: `sent-${messageId}`, file_unique_id: `sent-${messageId}`, file_name: fileName, file_size: file.bytes.length }, ...(caption ? { caption } : {}) } as Message;
  return { result: message };
}

/** editMessageReplyMarkup: a message the bot sent gets new buttons (or none); an unknown one is refused. */
function editMessageReplyMarkup(state: FakeState, p: Record<string, unknown>): Outcome {
  const sent = state.messages.find((m) => m.chatId === Number(p.chat_id) && m.messageId === Number(p.message_id));
  if (sent === undefined) return { error: 'Bad Request: message to edit not found' };
  const bad = keyboardError(p.reply_markup);
  if (bad !== undefined) return { error: bad };
  const markup = p.reply_markup as InlineKeyboardMarkup | undefined;
  if (JSON.stringify(markup) === JSON.stringify(sent.replyMarkup)) {
    return { error: 'Bad Request: message is not modified: specified new message content and reply markup are exactly the same' };
  }
  sent.replyMarkup = markup;
  sent.message = { ...sent.message, ...(markup ? { reply_markup: markup } : {}) } as Message;
  return { result: sent.message };
}

/** Records the one answer a callback or inline query may get; an unknown or already answered one is refused as Telegram does. */
function answerOnce(table: FakeState['callbacks'], id: unknown, payload: Record<string, unknown>): Outcome {
  const entry = table.get(String(id));
  if (entry === undefined || entry.answer !== undefined) return { error: 'Bad Request: query is too old and response timeout expired or query ID is invalid' };
  entry.answer = payload;
  return { result: true };
}

/** True when some string in `value` holds a lone surrogate (JSON allows "\ud83d" alone; UTF-8 cannot encode it). */
function hasLoneSurrogate(value: unknown): boolean {
  if (typeof value === 'string') return /\p{Cs}/u.test(value);
  if (Array.isArray(value)) return value.some(hasLoneSurrogate);
  if (value !== null && typeof value === 'object') return Object.values(value).some(hasLoneSurrogate);
  return false;
}

/** Runs one Bot API method against the fake's state, validating as Telegram does. */
export async function handleMethod(state: FakeState, method: string, p: Record<string, unknown>, io: Io): Promise<Outcome> {
  // Telegram decodes every request as UTF-8 and refuses half a character outside the BMP.
  if (hasLoneSurrogate(p)) return { error: 'Bad Request: strings must be encoded in UTF-8' };
  switch (method) {
    case 'getMe':
      return { result: state.botInfo };
    case 'getUpdates':
      return getUpdates(state, p, io);
    case 'sendMessage':
      return sendMessage(state, p);
    case 'sendDocument':
      return sendDocument(state, p);
    case 'editMessageReplyMarkup':
      return editMessageReplyMarkup(state, p);
    case 'sendChatAction':
      if (!state.chats.has(Number(p.chat_id))) return { error: 'Bad Request: chat not found' };
      return p.action === 'typing' ? { result: true } : { error: 'Bad Request: wrong chat action' };
    case 'answerCallbackQuery': {
      if (typeof p.text === 'string' && p.text.length > LIMITS.callbackToastChars) return { error: 'Bad Request: MESSAGE_TOO_LONG' };
      return answerOnce(state.callbacks, p.callback_query_id, p);
    }
    case 'answerInlineQuery': {
      const bad = inlineResultsError(p.results) ?? inlineButtonError(p.button);
      if (bad !== undefined) return { error: bad };
      return answerOnce(state.inlineQueries, p.inline_query_id, p);
    }
    case 'setMyCommands': {
      const commands = p.commands as Array<{ command?: string; description?: string }> | undefined;
      const valid = Array.isArray(commands) && commands.length <= 100 && commands.every((c) => /^[a-z0-9_]{1,32}$/.test(c.command ?? '') && (c.description ?? '').length >= 1 && (c.description ?? '').length <= 256);
      if (!valid) return { error: 'Bad Request: BOT_COMMAND_INVALID' };
      const scope = (p.scope ?? { type: 'default' }) as { type?: string; chat_id?: unknown };
      const scopes = ['default', 'all_private_chats', 'all_group_chats', 'all_chat_administrators', 'chat', 'chat_administrators', 'chat_member'];
      if (!scopes.includes(String(scope.type)) || (scope.type === 'chat' && typeof scope.chat_id !== 'number')) return { error: 'Bad Request: invalid scope' };
      state.profile.commands.set(`${JSON.stringify(scope)}|${String(p.language_code ?? '')}`, commands.map((c) => String(c.command)));
      return { result: true };
    }
    case 'setMyDescription':
    case 'setMyShortDescription': {
      const max = method === 'setMyDescription' ? 512 : 120;
      const text = String(p[method === 'setMyDescription' ? 'description' : 'short_description'] ?? '');
      if (text.length > max) return { error: `Bad Request: ${method === 'setMyDescription' ? 'description' : 'short description'} is too long` };
      state.profile[method === 'setMyDescription' ? 'description' : 'shortDescription'].set(String(p.language_code ?? ''), text);
      return { result: true };
    }
    case 'deleteWebhook':
      state.webhook = undefined;
      return { result: true };
    case 'setWebhook': {
      const url = String(p.url ?? '');
      if (!url.startsWith('https://')) return { error: 'Bad Request: bad webhook: An HTTPS URL must be provided for webhook' };
      state.webhook = { url, secret: p.secret_token === undefined ? undefined : String(p.secret_token) };
      return { result: true };
    }
    case 'getFile': {
      const file = state.files.get(String(p.file_id));
      if (file === undefined) return { error: 'Bad Request: invalid file_id' };
      return { result: { file_id: String(p.file_id), file_unique_id: String(p.file_id), file_size: file.bytes.length, file_path: file.path } };
    }
    default:
      return { status: 404, error: 'Not Found: method not found' };
  }
}
