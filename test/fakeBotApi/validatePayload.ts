import { parseTelegramHtml } from './telegramHtml.js';

/** Telegram's limits, from the Bot API reference. */
export const LIMITS = {
  messageChars: 4096,
  callbackDataBytes: 64,
  callbackToastChars: 200,
  inlineResults: 50,
  inlineIdBytes: 64,
} as const;

type Payload = Record<string, unknown>;

/** The visible text of a message (HTML parsed when parse_mode is HTML), or Telegram's error. */
export function messageText(text: unknown, parseMode: unknown): { text: string } | { error: string } {
  if (typeof text !== 'string') return { error: 'Bad Request: message text is empty' };
  let shown = text;
  if (parseMode === 'HTML') {
    const parsed = parseTelegramHtml(text);
    if (!parsed.ok) return { error: parsed.error };
    shown = parsed.text;
  } else if (parseMode !== undefined) return { error: `Bad Request: unsupported parse_mode ${String(parseMode)} in this fake` };
  if (shown.trim() === '') return { error: 'Bad Request: message text is empty' };
  // Telegram counts UTF-16 code units after entity parsing.
  if (shown.length > LIMITS.messageChars) return { error: `Bad Request: message is too long (${shown.length} > ${LIMITS.messageChars})` };
  return { text: shown };
}

/** Checks an inline keyboard: rows of buttons with text and exactly one action; callback_data 1-64 bytes. */
export function keyboardError(markup: unknown): string | undefined {
  if (markup === undefined) return undefined;
  const rows = (markup as { inline_keyboard?: unknown }).inline_keyboard;
  if (!Array.isArray(rows)) return 'Bad Request: reply markup is not an inline keyboard';
  for (const row of rows) {
    if (!Array.isArray(row) || row.length === 0) return 'Bad Request: keyboard rows must be non-empty arrays';
    for (const b of row as Payload[]) {
      if (typeof b.text !== 'string' || b.text === '') return 'Bad Request: button text is empty';
      const actions = ['callback_data', 'url', 'switch_inline_query', 'switch_inline_query_current_chat'].filter((k) => b[k] !== undefined);
      if (actions.length !== 1) return 'Bad Request: a button needs exactly one action';
      if (b.callback_data !== undefined) {
        const bytes = Buffer.byteLength(String(b.callback_data));
        if (typeof b.callback_data !== 'string' || bytes < 1 || bytes > LIMITS.callbackDataBytes) return 'Bad Request: BUTTON_DATA_INVALID';
      }
    }
  }
  return undefined;
}

/** Checks the results of answerInlineQuery: count, unique ids of 1-64 bytes, articles with a title and valid message content. */
export function inlineResultsError(results: unknown): string | undefined {
  if (!Array.isArray(results)) return 'Bad Request: results must be an array';
  if (results.length > LIMITS.inlineResults) return 'Bad Request: RESULTS_TOO_MUCH';
  const ids = new Set<string>();
  for (const r of results as Payload[]) {
    const id = String(r.id ?? '');
    const bytes = Buffer.byteLength(id);
    if (bytes < 1 || bytes > LIMITS.inlineIdBytes) return 'Bad Request: RESULT_ID_INVALID';
    if (ids.has(id)) return 'Bad Request: RESULT_ID_DUPLICATE';
    ids.add(id);
    if (r.type !== 'article' || typeof r.title !== 'string' || r.title === '') return 'Bad Request: article needs a title';
    const content = r.input_message_content as Payload | undefined;
    const text = messageText(content?.message_text, content?.parse_mode);
    if ('error' in text) return text.error;
    const bad = keyboardError(r.reply_markup);
    if (bad !== undefined) return bad;
  }
  return undefined;
}

/** Checks the optional `button` of answerInlineQuery (text plus start_parameter of 1-64 of A-Za-z0-9_-). */
export function inlineButtonError(button: unknown): string | undefined {
  if (button === undefined) return undefined;
  const b = button as Payload;
  if (typeof b.text !== 'string' || b.text === '') return 'Bad Request: inline button text is empty';
  if (b.start_parameter !== undefined && !/^[A-Za-z0-9_-]{1,64}$/.test(String(b.start_parameter))) return 'Bad Request: START_PARAM_INVALID';
  return undefined;
}
