import { Composer } from 'grammy';
import { groupQuestion } from '../middleware/addressing.js';
import type { BotContext } from '../app/context.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { answerQuestion } from './answerQuestion.js';
import { receiveDocument } from './receiveDocument.js';
import { linkOf, receiveLink } from './receiveLink.js';

/**
 * Messages that are not commands: in a private chat text is a question; in a group (only addressed messages get
 * this far) the question is the text without the mention. Documents, and links from admins in a private chat, go to
 * the ingest seams; other media get a hint.
 */
export function messages(services: BotServices): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  composer.on('message:text', async (ctx) => {
    if (ctx.chat.type === 'private') {
      if (ctx.message.entities?.some((e) => e.type === 'bot_command' && e.offset === 0)) {
        await sendHtml(ctx, [ctx.t.unknownCommand]);
        return;
      }
      // An admin's link is a report to add, when adding by link is set up.
      const link = services.ingestLink && services.config.adminUserIds.includes(ctx.from.id) ? linkOf(ctx.message) : undefined;
      if (link) return receiveLink(ctx, link, services);
      // A mention of the bot in its own chat is not part of the question either.
      await answerQuestion(ctx, groupQuestion(ctx.message, ctx.me) ?? ctx.message.text, services);
      return;
    }
    const question = groupQuestion(ctx.message, ctx.me);
    if (question === undefined) {
      // A /cmd@thisbot the bot does not know.
      await sendHtml(ctx, [ctx.t.unknownCommand]);
      return;
    }
    await answerQuestion(ctx, question, services);
  });

  composer.on('message:document', (ctx) => receiveDocument(ctx, services));

  composer.on('message', async (ctx) => {
    await sendHtml(ctx, [ctx.t.textOnly]);
  });

  return composer;
}
