import type { Transformer } from 'grammy';
import { isWellFormedText, toWellFormedText } from '../../index/index.js';
import type { Logger } from '../log/logger.js';

/** Every string in a payload, with its path (text, results.0.description, reply_markup.inline_keyboard.0.0.text). */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === 'string') yield [path, value];
  else if (Array.isArray(value)) for (const [i, v] of value.entries()) yield* strings(v, `${path}.${i}`);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${k}` : k);
}

/** A copy of `value` with lone surrogates replaced by U+FFFD in every string. */
function repaired(value: unknown): unknown {
  if (typeof value === 'string') return toWellFormedText(value);
  if (Array.isArray(value)) return value.map(repaired);
  if (value !== null && typeof value === 'object' && !(value instanceof Uint8Array)) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, repaired(v)]));
  }
  return value;
}

/**
 * The last check on the send path: Telegram refuses a request holding a lone surrogate (half of a character
 * outside the BMP, left by a cut in the wrong place), and the user would get nothing. Such text is logged as the
 * bug it is and sent repaired (U+FFFD in place of the half character) rather than lost.
 */
export function wellFormedPayload(logger: Logger): Transformer {
  return (prev, method, payload, signal) => {
    const broken = [...strings(payload, '')].filter(([, s]) => !isWellFormedText(s)).map(([path]) => path);
    if (broken.length === 0) return prev(method, payload, signal);
    logger.error('malformed_text', { method, fields: broken });
    return prev(method, repaired(payload) as typeof payload, signal);
  };
}
