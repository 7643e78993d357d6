import { Composer, InputFile, type Filter } from 'grammy';
import type { InlineKeyboardButton } from 'grammy/types';
import { truncateText } from '../../index/index.js';
import { EXAMPLE_QUESTIONS } from '../../prompts/index.js';
import { decodeCallback, type CallbackCommand } from '../state/callbackData.js';
import type { BotContext } from '../app/context.js';
import { renderContext } from '../format/renderContext.js';
import { originalKeyboard, resultKeyboard, type ShownResult } from '../format/keyboards.js';
import { sendHtml } from './sendHtml.js';
import type { BotServices } from '../app/services.js';
import { answerQuestion, sendAnswerPage } from './answerQuestion.js';
import { compareTopic, sendComparisonPart } from './compareTopic.js';
import { sendExport } from './sendExport.js';

type CallbackContext = Filter<BotContext, 'callback_query:data'>;
type Toast = (text?: string) => Promise<void>;

/** Runs one decoded button press. `toast` answers the callback query (best effort, never throws); call it before slow work. */
async function press(ctx: CallbackContext, command: CallbackCommand, services: BotServices, toast: Toast): Promise<void> {
  const t = ctx.t;
  if (command.action === 'ex') {
    const question = EXAMPLE_QUESTIONS[Number(command.arg)];
    if (question === undefined) return toast(t.toast.expired);
    await toast();
    return answerQuestion(ctx, question, services);
  }
  if (command.action === 'sg') {
    const question = services.spellings.get(command.key)?.[Number(command.arg)];
    if (question === undefined) return toast(t.toast.expired);
    await toast();
    return answerQuestion(ctx, question, services);
  }
  const shown = services.results.get(command.key);
  if (shown === undefined) return toast(t.toast.expired);
  switch (command.action) {
    case 'more': {
      if (!shown.hasMore) return toast(t.toast.noMore);
      // A further page is another search: it counts against the same per-user limit as a question.
      const decision = services.limiter.take(ctx.from.id);
      if (!decision.allowed) return toast(t.rateLimited(Math.max(1, Math.ceil(decision.retryInMs / 1000))));
      // Retired before the work, so a second press (a double tap, an old message) cannot send the same page again.
      const retired: ShownResult = { ...shown, hasMore: false };
      services.results.replace(command.key, retired);
      await toast();
      // The button leaves the message it was under (best effort: a message too old is not edited, and that is all).
      const link = ctx.callbackQuery.message?.reply_markup?.inline_keyboard.flat().find((b): b is InlineKeyboardButton.UrlButton => 'url' in b);
      const shareUrl = link?.url;
      await ctx
        .editMessageReplyMarkup({ reply_markup: resultKeyboard(command.key, retired, t, { compare: true, ...(shareUrl ? { shareUrl } : {}) }) })
        .catch((err: unknown) => services.logger.warn('edit_markup_failed', { err }));
      // Further pages continue the recorded question: they are not counted as new questions.
      const startedAt = services.clock();
      return sendAnswerPage(ctx, shown.query, services, { offset: shown.nextOffset, questionId: shown.questionId, startedAt, ...(shown.filter ? { filter: shown.filter } : {}) });
    }
    case 'flt': {
      const choice = shown.choices?.[Number(command.arg)];
      if (choice === undefined) return toast(t.toast.expired);
      // A filtered answer is another search: it counts against the same per-user limit as a question.
      const decision = services.limiter.take(ctx.from.id);
      if (!decision.allowed) return toast(t.rateLimited(Math.max(1, Math.ceil(decision.retryInMs / 1000))));
      // The filter pressed is named in the acknowledgement, so the narrowed answer that follows is not mistaken for the first.
      await toast(t.filterButton(choice));
      if (shown.comparison) return compareTopic(ctx, shown.query, services, choice.filter);
      return sendAnswerPage(ctx, shown.query, services, { offset: 0, questionId: undefined, startedAt: services.clock(), filter: choice.filter });
    }
    case 'exp': {
      await toast();
      const sent = await sendExport(ctx, shown, command.arg === 'w' ? 'docx' : 'xlsx', services);
      if (!sent) await sendHtml(ctx, [t.toast.contextMissing]);
      return;
    }
    case 'cpg':
    case 'sil':
      if (!shown.comparison) return toast(t.toast.expired);
      await toast();
      return sendComparisonPart(ctx, command.key, shown, command.action === 'sil' ? 'silent' : Number(command.arg), services);
    case 'ctx': {
      const passageId = shown.passageIds[Number(command.arg)];
      const context = passageId === undefined ? undefined : services.searcher.context(passageId);
      if (context === undefined) return toast(t.toast.contextMissing);
      await toast();
      // The report as it was added (a kept copy, or the web address it was fetched from): a 原文 button under the context.
      const hasSource = context.report.sourceUrl !== undefined || services.searcher.original?.(context.report.id) !== undefined;
      const original = hasSource ? originalKeyboard(command.key, Number(command.arg), t) : undefined;
      await sendHtml(ctx, renderContext(context, t), original);
      return;
    }
    case 'src': {
      const passageId = shown.passageIds[Number(command.arg)];
      const context = passageId === undefined ? undefined : services.searcher.context(passageId);
      const original = context && services.searcher.original?.(context.report.id);
      const url = context?.report.sourceUrl;
      if (!context || (!original && url === undefined)) return toast(t.toast.contextMissing);
      await toast();
      const caption = t.original({ org: context.report.org, title: context.report.title, ...(url === undefined ? {} : { url }) });
      // The file as it was added, captioned with its web address when it came from a page; else the address alone.
      if (original) await ctx.replyWithDocument(new InputFile(original.bytes, original.fileName), { caption, parse_mode: 'HTML' });
      else await sendHtml(ctx, [caption]);
      return;
    }
    case 'cmp':
      await toast();
      return compareTopic(ctx, shown.query, services, shown.filter);
    case 'fb': {
      if (shown.questionId !== undefined) {
        const feedback = { questionId: shown.questionId, userId: ctx.from.id, helpful: command.arg === 'u', query: shown.query, passageIds: shown.passageIds };
        try {
          services.store.recordFeedback(feedback);
          services.logger.info('feedback', { questionId: shown.questionId, helpful: feedback.helpful });
        } catch (err) {
          services.logger.error('store_failed', { err });
        }
      }
      return toast(t.toast.thanks);
    }
  }
}

