// Load benchmark of the Telegram front end (a script that prints figures, not a test):
// 50 simulated users send 200 questions at once through the loopback fake Bot API; every one must be answered.
// Uses the real searcher (./data, ./models) when it is built, else the fake searcher over seed passages;
// `--fake` forces the fake one, to measure the front end alone.
import { readFileSync } from 'node:fs';
import type { User } from 'grammy/types';
import { createLogger, openBotStore, startBot } from '../bot/index.js';
import { loadConfig } from '../config/index.js';
import { openSearcher, type Searcher } from '../retrieval/index.js';
import { startFakeBotApi } from '../test/fakeBotApi/fakeBotApi.js';
import { privateChat, TEST_TOKEN } from '../test/fakeBotApi/fixtures.js';
import { say, sentTo } from '../test/fakeBotApi/users.js';
import { createFakeSearcher } from '../test/support/fakeSearcher.js';

const USERS = 50;
const QUESTIONS = 200;
const TIMEOUT_MS = 10 * 60 * 1000;

/** Nearest-rank percentile of sorted values. */
const percentile = (sorted: number[], p: number): number => sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;

async function chooseSearcher(): Promise<{ searcher: Searcher; kind: string; close: () => void }> {
  if (process.argv.includes('--fake')) return { searcher: createFakeSearcher(), kind: 'fake searcher (seed passages, --fake)', close: () => undefined };
  try {
    const real = await openSearcher({ dataDir: './data', modelsDir: './models' });
    return { searcher: real, kind: 'real searcher (./data, ./models)', close: () => real.close() };
  } catch (err) {
    console.log(`note: the real searcher is not available (${(err as Error).message.split('\n')[0]}); using the fake searcher over seed passages`);
    return { searcher: createFakeSearcher(), kind: 'fake searcher (seed passages)', close: () => undefined };
  }
}

function questions(): string[] {
  return readFileSync('eval/dev.jsonl', 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { q: string }).q);
}

async function main(): Promise<void> {
  const { searcher, kind, close } = await chooseSearcher();
  const api = await startFakeBotApi();
  const handledAt = new Map<number, number>();
  let allHandled: () => void = () => undefined;
  const done = new Promise<void>((resolve, reject) => {
    allHandled = resolve;
    setTimeout(() => reject(new Error(`only ${handledAt.size} of ${QUESTIONS} questions answered in ${TIMEOUT_MS / 1000} s`)), TIMEOUT_MS).unref();
  });
  // The bot logs "update" once it has finished with one (its last message sent): that is the time to reply.
  const logger = createLogger({
    level: 'info',
    write: (line) => {
      const entry = JSON.parse(line) as { event?: string; updateId?: number; level?: string };
      if (entry.event === 'update' && entry.updateId !== undefined) {
        handledAt.set(entry.updateId, performance.now());
        if (handledAt.size >= QUESTIONS) allHandled();
      } else if (entry.level === 'error' || entry.level === 'warn') process.stderr.write(line + '\n');
    },
  });
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url });
  const running = await startBot(config, searcher, { store: openBotStore(':memory:'), logger, handleSignals: false });

  const pool = questions();
  const users: User[] = Array.from({ length: USERS }, (_, i) => ({ id: 50_000 + i, is_bot: false, first_name: `用户${i}`, language_code: 'zh' }));
  const sentAt = new Map<number, number>();
  const started = performance.now();
  for (let i = 0; i < QUESTIONS; i++) {
    const user = users[i % USERS] as User;
    const update = say(api, privateChat(user), user, pool[i % pool.length] as string);
    if (update !== undefined) sentAt.set(update.update_id, performance.now());
  }
  await done;
  const wallMs = performance.now() - started;

  const latencies = [...sentAt].map(([id, at]) => (handledAt.get(id) ?? NaN) - at).sort((a, b) => a - b);
  const unanswered = users.filter((u) => sentTo(api, u.id).length < QUESTIONS / USERS).length;
  console.log(`searcher:           ${kind}`);
  console.log(`users × questions:  ${USERS} users, ${QUESTIONS} questions sent at once`);
  console.log(`answered:           ${handledAt.size}/${QUESTIONS} (users with a missing answer: ${unanswered}); messages sent: ${api.state.messages.length}; refused by the fake API: ${api.rejected.length}`);
  console.log(`wall time:          ${(wallMs / 1000).toFixed(2)} s (${(QUESTIONS / (wallMs / 1000)).toFixed(1)} questions/s)`);
  console.log(`time to reply:      p50 ${percentile(latencies, 0.5).toFixed(0)} ms · p95 ${percentile(latencies, 0.95).toFixed(0)} ms · max ${percentile(latencies, 1).toFixed(0)} ms`);

  await running.stop();
  await api.close();
  close();
  if (unanswered > 0 || api.rejected.length > 0) process.exitCode = 1;
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
