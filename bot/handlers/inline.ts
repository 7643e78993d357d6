import { Composer } from 'grammy';
import type { InlineQueryResultArticle } from 'grammy/types';
import type { Messages } from '../../prompts/index.js';
import type { Hit } from '../../retrieval/index.js';
import type { BotContext } from '../app/context.js';
import { MESSAGE_BUDGET_CHARS } from '../format/packMessages.js';
import { renderHit } from '../format/renderHit.js';
import { splitHtml } from '../format/splitHtml.js';
import { telegramLength } from '../format/htmlTokens.js';
import type { BotServices } from '../app/services.js';
import { validateQuestion } from './validateQuestion.js';

/** Quotes offered per inline query. */
export const INLINE_RESULTS = 10;
/** Seconds Telegram may cache an inline answer: modest, so a re-indexed corpus shows soon. */
export const INLINE_CACHE_SECONDS = 60;
/** Characters of the quote shown under each result's title. */
const DESCRIPTION_CHARS = 100;
/** Bot API: InlineQueryResult id is 1-64 bytes. */
const MAX_RESULT_ID_BYTES = 64;

/** One hit as an inline result: the report as title, the quote's start as description, the cited quote as the message. */
export function inlineArticle(hit: Hit, index: number, t: Messages): InlineQueryResultArticle {
  let html = renderHit(hit, t);
  if (telegramLength(html) > MESSAGE_BUDGET_CHARS) html = `${splitHtml(html, MESSAGE_BUDGET_CHARS - 2)[0] ?? ''}……`;
  const id = Buffer.byteLength(hit.passage.id) <= MAX_RESULT_ID_BYTES ? hit.passage.id : `r${index}`;
  const year = hit.report.year === null ? '' : ` ${t.year(hit.report.year)}`;
  return {
    type: 'article',
    id,
    title: `${hit.report.org}${year}`,
    description: hit.quote.text.slice(0, DESCRIPTION_CHARS),
    input_message_content: { message_text: html, parse_mode: 'HTML', link_preview_options: { is_disabled: true } },
  };
}

/** Inline mode: `@bot keywords` in any chat offers up to INLINE_RESULTS cited quotes; an empty or wordless query gets a hint. */
export function inline(services: BotServices): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('inline_query', async (ctx) => {
    const t = ctx.t;
    const check = validateQuestion(ctx.inlineQuery.query);
    const hint = (text: string) => ({ cache_time: INLINE_CACHE_SECONDS, is_personal: true, button: { text, start_parameter: 'inline' } });
    if (!check.ok) return void (await ctx.answerInlineQuery([], hint(t.inline.hint)));
    try {
      const answer = await services.searcher.search(check.query, { topK: INLINE_RESULTS });
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
