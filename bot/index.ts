// Public surface of the front ends: Telegram (polling or webhook) and the console, over the same handlers.
export { startBot, ALLOWED_UPDATES } from './app/startBot.js';
export type { BotDeps, RunningBot } from './app/startBot.js';
export { startConsole, CONSOLE_BOT_INFO } from './console/startConsole.js';
export type { ConsoleIo, RunningConsole } from './console/startConsole.js';
export { createBot } from './app/createBot.js';
export type { CreateBotOptions } from './app/createBot.js';
export { buildServices } from './app/buildServices.js';
export type { ServiceParts } from './app/buildServices.js';
export type { BotContext } from './app/context.js';
export type { BotServices, Ingest, IngestRequest } from './app/services.js';
export { openBotStore } from './state/botStore.js';
export type { BotStore } from './state/botStore.js';
export { createLogger, silentLogger } from './log/logger.js';
export type { Logger } from './log/logger.js';
export { createReportIngest } from './ingest/reportIngest.js';
export type { ReportIngest, ReportIngestOptions } from './ingest/reportIngest.js';
/** A comparison as the pages the bot sends (bench:compare times it with the rendering). */
export { renderComparison } from './format/renderComparison.js';
