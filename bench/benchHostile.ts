// `npm run bench:hostile` (a script that prints figures, not a test): an admin sends the hostile files of
// issue 13 to the bot, one after another, through the loopback fake Bot API (with Telegram's send limits
// simulated), while another user asks a question every 200 ms and 50 strangers flood the bot. Prints each
// file's outcome and time to refusal, the other user's answer latency meanwhile, and the process's peak RSS.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import type { User } from 'grammy/types';
import { createLogger, createReportIngest, openBotStore, startBot } from '../bot/index.js';
import { loadConfig } from '../config/index.js';
import { indexPaths, MODEL_DIM, MODEL_ID, PassageStore } from '../index/index.js';
import { startFakeBotApi } from '../test/fakeBotApi/fakeBotApi.js';
import { ADMIN, privateChat, TEST_TOKEN, ZHANG } from '../test/fakeBotApi/fixtures.js';
import { say, sendDocument, sentTo } from '../test/fakeBotApi/users.js';
import { createFakeSearcher } from '../test/support/fakeSearcher.js';
import { hostileFiles } from './hostileFiles.js';

const MiB = 1024 * 1024;
const percentile = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.max(0, Math.ceil(p * sorted.length) - 1)] ?? NaN;
};

async function main(): Promise<void> {
  const files = await hostileFiles();
  const api = await startFakeBotApi({ sendLimits: { perSecond: 30, groupPerMinute: 20 } });
  const handledAt = new Map<number, number>();
  const logger = createLogger({
    level: 'info',
    write: (line) => {
      const entry = JSON.parse(line) as { event?: string; updateId?: number };
      if (entry.event === 'update' && entry.updateId !== undefined) handledAt.set(entry.updateId, performance.now());
    },
  });
  const dataDir = mkdtempSync(join(tmpdir(), 'bench-hostile-'));
  PassageStore.open(indexPaths(dataDir).db, { modelId: MODEL_ID, dim: MODEL_DIM }, { create: true }).close();
  const reports = createReportIngest({ dataDir, modelsDir: process.env.MODELS_DIR ?? 'models' });
  const config = loadConfig({ TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, ADMIN_USER_IDS: String(ADMIN.id), ALLOWED_USER_IDS: String(ZHANG.id), RATE_LIMIT_PER_MINUTE: '1000' });
  const running = await startBot(config, createFakeSearcher(), { store: openBotStore(':memory:'), logger, handleSignals: false, ingest: reports.ingest });
  const waitHandled = async (updateId: number | undefined): Promise<number> => {
    while (updateId === undefined || !handledAt.has(updateId)) await new Promise((r) => setTimeout(r, 5));
    return handledAt.get(updateId)!;
  };

  // The other user asks every 200 ms for the whole run; their answer latency is the time from send to handled.
  const latencies: number[] = [];
  let asking = true;
  const asker = (async () => {
    while (asking) {
      const update = say(api, privateChat(ZHANG), ZHANG, '行政复议');
      const sent = performance.now();
      latencies.push((await waitHandled(update?.update_id)) - sent);
      await new Promise((r) => setTimeout(r, 200));
    }
  })();
  // The asker shares this thread with the bot, so a blocked thread would also delay its sending: the event loop's
  // delay is measured too, and is what any user would wait on top of an answer.
  const loopDelay = monitorEventLoopDelay({ resolution: 10 });
  loopDelay.enable();
  let peakRss = 0;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 10);

  console.log('file                                             outcome                         time to outcome  peak RSS (rise)');
  const baselineRss = process.memoryUsage().rss;
  for (const file of files) {
    const before = process.memoryUsage().rss;
    peakRss = before;
    const started = performance.now();
    const update = sendDocument(api, privateChat(ADMIN), ADMIN, file.name, file.bytes);
    const doneAt = await waitHandled(update.update_id);
    const reply = sentTo(api, ADMIN.id).at(-1)?.text?.split('\n') ?? [];
    const outcome = (reply[0] ?? '').slice(0, 30);
    console.log(`${`${file.name} (${file.what})`.padEnd(48)} ${outcome.padEnd(30)} ${((doneAt - started) / 1000).toFixed(2).padStart(8)} s ${`${Math.round(peakRss / MiB)} MB (+${Math.round((peakRss - before) / MiB)})`.padStart(16)}`);
    if (reply[1]) console.log(`    ${reply[1].replace(/<\/?i>/g, '')}`);
  }

  // A flood of strangers while the other user keeps asking.
  const strangers: User[] = Array.from({ length: 50 }, (_, i) => ({ id: 90_000 + i, is_bot: false, first_name: `s${i}` }));
  const filesLoopMaxMs = loopDelay.max / 1e6;
  const filesLoopP99Ms = loopDelay.percentile(99) / 1e6;
  loopDelay.reset();
  const floodStart = latencies.length;
  const flood = strangers.flatMap((s) => Array.from({ length: 10 }, () => say(api, privateChat(s), s, '你好')?.update_id));
  for (const id of flood) await waitHandled(id);
  await new Promise((r) => setTimeout(r, 1_000));
  const floodLatencies = latencies.slice(floodStart);
  asking = false;
  await asker;
  clearInterval(sampler);

  console.log('');
  console.log(`other user's answers during the hostile files: ${floodStart} · p50 ${percentile(latencies.slice(0, floodStart), 0.5).toFixed(0)} ms · p95 ${percentile(latencies.slice(0, floodStart), 0.95).toFixed(0)} ms · max ${percentile(latencies.slice(0, floodStart), 1).toFixed(0)} ms`);
  console.log(`bot thread's event-loop delay during the hostile files: p99 ${filesLoopP99Ms.toFixed(0)} ms · max ${filesLoopMaxMs.toFixed(0)} ms`);
  console.log(`other user's answers during 50 strangers × 10 messages: ${floodLatencies.length} · p95 ${percentile(floodLatencies, 0.95).toFixed(0)} ms · max ${percentile(floodLatencies, 1).toFixed(0)} ms; replies to strangers: ${strangers.reduce((n, s) => n + sentTo(api, s.id).length, 0)}; 429s from the fake API: ${api.floodRefusals.length}`);
  console.log(`process RSS before the files: ${Math.round(baselineRss / MiB)} MB (bot and fake API; refused files never start the embedding model)`);

  await running.stop();
  await reports.close();
  await api.close();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
