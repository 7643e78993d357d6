import type { Message } from 'grammy/types';
import { rememberedQuestion, reportsShownBefore, resolveFollowUp, type QuestionAnalysis, type ReportFilter } from '../../retrieval/index.js';
import type { BotContext } from '../app/context.js';
import type { BotServices } from '../app/services.js';
import { sendHtml } from './sendHtml.js';

/**
 * Where a follow-up is read with the previous question: a private chat as a whole, or in a group the thread of a
 * reply to one of the bot's answers (chat:message). Undefined elsewhere (a group message that replies to nothing).
 */
export function conversationKey(ctx: BotContext): string | undefined {
  const chat = ctx.chat;
  if (chat === undefined) return undefined;
  if (chat.type === 'private') return String(chat.id);
  const replied = ctx.message?.reply_to_message;
  return replied?.from?.id === ctx.me.id ? `${chat.id}:${replied.message_id}` : undefined;
}

/** A question as it is to be searched: its words, and the reports a follow-up leaves out (还有别的地方吗). */
export interface UnderstoodQuestion {
  query: string;
  filter?: ReportFilter;
}

/**
 * The question to search for `query`: itself, or, when it has no topic of its own (那石狮呢, 2023年的呢, 还有别的地方吗),
 * read with the conversation's previous question; 还有别的地方吗 also leaves out the reports already quoted on the
 * topic. Without a previous question, the user is asked for the topic and undefined returned.
 */
export async function understandQuestion(ctx: BotContext, query: string, services: BotServices): Promise<UnderstoodQuestion | undefined> {
  let analysis: ReturnType<BotServices['searcher']['analyze']>;
  try {
    analysis = services.searcher.analyze(query);
  } catch (err) {
    services.logger.warn('analyze_failed', { err });
    return { query }; // the search reports the failure
  }
  if ('problem' in analysis || !analysis.topicless) return { query };
  const key = conversationKey(ctx);
  const previous = key === undefined ? undefined : services.conversations.get(key);
  const resolved = previous === undefined ? undefined : resolveFollowUp(analysis, previous);
  if (resolved !== undefined) {
    services.logger.info('follow_up', { chatType: ctx.chat?.type });
    const shown = reportsShownBefore(analysis, previous!);
    return shown.length > 0 ? { query: resolved, filter: { excludeReports: shown } } : { query: resolved };
  }
  await sendHtml(ctx, [ctx.t.askTopic(analysis.display)]);
  return undefined;
}

/**
 * Remembers an answered question for the follow-ups of its conversation (the chat, or the threads of the messages
 * sent), with the reports quoted so far on it: `shownReports`, those left out before included.
 */
export function rememberQuestion(ctx: BotContext, question: QuestionAnalysis, sent: readonly Message[], services: BotServices, shownReports: readonly string[] = []): void {
  const chat = ctx.chat;
  if (chat === undefined) return;
  const keys = chat.type === 'private' ? [String(chat.id)] : sent.map((m) => `${chat.id}:${m.message_id}`);
  try {
    for (const key of keys) services.conversations.set(key, rememberedQuestion(question, shownReports, services.conversations.get(key)));
  } catch (err) {
    services.logger.error('store_failed', { err });
  }
}
