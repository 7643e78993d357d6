import type { Filter } from 'grammy';
import type { BotContext } from '../app/context.js';
import { ingestErrorReply } from '../format/errorReply.js';
import { downloadFile } from './downloadFile.js';
import { ocrNotice } from '../ingest/ocrNotice.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';

/**
 * A document sent to the bot: the seam for adding reports from the chat. Admins' files go to `services.ingest`
 * when present ("not available" otherwise); everyone else is told it is for admins.
 */
export async function receiveDocument(ctx: Filter<BotContext, 'message:document'>, services: BotServices): Promise<void> {
  const t = ctx.t;
  const userId = ctx.from?.id;
  if (userId === undefined || !services.config.adminUserIds.includes(userId)) return void (await sendHtml(ctx, [t.ingest.adminsOnly]));
  const ingest = services.ingest;
  if (ingest === undefined) return void (await sendHtml(ctx, [t.ingest.unavailable]));
  const doc = ctx.message.document;
  const fileName = doc.file_name ?? doc.file_id;
  await sendHtml(ctx, [t.ingest.received(fileName)]);
  const notice = ocrNotice(ctx, services);
  try {
    const result = await ingest({
      fileName,
      mimeType: doc.mime_type,
      sizeBytes: doc.file_size,
      userId,
      caption: ctx.message.caption,
      onOcrProgress: notice.onProgress,
      download: async (maxBytes) => downloadFile((await ctx.getFile()).file_path ?? '', { apiRoot: services.config.telegramApiRoot, token: ctx.api.token, maxBytes, fileName }),
    });
    services.logger.info('ingested', { userId, passages: result.passageCount });
    await notice.settled();
    await sendHtml(ctx, [t.ingest.done(result)]);
  } catch (err) {
    services.logger.error('ingest_failed', { err });
    await notice.settled();
    await sendHtml(ctx, [ingestErrorReply(err, t)]);
  }
}
