import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ALICE, STRANGER, ZHANG } from '../fakeBotApi/fixtures.js';
import { inlineQuery } from '../fakeBotApi/users.js';
import { parseTelegramHtml } from '../fakeBotApi/telegramHtml.js';
import { startTestBot, type TestBot } from '../support/testBot.js';

let tb: TestBot;

afterEach(async () => {
  expect(tb.api.rejected).toEqual([]);
  await tb.stop();
});

interface InlineAnswer {
  results: Array<{ id: string; title: string; description?: string; input_message_content: { message_text: string; parse_mode?: string } }>;
  cache_time?: number;
  button?: { text: string; start_parameter?: string };
}

async function inline(query: string, from = ZHANG): Promise<InlineAnswer> {
  const id = inlineQuery(tb.api, from, query);
  await tb.handled(tb.api.state.updates.find((u) => u.inline_query?.id === id));
  const answer = tb.api.state.inlineQueries.get(id)?.answer;
  if (answer === undefined) throw new Error('inline query not answered');
  return answer as unknown as InlineAnswer;
}

describe('inline mode', () => {
  beforeEach(async () => {
    tb = await startTestBot({ env: { ALLOWED_USER_IDS: `${ZHANG.id},${ALICE.id}` } });
  });

  it('offers cited quotes as HTML articles, with a modest cache time', async () => {
    const answer = await inline('法律顾问');
    expect(answer.results.map((r) => r.id)).toEqual(['1e0bdd1e9613:20', '7d92494b0610:31', '9d2e0538c7e5:20']);
    const first = answer.results[0]!;
    expect(first.title).toBe('福州市工业和信息化局 2024年');
    expect(first.input_message_content.parse_mode).toBe('HTML');
    const shown = parseTelegramHtml(first.input_message_content.message_text);
    expect(shown.ok && shown.text).toContain('福州市工业和信息化局2024年法治政府建设工作报告 · 三、重大行政决策科学民主合法');
    expect(answer.cache_time).toBeGreaterThan(0);
    expect(answer.cache_time).toBeLessThanOrEqual(300);
  });

  it('offers at most 10 results', async () => {
    const answer = await inline('行政 执法 法治 普法');
    expect(answer.results.length).toBeGreaterThan(0);
    expect(answer.results.length).toBeLessThanOrEqual(10);
  });

  it('answers an empty query with a hint and no results', async () => {
    const answer = await inline('   ');
    expect(answer.results).toEqual([]);
    expect(answer.button?.text).toBe('输入关键词，查找报告原文');
  });

  it('answers a query with no match with no results and says so on the button, in English for English users', async () => {
    const answer = await inline('股票明天会涨吗', ALICE);
    expect(answer.results).toEqual([]);
    expect(answer.button?.text).toBe('No matching passage');
  });

  it('gives users outside the allowlist nothing', async () => {
    const answer = await inline('法律顾问', STRANGER);
    expect(answer.results).toEqual([]);
    expect(answer.button).toBeUndefined();
  });
});
