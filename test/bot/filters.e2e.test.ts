import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenSearcher } from '../../retrieval/index.js';
import { privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { ask, buttons, last, tap } from '../support/conversation.js';
import type { TestBot } from '../support/testBot.js';
import { botOverSeedIndexWith, type BotOverIndex } from '../support/seedIndexWith.js';

// The seed reports (four from 福建, one from 广东) plus an older report of 石狮 (its 2023 text made 2022):
// filters read from questions and offered as buttons, the year asked as a filter, the newest report by default.
const chat = privateChat(ZHANG);
// As if the 2022 report had been added from its web page: the 原文 caption names the address.
const SHISHI_2022_URL = 'https://www.shishi.gov.cn/zwgk/fzzfjs/2022.html';
let tb: TestBot;
let searcher: OpenSearcher;

let world: BotOverIndex;
beforeAll(async () => {
  world = await botOverSeedIndexWith('filters-', [{ path: 'test/fixtures/issue10/shishi-2022.txt', options: { overrides: { year: 2022 }, sourceUrl: SHISHI_2022_URL } }]);
  ({ searcher, tb } = world);
}, 120_000);
afterAll(() => world.stop());

const orgsOf = (text: string): string[] => [...new Set([...text.matchAll(/^\d+\. (.+?) · /gmu)].map((m) => m[1]!))];
const textOf = (messages: Array<{ text?: string }>): string => messages.map((m) => m.text ?? '').join('\n');

describe('filters, the year asked and the newest report by default', () => {
  it('answers a question about a province only from reports of that province, and reaches its city bureaus', async () => {
    const answer = await searcher.search('福建省行政执法公示', { topK: 10 });
    expect(answer.found).toBe(true);
    expect(answer.hits.every((h) => h.report.region[0] === '福建省')).toBe(true);
    expect(answer.hits.map((h) => h.report.org)).toContain('福州市工业和信息化局');
  });

  it('offers only the filter values present in the results, and a filter button answers from matching reports only', async () => {
    const sent = await ask(tb, chat, ZHANG, '各地如何开展行政复议');
    const labels = buttons(last(sent));
    expect(labels).toEqual(expect.arrayContaining(['仅福建省', '仅广东省']));
    expect(labels).not.toContain('仅上海市');
    const { sent: narrowed, toast } = await tap(tb, last(sent), '仅广东省', ZHANG);
    expect(toast).toBe('仅广东省');
    expect(textOf(narrowed)).toContain('已筛选：仅广东省'); // the narrowed answer says what it shows
    expect(textOf(sent)).not.toContain('已筛选');
    expect(orgsOf(textOf(narrowed))).toEqual(['清远市工业和信息化局']);
  });

  it('reads 市级部门 from the question: only city departments answer', async () => {
    const answer = await searcher.search('市级部门如何落实行政执法三项制度', { topK: 10 });
    expect(answer.found).toBe(true);
    expect(new Set(answer.hits.map((h) => `${h.report.level}/${h.report.departmentOf}`))).toEqual(new Set(['department/city']));
  });

  it('quotes only the newest report of a body when no year is asked, and offers the older year as a button', async () => {
    const sent = await ask(tb, chat, ZHANG, '石狮法律顾问');
    const text = textOf(sent);
    expect(text).toContain('石狮市人民政府 · 2023年');
    expect(text).not.toContain('2022年 ·');
    expect(text).toContain('只引用最新一年');
    const { sent: older } = await tap(tb, last(sent), '2022年度', ZHANG);
    expect(textOf(older)).toContain('石狮市人民政府 · 2022年');
    expect(textOf(older)).not.toContain('石狮市人民政府 · 2023年');
  });

  it('treats a year asked as a filter, and says so when no report of that year exists', async () => {
    const of2022 = await ask(tb, chat, ZHANG, '2022年石狮法律顾问');
    expect(orgsOf(textOf(of2022)).length).toBeGreaterThan(0);
    expect(textOf(of2022)).not.toContain('2023年 ·');
    const of2019 = await ask(tb, chat, ZHANG, '2019年各地行政复议');
    expect(textOf(of2019)).toContain('没有2019年度的报告');
  });

  it('gets 做法 first for a practice question and the plans when asked for them, labelled in the citation', async () => {
    const practice = await searcher.search('各地如何加强法治宣传', { topK: 10 });
    expect(practice.hits.every((h) => h.kind === 'practice')).toBe(true);
    const plans = await ask(tb, chat, ZHANG, '各地下一步在法治宣传方面有什么打算');
    expect(textOf(plans)).toMatch(/^1\. .+ · 计划/mu);
  });

  it('sends the passages of an answer as an .xlsx holding exactly the rows shown, with the level column filled', async () => {
    const question = '福建各地如何开展行政复议';
    const sent = await ask(tb, chat, ZHANG, question);
    const shown = orgsOf(textOf(sent));
    const numbered = [...textOf(sent).matchAll(/^(\d+)\. /gmu)].length;
    const before = tb.api.state.documents.length;
    await tap(tb, last(sent), '导出 Excel', ZHANG);
    const doc = tb.api.state.documents.at(-1)!;
    expect(tb.api.rejected).toEqual([]);
    expect(tb.api.state.documents.length).toBe(before + 1);
    expect(doc.fileName.endsWith('.xlsx')).toBe(true);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(doc.bytes as unknown as ArrayBuffer);
    const sheet = workbook.worksheets[0]!;
    const rows = Array.from({ length: sheet.rowCount - 1 }, (_, i) => (sheet.getRow(i + 2).values as unknown[]).slice(1).map((v) => String(v ?? '')));
    expect(rows).toHaveLength(numbered);
    const header = (sheet.getRow(1).values as unknown[]).slice(1).map(String);
    const col = (name: string) => header.findIndex((h) => h.includes(name));
    expect([...new Set(rows.map((r) => r[col('机关')]))]).toEqual(shown);
    const answer = await searcher.search(question);
    expect(rows.map((r) => r[col('原文')])).toEqual(answer.hits.map((h) => h.passage.text));
    expect(rows.every((r) => ['市级部门', '县级', '市级', '省级'].includes(r[col('层级')]!))).toBe(true);
  });

  it('sends a comparison as a .docx holding every entry shown', async () => {
    const sent = await ask(tb, chat, ZHANG, '/compare 法律顾问');
    await tap(tb, last(sent), '导出 Word', ZHANG);
    const doc = tb.api.state.documents.at(-1)!;
    expect(doc.fileName.endsWith('.docx')).toBe(true);
    const { value: text } = await mammoth.extractRawText({ buffer: Buffer.from(doc.bytes) });
    const comparison = await searcher.compare('法律顾问');
    const entries = [...comparison.found, ...comparison.mentions];
    expect(entries.length).toBeGreaterThan(1);
    for (const hit of entries) expect(text).toContain(hit.passage.text);
    expect(text.match(/机关：/g)).toHaveLength(entries.length);
    // Each entry says what it is, so that a passing mention is not taken for a report addressing the topic.
    const addressing = comparison.keyWord ? `与主题：谈到「${comparison.keyWord}」` : '与主题：谈到这一主题';
    expect(text.split(addressing).length - 1).toBe(comparison.found.length);
    expect(text.split('与主题：仅提及').length - 1).toBe(comparison.mentions.length);
    expect(text.match(/与主题：/g)).toHaveLength(comparison.found.length + comparison.related.length + comparison.mentions.length);
  });

  it('shows the 文号 and date in the context view, and a 原文 button sends the report as it was added', async () => {
    const sent = await ask(tb, chat, ZHANG, '2022年石狮法律顾问');
    const { sent: context } = await tap(tb, last(sent), '上下文 1', ZHANG);
    expect(textOf(context)).toContain('文号：狮政综〔2024〕8号');
    expect(textOf(context)).toMatch(/类别：做法/);
    await tap(tb, last(context), '原文', ZHANG);
    const doc = tb.api.state.documents.at(-1)!;
    expect(doc.fileName).toBe('shishi-2022.txt');
    expect(Buffer.from(doc.bytes).equals(readFileSync('test/fixtures/issue10/shishi-2022.txt'))).toBe(true);
    expect(doc.caption).toContain(SHISHI_2022_URL);
  });

  it('sends a seed report\'s own file too', async () => {
    const sent = await ask(tb, chat, ZHANG, '福州工信局行政复议');
    const { sent: context } = await tap(tb, last(sent), '上下文 1', ZHANG);
    await tap(tb, last(context), '原文', ZHANG);
    const doc = tb.api.state.documents.at(-1)!;
    expect(doc.fileName).toBe('fuzhou-gongxinju-2024.txt');
    expect(Buffer.from(doc.bytes).equals(readFileSync('seeds/fuzhou-gongxinju-2024.txt'))).toBe(true);
  });
});
