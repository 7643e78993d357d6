import type { InlineKeyboardMarkup, Message } from 'grammy/types';
import type { BotContext } from '../app/context.js';

/**
 * Sends HTML messages to the current chat in order, the keyboard under the last one. In groups the first one
 * replies to the message that asked, so the answer is found in a busy chat. Link previews are off: quotes only.
 */
export async function sendHtml(ctx: BotContext, messages: string[], keyboard?: InlineKeyboardMarkup): Promise<Message.TextMessage[]> {
  const sent: Message.TextMessage[] = [];
  const askedIn = ctx.chat?.type !== 'private' && ctx.message !== undefined ? ctx.message.message_id : undefined;
  for (const [i, text] of messages.entries()) {
    const last = i === messages.length - 1;
    sent.push(
      await ctx.reply(text, {
        parse_mode: 'HTML',
        link_preview_options: { is_disabled: true },
        ...(last && keyboard !== undefined ? { reply_markup: keyboard } : {}),
        ...(i === 0 && askedIn !== undefined ? { reply_parameters: { message_id: askedIn, allow_sending_without_reply: true } } : {}),
      }),
    );
  }
  return sent;
}
