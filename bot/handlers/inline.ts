import { Composer } from 'grammy';
import { checkQuestion } from '../../retrieval/index.js';
import type { BotContext } from '../app/context.js';
import { inlineArticle } from '../format/inlineArticle.js';
import type { BotServices } from '../app/services.js';

/** Quotes offered per inline query. */
export const INLINE_RESULTS = 10;
/** Seconds Telegram may cache an inline answer: modest, so a re-indexed corpus shows soon. */
export const INLINE_CACHE_SECONDS = 60;

/** Inline mode: `@bot keywords` in any chat offers up to INLINE_RESULTS cited quotes; an empty or wordless query gets a hint. */
export function inline(services: BotServices): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('inline_query', async (ctx) => {
    const t = ctx.t;
    const check = checkQuestion(ctx.inlineQuery.query);
    const hint = (text: string) => ({ cache_time: INLINE_CACHE_SECONDS, is_personal: true, button: { text, start_parameter: 'inline' } });
    if (!check.ok) return void (await ctx.answerInlineQuery([], hint(t.inline.hint)));
    try {
      const answer = await services.searcher.search(check.display, { topK: INLINE_RESULTS });
      // Result ids must be unique within one answer (Bot API), so a passage is offered once.
      const hits = answer.found ? answer.hits.filter((h, i, all) => all.findIndex((o) => o.passage.id === h.passage.id) === i).slice(0, INLINE_RESULTS) : [];
      services.logger.info('inline_answered', { hits: hits.length });
      if (hits.length === 0) return void (await ctx.answerInlineQuery([], hint(t.inline.nothing)));
      await ctx.answerInlineQuery(
        hits.map((h, i) => inlineArticle(h, i, t)),
        { cache_time: INLINE_CACHE_SECONDS, is_personal: true },
      );
    } catch (err) {
      services.logger.error('inline_failed', { err });
      await ctx.answerInlineQuery([], hint(t.errors.generic));
    }
  });
  return composer;
}
