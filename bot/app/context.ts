import type { Context } from 'grammy';
import type { Messages } from '../../prompts/index.js';

/** grammY's context plus the user's interface language, set by the language middleware before any handler. */
export type BotContext = Context & { t: Messages };
