import { telegramLength } from './htmlTokens.js';
import { splitHtml } from './splitHtml.js';

/** Telegram's limit on a message's text after entity parsing (Bot API sendMessage: 1-4096 characters). */
export const TELEGRAM_MAX_CHARS = 4096;

/** What the bot allows itself per message: below the limit, so rounding in Telegram's own count cannot bite. */
export const MESSAGE_BUDGET_CHARS = 4000;

const SEPARATOR = '\n\n';
/** A block too long for any message starts in the current one when at least this much room is left. */
const MIN_ROOM_CHARS = 200;

/**
 * Packs HTML blocks (a header, one block per passage…) into as few messages as fit in `maxChars` each
 * (default MESSAGE_BUDGET_CHARS), cutting only between blocks; a block too long on its own is cut with splitHtml.
 */
export function packMessages(blocks: string[], maxChars = MESSAGE_BUDGET_CHARS): string[] {
  const messages: string[] = [];
  let current = '';
  let currentLength = 0;
  for (const block of blocks) {
    const length = telegramLength(block);
    const room = current === '' ? maxChars : maxChars - currentLength - SEPARATOR.length;
    const pieces = length <= maxChars ? [block] : splitHtml(block, maxChars, room >= MIN_ROOM_CHARS ? room : maxChars);
    for (const piece of pieces) {
      const pieceLength = piece === block ? length : telegramLength(piece);
      if (current !== '' && currentLength + SEPARATOR.length + pieceLength > maxChars) {
        messages.push(current);
        current = '';
        currentLength = 0;
      }
      if (current === '') {
        current = piece;
        currentLength = pieceLength;
      } else {
        current += SEPARATOR + piece;
        currentLength += SEPARATOR.length + pieceLength;
      }
    }
  }
  if (current !== '') messages.push(current);
  return messages;
}
