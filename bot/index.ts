// Public surface of the front ends: Telegram (polling or webhook) and the console, over the same handlers.
export { startBot, ALLOWED_UPDATES } from './startBot.js';
export type { BotDeps, RunningBot } from './startBot.js';
export { startConsole, CONSOLE_BOT_INFO } from './startConsole.js';
export type { ConsoleIo, RunningConsole } from './startConsole.js';
export { createBot } from './createBot.js';
export type { CreateBotOptions } from './createBot.js';
export { buildServices } from './buildServices.js';
export type { ServiceParts } from './buildServices.js';
export type { BotContext } from './context.js';
export type { BotServices, Ingest, IngestRequest, IngestResult } from './services.js';
export { openBotStore } from './botStore.js';
export type { BotStore } from './botStore.js';
export { createLogger, silentLogger } from './logger.js';
export type { Logger } from './logger.js';
