import type { Message } from 'grammy/types';
import { previousQuestion, resolveFollowUp, type QuestionAnalysis } from '../../retrieval/index.js';
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

/**
 * The question to search for `query`: itself, or, when it has no topic of its own (那石狮呢, 2023年的呢, 还有别的地方吗),
 * read with the conversation's previous question. Without one, the user is asked for the topic and undefined returned.
 */
export async function understandQuestion(ctx: BotContext, query: string, services: BotServices): Promise<string | undefined> {
  let analysis: ReturnType<BotServices['searcher']['analyze']>;
  try {
    analysis = services.searcher.analyze(query);
  } catch (err) {
    services.logger.warn('analyze_failed', { err });
    return query; // the search reports the failure
  }
  if ('problem' in analysis || !analysis.topicless) return query;
  const key = conversationKey(ctx);
  const previous = key === undefined ? undefined : services.conversations.get(key);
  const resolved = previous === undefined ? undefined : resolveFollowUp(analysis, previous);
  if (resolved !== undefined) {
    services.logger.info('follow_up', { chatType: ctx.chat?.type });
    return resolved;
  }
  await sendHtml(ctx, [ctx.t.askTopic(analysis.display)]);
  return undefined;
}

/** Remembers an answered question for the follow-ups of its conversation: the chat, or the threads of the messages sent. */
export function rememberQuestion(ctx: BotContext, question: QuestionAnalysis, sent: readonly Message[], services: BotServices): void {
  const chat = ctx.chat;
  if (chat === undefined) return;
  const keys = chat.type === 'private' ? [String(chat.id)] : sent.map((m) => `${chat.id}:${m.message_id}`);
  const previous = previousQuestion(question);
  try {
    for (const key of keys) services.conversations.set(key, previous);
  } catch (err) {
    services.logger.error('store_failed', { err });
  }
}
