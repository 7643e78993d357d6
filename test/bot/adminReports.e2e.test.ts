import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { createReportIngest } from '../../bot/ingest/reportIngest.js';
import type { ReportIngest } from '../../bot/ingest/reportIngest.js';
import { indexPaths, MODEL_ID, PassageStore } from '../../index/index.js';
import { MODEL_DIM } from '../../index/embedding/model/index.js';
import { openSearcher } from '../../retrieval/index.js';
import type { OpenSearcher } from '../../retrieval/index.js';
import { ADMIN, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { say, sendDocument, sentTo } from '../fakeBotApi/users.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

// The real pipeline end to end: a document sent to the bot through the fake Bot API is downloaded through
// the configured API root, read, embedded on a worker thread, indexed, and then answers questions.
let tb: TestBot;
let reports: ReportIngest;
let searcher: OpenSearcher;
beforeAll(async () => {
  const dataDir = mkdtempSync(join(tmpdir(), 'bot-ingest-'));
  PassageStore.open(indexPaths(dataDir).db, { modelId: MODEL_ID, dim: MODEL_DIM }, { create: true }).close();
  searcher = await openSearcher({ dataDir, modelsDir: inject('modelsDir') });
  reports = createReportIngest({ dataDir, modelsDir: inject('modelsDir') });
  tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, searcher, ingest: reports.ingest, remove: reports.remove });
});
afterAll(async () => {
  expect(tb.api.rejected).toEqual([]);
  await tb.stop();
  await reports.close();
  searcher.close();
});

const docx = readFileSync('test/fixtures/formats/gaoxinqu.docx');

async function exchange(from: typeof ADMIN, send: () => ReturnType<typeof say>): Promise<string[]> {
  const chat = privateChat(from);
  const before = sentTo(tb.api, chat.id).length;
  await tb.handled(send(), 60_000);
  return sentTo(tb.api, chat.id).slice(before).map((m) => m.text ?? '');
}

describe('reports added and removed by admins in the chat', () => {
  it('refuses a document from someone who is not an admin, and indexes nothing', async () => {
    const replies = await exchange(ZHANG, () => sendDocument(tb.api, privateChat(ZHANG), ZHANG, 'gaoxinqu.docx', docx));
    expect(replies).toEqual(['只有管理员可以上传报告。']);
    expect(searcher.reports()).toEqual([]);
  });

  it('indexes an admin\'s document, which then answers questions', async () => {
    const replies = await exchange(ADMIN, () => sendDocument(tb.api, privateChat(ADMIN), ADMIN, 'gaoxinqu.docx', docx));
    expect(replies.at(-1)).toMatch(/^已收录「福州高新技术产业开发区管理委员会2023年度法治政府建设情况报告」（福州高新技术产业开发区管理委员会，2023年），共 \d+ 段。$/);
    const answer = await exchange(ADMIN, () => say(tb.api, privateChat(ADMIN), ADMIN, '高新区怎么组织学法专题讲座'));
    expect(answer.join('\n')).toContain('学法专题讲座');
  });

  it('says why the same document sent again was not indexed', async () => {
    const replies = await exchange(ADMIN, () => sendDocument(tb.api, privateChat(ADMIN), ADMIN, 'gaoxinqu.docx', docx));
    expect(replies.at(-1)).toMatch(/^未能收录：这份文件已经收录过了，未作改动。\n.*already indexed/s);
    expect(searcher.reports()).toHaveLength(1);
  });

  it('keeps answering questions while a large report is being embedded', async () => {
    const paragraphs = readFileSync('seeds/licheng-2024.txt', 'utf8').split('\n').filter((l) => l.includes('。'));
    const large = ['某市人民政府关于2024年法治政府建设情况的报告', ''];
    for (let part = 1; part <= 10; part++) for (const [i, p] of paragraphs.entries()) large.push(p.trim().replace(/。/g, `（${part}-${i}）。`), '');
    const upload = tb.handled(sendDocument(tb.api, privateChat(ADMIN), ADMIN, 'large.txt', new TextEncoder().encode(large.join('\n'))), 120_000);
    await new Promise((resolve) => setTimeout(resolve, 1500)); // the worker is embedding by now
    const asked = Date.now();
    const answer = await exchange(ZHANG, () => say(tb.api, privateChat(ZHANG), ZHANG, '高新区怎么组织学法专题讲座'));
    const answeredMs = Date.now() - asked;
    const stillIngesting = !sentTo(tb.api, privateChat(ADMIN).id).some((m) => m.text?.includes('某市人民政府'));
    expect(answer.join('')).toContain('学法专题讲座');
    expect(stillIngesting, `answered in ${answeredMs} ms, after the ingest had finished`).toBe(true);
    await upload;
    expect(searcher.reports().some((r) => r.meta.org === '某市人民政府')).toBe(true);
  });

  it('lets an admin list and remove reports, and no one else', async () => {
    expect(await exchange(ZHANG, () => say(tb.api, privateChat(ZHANG), ZHANG, '/remove x'))).toHaveLength(1);
    expect(searcher.reports()).toHaveLength(2);
    const id = searcher.reports().find((r) => r.meta.org.startsWith('福州高新'))!.meta.id;
    expect((await exchange(ADMIN, () => say(tb.api, privateChat(ADMIN), ADMIN, '/remove'))).join('')).toContain(id);
    expect(await exchange(ADMIN, () => say(tb.api, privateChat(ADMIN), ADMIN, `/remove ${id}`))).toEqual([
      '已移除「福州高新技术产业开发区管理委员会2023年度法治政府建设情况报告」（福州高新技术产业开发区管理委员会）。',
    ]);
    expect(searcher.reports().map((r) => r.meta.org)).toEqual(['某市人民政府']);
  });
});
