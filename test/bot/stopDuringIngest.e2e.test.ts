import { spawn } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { createReportIngest } from '../../bot/ingest/reportIngest.js';
import { indexPaths, MODEL_ID, PassageStore } from '../../index/index.js';
import { MODEL_DIM } from '../../index/embedding/model/index.js';
import { startFakeBotApi } from '../fakeBotApi/fakeBotApi.js';
import { ADMIN, privateChat, TEST_TOKEN } from '../fakeBotApi/fixtures.js';
import { sendDocument, sentTo } from '../fakeBotApi/users.js';
import { startTestBot } from '../support/testBot.js';

// SIGTERM/SIGINT while an admin's report is being added: the bot stops taking updates, lets the ingest finish
// within its grace time or rolls it back, tells the admin which, and exits 0 (issue 13).

/** A report no index has seen, long enough to take many seconds to embed: seed paragraphs renumbered. */
function largeReport(parts: number): Uint8Array {
  const body = readFileSync('seeds/licheng-2024.txt', 'utf8').split('\n').filter((l) => l.includes('。')).map((l) => l.trim());
  const lines = ['某市人民政府关于2024年法治政府建设情况的报告', ''];
  for (let part = 1; part <= parts; part++) for (const [i, p] of body.entries()) lines.push(p.replace(/。/g, `（${part}-${i}）。`), '');
  return new TextEncoder().encode(lines.join('\n'));
}

const adminChat = privateChat(ADMIN);
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe('stopping during a long ingest', () => {
  it('rolls back an ingest that outlasts the grace time, tells the admin, and leaves the index as it was', async () => {
    const dataDir = mkdtempSync(join(tmpdir(), 'stop-rollback-'));
    PassageStore.open(indexPaths(dataDir).db, { modelId: MODEL_ID, dim: MODEL_DIM }, { create: true }).close();
    const reports = createReportIngest({ dataDir, modelsDir: inject('modelsDir') });
    let outcome: string | undefined;
    const tb = await startTestBot({
      env: { ADMIN_USER_IDS: String(ADMIN.id) },
      ingest: reports.ingest,
      onStopping: async () => void (outcome = await reports.stop(200)),
    });
    sendDocument(tb.api, adminChat, ADMIN, 'large.txt', largeReport(10));
    await tb.api.waitFor(() => sentTo(tb.api, adminChat.id)[0], 10_000, 'the receipt');
    await sleep(3_000); // reading done, embedding under way
    await tb.running.stop();
    expect(outcome).toBe('rolledBack');
    expect(sentTo(tb.api, adminChat.id).at(-1)?.text).toMatch(/^未能收录：机器人正在关闭，这份文件的收录已撤销，索引没有任何改动。/);
    await tb.stop();
    await reports.close();
    const store = PassageStore.open(indexPaths(dataDir).db, { modelId: MODEL_ID, dim: MODEL_DIM });
    expect(store.reports()).toEqual([]);
    store.close();
  });

  it('on SIGTERM lets the running ingest finish, tells the admin, and exits 0 (the real entry point)', async () => {
    const api = await startFakeBotApi();
    const dataDir = mkdtempSync(join(tmpdir(), 'stop-finish-'));
    copyFileSync(join(inject('seedIndexDir'), 'index.sqlite'), join(dataDir, 'index.sqlite'));
    // node itself (tsx as a loader, no wrapper process), as `npm start` runs the compiled bot.
    const child = spawn(process.execPath, ['--import', 'tsx', 'bot/app/main.ts'], {
      env: { ...process.env, TELEGRAM_BOT_TOKEN: TEST_TOKEN, TELEGRAM_API_ROOT: api.url, ADMIN_USER_IDS: String(ADMIN.id), DATA_DIR: dataDir, MODELS_DIR: inject('modelsDir'), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let log = '';
    child.stderr.on('data', (chunk: Buffer) => (log += chunk.toString()));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      await api.waitFor(() => api.calls.find((c) => c.method === 'deleteWebhook'), 90_000, 'the bot to start polling');
      sendDocument(api, adminChat, ADMIN, 'large.txt', largeReport(4));
      await api.waitFor(() => sentTo(api, adminChat.id)[0], 20_000, 'the receipt');
      await sleep(2_000);
      child.kill('SIGTERM');
      const signalledAt = Date.now();
      expect(await exited, log).toBe(0);
      console.log(`exited ${Date.now() - signalledAt} ms after SIGTERM`);
      expect(sentTo(api, adminChat.id).at(-1)?.text).toMatch(/^已收录「某市人民政府关于2024年法治政府建设情况的报告」/);
      expect(log).toContain('"outcome":"finished"');
    } finally {
      child.kill('SIGKILL');
      await api.close();
    }
  }, 240_000);
});
