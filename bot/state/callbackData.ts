/** Telegram's limit on an inline button's callback_data (Bot API InlineKeyboardButton: 1-64 bytes). */
export const MAX_CALLBACK_BYTES = 64;

/** What a button does: ask an example, next page, a passage's context, compare on the question, feedback, a suggested spelling, a filter, a comparison's page or its silent reports, an export, a report's original. */
export type CallbackAction = 'ex' | 'more' | 'ctx' | 'cmp' | 'fb' | 'sg' | 'flt' | 'cpg' | 'sil' | 'exp' | 'src';

/** A decoded button press: the action, the server-side state key (or example index) and an argument. */
export interface CallbackCommand {
  action: CallbackAction;
  key: string;
  arg: string;
}

const ACTIONS: ReadonlySet<string> = new Set<CallbackAction>(['ex', 'more', 'ctx', 'cmp', 'fb', 'sg', 'flt', 'cpg', 'sil', 'exp', 'src']);

/**
 * Encodes a button press as `action:key:arg`. State lives server-side under `key`, so this stays short; throws when
 * the result would exceed MAX_CALLBACK_BYTES (Telegram would reject the whole message).
 */
export function encodeCallback(action: CallbackAction, key: string, arg: string | number = ''): string {
  const data = `${action}:${key}:${arg}`;
  const bytes = Buffer.byteLength(data, 'utf8');
  if (bytes > MAX_CALLBACK_BYTES) throw new RangeError(`callback_data is ${bytes} bytes; Telegram allows ${MAX_CALLBACK_BYTES}`);
  return data;
}

/** Decodes callback_data written by encodeCallback; undefined for anything else (old formats, other bots' data). */
export function decodeCallback(data: string): CallbackCommand | undefined {
  const [action, key, ...rest] = data.split(':');
  if (action === undefined || key === undefined || rest.length !== 1 || !ACTIONS.has(action)) return undefined;
  return { action: action as CallbackAction, key, arg: rest[0] ?? '' };
}
