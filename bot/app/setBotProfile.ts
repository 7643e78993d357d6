import type { Bot } from 'grammy';
import { en, zh, type Messages } from '../../prompts/index.js';
import type { Logger } from '../log/logger.js';
import type { BotContext } from './context.js';

/** Each language's profile: Chinese is the default (no language_code), English for users whose Telegram is in English. */
const PROFILES: ReadonlyArray<{ t: Messages; languageCode: 'en' | undefined }> = [
  { t: zh, languageCode: undefined },
  { t: en, languageCode: 'en' },
];

/**
 * What Telegram shows before anyone talks to the bot, set at start-up in Chinese and English: the description
 * (an empty chat), the short description (profile, shared links) and the command menus per scope, admins'
 * private chats also listing /stats and /remove. Best effort: a failure is logged and the bot runs on.
 */
export async function setBotProfile(bot: Bot<BotContext>, adminUserIds: readonly number[], logger: Logger): Promise<void> {
  for (const { t, languageCode } of PROFILES) {
    const language = languageCode === undefined ? {} : { language_code: languageCode };
    try {
      await bot.api.setMyDescription(t.description, language);
      await bot.api.setMyShortDescription(t.shortDescription, language);
      await bot.api.setMyCommands(t.commands, { scope: { type: 'default' }, ...language });
      for (const chatId of adminUserIds) {
        await bot.api.setMyCommands([...t.commands, ...t.adminCommands], { scope: { type: 'chat', chat_id: chatId }, ...language });
      }
    } catch (err) {
      logger.warn('set_profile_failed', { err, language: languageCode ?? 'default' });
    }
  }
}
