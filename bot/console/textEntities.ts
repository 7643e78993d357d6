import type { MessageEntity } from 'grammy/types';

/**
 * The entities Telegram attaches to a typed text that the bot relies on: a bot_command at the start
 * ("/ask", "/ask@somebot") and @username mentions (usernames are 5-32 characters). Offsets in UTF-16 code units.
 */
export function textEntities(text: string): MessageEntity[] {
  const entities: MessageEntity[] = [];
  const command = /^\/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?/.exec(text);
  if (command !== null) entities.push({ type: 'bot_command', offset: 0, length: command[0].length });
  for (const m of text.matchAll(/(?<![A-Za-z0-9_/])@[A-Za-z][A-Za-z0-9_]{4,31}\b/g)) {
    if (command !== null && m.index < command[0].length) continue;
    entities.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  return entities;
}
