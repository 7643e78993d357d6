import type { MessageEntity } from 'grammy/types';

/** What Telegram marks in a typed text that bots care about: a leading /command (with @bot suffix), @mentions and links. */
export function entitiesOf(text: string): MessageEntity[] {
  const out: MessageEntity[] = [];
  const command = /^\/\w{1,32}(@\w{3,32})?/.exec(text);
  if (command) out.push({ type: 'bot_command', offset: 0, length: command[0].length });
  const mention = /@[A-Za-z]\w{4,31}/g;
  for (let m = mention.exec(text); m !== null; m = mention.exec(text)) {
    if (command && m.index < command[0].length) continue;
    out.push({ type: 'mention', offset: m.index, length: m[0].length });
  }
  const link = /https?:\/\/[^\s，。；]+/g;
  for (let m = link.exec(text); m !== null; m = link.exec(text)) out.push({ type: 'url', offset: m.index, length: m[0].length });
  return out.sort((a, b) => a.offset - b.offset);
}