/** Bot API answerCallbackQuery: a toast is 0-200 characters. */
const MAX_TOAST_CHARS = 200;

/**
 * Button presses. Every callback query is answered exactly once, stale or unknown ones with "expired", and
 * even when handling fails, so the user's button never keeps spinning. Answering is best effort: Telegram
 * refuses an answer after about 15 seconds (a press that waited, a restart), and the work is done all the same.
 */
export function callbacks(services: BotServices): Composer<BotContext> {
  const composer = new Composer<BotContext>();
  composer.on('callback_query:data', async (ctx) => {
    let answered = false;
    const toast: Toast = async (text) => {
      if (answered) return;
      answered = true;
      try {
        await ctx.answerCallbackQuery(text === undefined ? undefined : { text: truncateText(text, MAX_TOAST_CHARS, '…') });
      } catch (err) {
        services.logger.warn('callback_answer_failed', { err });
      }
    };
    try {
      const command = decodeCallback(ctx.callbackQuery.data);
      if (command === undefined) return await toast(ctx.t.toast.expired);
      await press(ctx, command, services, toast);
    } finally {
      if (!answered) await toast();
    }
  });
  // Buttons without data (games) are not the bot's, but still answered.
  composer.on('callback_query', (ctx) => ctx.answerCallbackQuery());
  return composer;
}
