import { Composer } from 'grammy';
import { EXAMPLE_QUESTIONS, type ReportLine } from '../../prompts/index.js';
import type { BotContext } from '../app/context.js';
import { errorReply } from '../format/errorReply.js';
import { renderDocs } from '../format/renderDocs.js';
import { examplesKeyboard } from '../format/keyboards.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { answerQuestion, SHARE_PREFIX } from './answerQuestion.js';
import { compareTopic } from './compareTopic.js';

/** The indexed reports as the help text lists them; a failing searcher lists none rather than failing /help. */
function reportLines(services: BotServices): ReportLine[] {
  try {
    return services.searcher.reports().map((r) => ({ ...r.meta, passageCount: r.passageCount }));
  } catch (err) {
    services.logger.error('reports_failed', { err });
    return [];
  }
}

/** /start, /help, /ask, /compare, /docs, and for admins /stats and /remove (also as /cmd@botname in groups). */
export function commands(services: BotServices): Composer<BotContext> {
  const composer = new Composer<BotContext>();

  // A shared-search link (t.me/bot?start=s_<key>) opens the search it shares.
  composer.command('start', async (ctx, next) => {
    if (!ctx.match.startsWith(SHARE_PREFIX)) return next();
    const query = services.shares.get(ctx.match.slice(SHARE_PREFIX.length));
    if (query === undefined) return void (await sendHtml(ctx, [ctx.t.shareExpired]));
    await answerQuestion(ctx, query, services);
  });

  composer.command(['start', 'help'], async (ctx) => {
    await sendHtml(ctx, [ctx.t.help(reportLines(services), ctx.me.username)], examplesKeyboard(EXAMPLE_QUESTIONS));
  });

  composer.command('ask', (ctx) => answerQuestion(ctx, ctx.match, services, ctx.t.askUsage));

  composer.command('compare', (ctx) => compareTopic(ctx, ctx.match, services));

  composer.command('docs', async (ctx) => {
    try {
      await sendHtml(ctx, renderDocs(services.searcher.reports(), ctx.t));
    } catch (err) {
      services.logger.error('reports_failed', { err });
      await sendHtml(ctx, [errorReply(err, ctx.t)]);
    }
  });

  composer.command('stats', async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined || !services.config.adminUserIds.includes(userId)) {
      await sendHtml(ctx, [ctx.t.notAdmin]);
      return;
    }
    await sendHtml(ctx, [ctx.t.stats(services.store.stats())]);
  });

  composer.command('remove', async (ctx) => {
    const userId = ctx.from?.id;
    if (userId === undefined || !services.config.adminUserIds.includes(userId)) return void (await sendHtml(ctx, [ctx.t.notAdmin]));
    if (!services.remove) return void (await sendHtml(ctx, [ctx.t.remove.unavailable]));
    const target = ctx.match.trim();
    if (!target) {
      const reports = services.searcher.reports().map((r) => ({ id: r.meta.id, org: r.meta.org, year: r.meta.year }));
      return void (await sendHtml(ctx, [ctx.t.remove.usage(reports)]));
    }
    const removed = await services.remove(target);
    services.logger.info('report_removed', { userId, reportId: removed?.id });
    await sendHtml(ctx, [removed ? ctx.t.remove.done(removed) : ctx.t.remove.notFound(target)]);
  });

  return composer;
}
