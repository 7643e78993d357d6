import type { Message, MessageEntity, UserFromGetMe } from 'grammy/types';

/** The commands this bot answers; in a group, one of these without @suffix counts as addressed to it. */
export const BOT_COMMANDS: readonly string[] = ['start', 'help', 'ask', 'compare', 'docs', 'stats', 'remove'];

const textAndEntities = (message: Message): { text: string; entities: MessageEntity[] } => ({
  text: message.text ?? message.caption ?? '',
  entities: message.entities ?? message.caption_entities ?? [],
});

/** Is `entity` a mention of this bot (@username, or a text mention of its id)? */
function mentionsMe(text: string, entity: MessageEntity, me: UserFromGetMe): boolean {
  if (entity.type === 'text_mention') return entity.user.id === me.id;
  if (entity.type !== 'mention') return false;
  return text.slice(entity.offset, entity.offset + entity.length).toLowerCase() === `@${me.username.toLowerCase()}`;
}

/**
 * Who a leading /command is for: 'me' for /cmd@thisbot or one of BOT_COMMANDS without suffix, 'other' for
 * /cmd@otherbot or an unknown bare command, undefined when the message does not start with a command.
 */
export function commandTarget(message: Message, me: UserFromGetMe): 'me' | 'other' | undefined {
  const { text, entities } = textAndEntities(message);
  const command = entities.find((e) => e.type === 'bot_command' && e.offset === 0);
  if (command === undefined) return undefined;
  const [name = '', target] = text.slice(1, command.length).split('@');
  if (target !== undefined) return target.toLowerCase() === me.username.toLowerCase() ? 'me' : 'other';
  return BOT_COMMANDS.includes(name.toLowerCase()) ? 'me' : 'other';
}

/**
 * The question in a group message addressed to the bot by a mention or by replying to one of its messages
 * (mentions of the bot removed); undefined when the message is not addressed to it. May be '' ("@bot" alone).
 */
export function groupQuestion(message: Message, me: UserFromGetMe): string | undefined {
  const { text, entities } = textAndEntities(message);
  const mentions = entities.filter((e) => mentionsMe(text, e, me));
  const repliesToMe = message.reply_to_message?.from?.id === me.id;
  if (mentions.length === 0 && !repliesToMe) return undefined;
  let question = '';
  let pos = 0;
  for (const m of [...mentions].sort((a, b) => a.offset - b.offset)) {
    question += text.slice(pos, m.offset);
    pos = m.offset + m.length;
  }
  return (question + text.slice(pos)).trim();
}

/**
 * Whether a group message is for this bot: a command for it, a mention of it, or a reply to it. Everything else
 * is ignored, so the bot behaves the same with Telegram's privacy mode on (only these are delivered) or off.
 */
export function isAddressedInGroup(message: Message, me: UserFromGetMe): boolean {
  const target = commandTarget(message, me);
  if (target !== undefined) return target === 'me';
  return groupQuestion(message, me) !== undefined;
}
