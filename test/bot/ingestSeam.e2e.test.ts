import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { IngestRequest } from '../../bot/app/services.js';
import { AppError } from '../../errors/index.js';
import { ADMIN, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { say, sendDocument, sentTo } from '../fakeBotApi/users.js';
import { tap } from '../support/conversation.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

let tb: TestBot;
const bytes = new TextEncoder().encode('石狮市人民政府关于2023年度法治政府建设情况的报告');

afterEach(async () => {
  expect(tb.api.rejected).toEqual([]);
  await tb.stop();
});

async function upload(from = ADMIN, caption?: string) {
  const chat = privateChat(from);
  await tb.handled(sendDocument(tb.api, chat, from, 'shishi-2023.txt', bytes, caption));
  return sentTo(tb.api, chat.id).map((m) => m.text);
}

describe('documents sent to the bot (the ingest seam)', () => {
  it('tells an admin that ingesting is not available when no ingest step is configured', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) } });
    expect(await upload()).toEqual(['暂不支持通过聊天上传报告。']);
  });

  it('tells anyone else that uploading is for admins', async () => {
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingest: async () => ({ title: 'x', passageCount: 1 }) });
    expect(await upload(ZHANG)).toEqual(['只有管理员可以上传报告。']);
  });

  it('hands an admin\'s file to the ingest step, with its bytes downloadable from Telegram, and reports the result', async () => {
    const seen: Array<{ request: IngestRequest; bytes: Uint8Array }> = [];
    const ingest = async (request: IngestRequest) => {
      seen.push({ request, bytes: await request.download(20 * 1024 * 1024) });
      return { title: '石狮市人民政府关于2023年度法治政府建设情况的报告', passageCount: 42, org: '石狮市人民政府', year: 2023 };
    };
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingest });
    expect(await upload(ADMIN, '年份=2023')).toEqual([
      '已收到「shishi-2023.txt」，正在处理……',
      '已收录「石狮市人民政府关于2023年度法治政府建设情况的报告」（石狮市人民政府，2023年），共 42 段。',
    ]);
    expect(seen[0]?.request.fileName).toBe('shishi-2023.txt');
    expect(seen[0]?.request.caption).toBe('年份=2023');
    expect(new TextDecoder().decode(seen[0]?.bytes)).toBe('石狮市人民政府关于2023年度法治政府建设情况的报告');
  });

  it('says why a file was refused, in the interface language, with the precise detail', async () => {
    const ingest = async () => {
      throw new AppError('FILE_SCANNED', 'the PDF has no text layer (a scan); send the original document');
    };
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingest });
    expect((await upload())[1]).toBe('未能收录：这份扫描版 PDF 中没有识别出文字。请确认是报告本身且清晰可读，或发送原始文档。\nthe PDF has no text layer (a scan); send the original document');
  });

  it('answers a question and a button press in the admin\'s chat while the admin\'s ingest is still running', async () => {
    let finish!: () => void;
    const ingest = () => new Promise<{ title: string; passageCount: number }>((resolve) => (finish = () => resolve({ title: '石狮报告', passageCount: 3 })));
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingest });
    const chat = privateChat(ADMIN);
    const uploaded = tb.handled(sendDocument(tb.api, chat, ADMIN, 'shishi-2023.txt', bytes), 10_000);
    await tb.api.waitFor(() => (tb.api.calls.some((c) => c.method === 'sendMessage') ? true : undefined), 5_000); // "received" is out: ingesting
    const question = say(tb.api, chat, ADMIN, '法律顾问');
    await tb.handled(question, 5_000);
    const answer = sentTo(tb.api, chat.id).find((m) => m.text.startsWith('关于「法律顾问」'));
    expect(answer).toBeDefined();
    const { sent } = await tap(tb, answer!, '上下文 1', ADMIN);
    expect(sent[0]?.text).toContain('原文上下文');
    expect(sentTo(tb.api, chat.id).some((m) => m.text.includes('石狮报告'))).toBe(false); // still ingesting
    finish();
    await uploaded;
    expect(sentTo(tb.api, chat.id).at(-1)?.text).toContain('石狮报告');
  });

  it('downloads the file from a self-hosted Bot API started with --local, which gives a path on disk and serves no /file/ URL', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'local-bot-api-'));
    try {
      const seen: Uint8Array[] = [];
      const ingest = async (request: IngestRequest) => {
        seen.push(await request.download(1024 * 1024));
        return { title: '石狮报告', passageCount: 1 };
      };
      tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingest, api: { localFilesDir: dir } });
      expect((await upload()).at(-1)).toContain('石狮报告');
      expect(new TextDecoder().decode(seen[0])).toBe('石狮市人民政府关于2023年度法治政府建设情况的报告');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
