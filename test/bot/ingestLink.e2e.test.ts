import { afterEach, describe, expect, it } from 'vitest';
import type { IngestLinkRequest } from '../../bot/app/services.js';
import { AppError } from '../../errors/index.js';
import { ADMIN, privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { say, sentTo } from '../fakeBotApi/users.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

let tb: TestBot;
afterEach(async () => {
  expect(tb.api.rejected).toEqual([]);
  await tb.stop();
});

const PAGE = 'https://www.fuzhou.gov.cn/zwgk/fzzfjs/202501/t20250120_1.htm';

async function send(text: string, from = ADMIN) {
  const chat = privateChat(from);
  await tb.handled(say(tb.api, chat, from, text));
  return sentTo(tb.api, chat.id).map((m) => m.text);
}

describe('links sent to the bot', () => {
  it('hands an admin’s link to the ingest step with the rest of the message as its caption, and reports the result', async () => {
    const seen: IngestLinkRequest[] = [];
    const ingestLink = async (request: IngestLinkRequest) => {
      seen.push(request);
      request.onOcrProgress?.(1, 3);
      request.onOcrProgress?.(2, 3);
      return { title: '福州市工业和信息化局2024年法治政府建设工作报告', passageCount: 12, org: '福州市工业和信息化局', year: 2024 };
    };
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingestLink });
    const replies = await send(`${PAGE} 年份=2024 替换`);
    expect(seen[0]).toMatchObject({ url: PAGE, userId: ADMIN.id, caption: '年份=2024 替换' });
    expect(replies[0]).toBe(`已收到链接，正在抓取报告：${PAGE}`);
    expect(replies).toContain('这是扫描件：正在识别 3 页文字（每页约十几秒），其间仍可正常提问。');
    expect(replies.at(-1)).toBe('已收录「福州市工业和信息化局2024年法治政府建设工作报告」（福州市工业和信息化局，2024年），共 12 段。');
  });

  it('says why a link was refused, with the precise detail, and a stranger’s link is just a question', async () => {
    const ingestLink = async () => {
      throw new AppError('PAGE_NOT_REPORT', `${PAGE} holds no report: 40 Chinese characters of text and no attached file`);
    };
    tb = await startTestBot({ env: { ADMIN_USER_IDS: String(ADMIN.id) }, ingestLink });
    expect((await send(PAGE))[1]).toBe(`未能收录：这个网页里没有报告。请发送报告正文页面或其附件的链接。\n${PAGE} holds no report: 40 Chinese characters of text and no attached file`);
    const stranger = await send(PAGE, ZHANG);
    expect(stranger.some((text) => text.includes('已收到链接'))).toBe(false);
  });
});
