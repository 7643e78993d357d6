import type { Message, MessageEntity } from 'grammy/types';
import type { BotContext } from '../app/context.js';
import { ingestErrorReply } from '../format/errorReply.js';
import { ocrNotice } from '../ingest/ocrNotice.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';

/** The first http(s) link of a message (a `url` entity, or a `text_link`'s target) and the text around it. */
export function linkOf(message: Pick<Message.TextMessage, 'text' | 'entities'>): { url: string; rest: string } | undefined {
  const entity = message.entities?.find((e): e is MessageEntity.TextLinkMessageEntity | MessageEntity.CommonMessageEntity => e.type === 'url' || e.type === 'text_link');
  if (!entity) return undefined;
  // Entity offsets count UTF-16 code units, as JavaScript strings do (Bot API, MessageEntity).
  const shown = message.text.slice(entity.offset, entity.offset + entity.length);
  const url = entity.type === 'text_link' ? entity.url : /^https?:\/\//i.test(shown) ? shown : `http://${shown}`;
  if (!/^https?:\/\//i.test(url)) return undefined;
  return { url, rest: (message.text.slice(0, entity.offset) + ' ' + message.text.slice(entity.offset + entity.length)).trim() };
}

/**
 * A link an admin sent in a private chat: the report it leads to is fetched and added (the rest of the message
 * is read as a caption: metadata, 替换), and the admin told the result or why not, as for a document.
 */
export async function receiveLink(ctx: BotContext, link: { url: string; rest: string }, services: BotServices): Promise<void> {
  const ingestLink = services.ingestLink;
  const userId = ctx.from?.id;
  if (ingestLink === undefined || userId === undefined) return;
  await sendHtml(ctx, [ctx.t.ingest.receivedLink(link.url)]);
  const notice = ocrNotice(ctx, services);
  try {
    const result = await ingestLink({ url: link.url, userId, caption: link.rest || undefined, onOcrProgress: notice.onProgress });
    services.logger.info('ingested_link', { userId, passages: result.passageCount });
    await notice.settled();
    await sendHtml(ctx, [ctx.t.ingest.done(result)]);
  } catch (err) {
    services.logger.error('ingest_link_failed', { err });
    await notice.settled();
    await sendHtml(ctx, [ingestErrorReply(err, ctx.t)]);
  }
}
