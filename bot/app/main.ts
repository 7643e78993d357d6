// `npm start`: make the model and index ready, then run the Telegram bot, or the console front end without a token.
import { loadConfig, readEnvFile } from '../../config/index.js';
import { isAppError } from '../../errors/index.js';
import { ensureIndex, ensureModel, loadTransformersEmbedder, modelSources } from '../../index/index.js';
import { indexNoticeLine } from '../../prompts/index.js';
import { openSearcher } from '../../retrieval/index.js';
import { createLogger } from '../log/logger.js';
import { createReportIngest } from '../ingest/reportIngest.js';
import { startBot } from './startBot.js';
import { startConsole } from '../console/startConsole.js';

const SEEDS_DIR = 'seeds';
/** How long a stop (SIGTERM, SIGINT) lets an admin's running ingest finish before rolling it back; under systemd's 90 s stop timeout. */
const INGEST_STOP_GRACE_MS = 60_000;

async function main(): Promise<void> {
  const env = { ...readEnvFile(), ...process.env };
  const config = loadConfig(env);
  const logger = createLogger({ level: config.logLevel, secrets: [config.telegramBotToken, config.webhook?.secret] });
  const say = (line: string) => (config.telegramBotToken ? logger.info('startup', { step: line }) : process.stderr.write(`${line}\n`));

  await ensureModel(config.modelsDir, modelSources(config.paths), { log: say });
  const embedder = await loadTransformersEmbedder({ modelsDir: config.modelsDir });
  await ensureIndex(config.dataDir, SEEDS_DIR, embedder, (notice) => say(indexNoticeLine(notice)));
  const searcher = await openSearcher({ dataDir: config.dataDir, modelsDir: config.modelsDir, embedder });

  const ingest = createReportIngest({ dataDir: config.dataDir, modelsDir: config.modelsDir, fetch: config.fetch });
  if (!config.telegramBotToken) {
    const running = await startConsole(config, searcher, { remove: ingest.remove });
    await running.stopped;
    await ingest.close();
    searcher.close();
    return;
  }
  const onStopping = async () => {
    // The admin whose report was being added is told by its handler: the usual reply, or that it was rolled back.
    const outcome = await ingest.stop(INGEST_STOP_GRACE_MS);
    logger.info('ingest_on_stop', { outcome });
  };
  const running = await startBot(config, searcher, { logger, ingest: ingest.ingest, ingestLink: ingest.ingestLink, remove: ingest.remove, onStopping });
  await running.stopped;
  await ingest.close();
  searcher.close();
  // Everything is closed; should a library still hold the event loop open, do not hang a supervisor's stop.
  setTimeout(() => process.exit(), 5_000).unref();
}

main().catch((error: unknown) => {
  if (isAppError(error)) {
    process.stderr.write(`cannot start: ${error.message}\n`);
  } else {
    process.stderr.write(`cannot start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  }
  process.exitCode = 1;
});
