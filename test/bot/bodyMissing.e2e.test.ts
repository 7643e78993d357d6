import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startConsole } from '../../bot/console/startConsole.js';
import { silentLogger } from '../../bot/log/logger.js';
import { loadConfig } from '../../config/index.js';
import { IndexWriter, MODEL_ID } from '../../index/index.js';
import { MODEL_DIM } from '../../index/embedding/model/index.js';
import { answerJson, type OpenSearcher } from '../../retrieval/index.js';
import { privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { ask } from '../support/conversation.js';
import type { TestBot } from '../support/testBot.js';
import { botOverSeedIndexWith, type BotOverIndex } from '../support/seedIndexWith.js';

// The seeds plus 沈阳市人民政府's 2021 report; 沈阳市司法局's 2025 report was added, then removed. A question
// naming the bureau is answered from the government's report of the same place, and says so.
const QUESTION = '沈阳市司法局2025年推进法治政府建设情况';
const chat = privateChat(ZHANG);
let tb: TestBot;
let searcher: OpenSearcher;
let dir: string;

let world: BotOverIndex;
beforeAll(async () => {
  world = await botOverSeedIndexWith('body-missing-', ['shenyang-2021.txt', 'shenyang-sfj-2025.txt'].map((name) => ({ path: join('test/fixtures/corpus-dev', name) })));
  ({ dir, searcher, tb } = world);
}, 120_000);
afterAll(() => world.stop());

const removeBureau = () => {
  const writer = IndexWriter.open(dir, { modelId: MODEL_ID, dim: MODEL_DIM });
  expect(writer.remove('shenyang-sfj-2025.txt')?.meta.org).toBe('沈阳市司法局');
  writer.close();
};

describe('a question naming a body no report is from', () => {
  it('is answered from the body itself while its report is there, with no note', async () => {
    const answer = await searcher.search(QUESTION);
    expect(answer.found).toBe(true);
    expect(answer.hits[0]!.report.org).toBe('沈阳市司法局');
    expect(answer.bodyMissing).toBeUndefined();
  });

  it('once removed, is answered from the government of its place, saying the bureau has no report (answer and JSON)', async () => {
    removeBureau();
    const answer = await searcher.search(QUESTION);
    expect(answer.found).toBe(true);
    expect(new Set(answer.hits.map((h) => h.report.org))).toEqual(new Set(['沈阳市人民政府']));
    expect(answer.bodyMissing).toEqual({ asked: '沈阳市司法局', from: ['沈阳市人民政府'] });
    expect(answer.yearMismatch).toEqual({ asked: 2025, covered: [2021] });
    expect(answerJson(answer).bodyMissing).toEqual({ asked: '沈阳市司法局', from: ['沈阳市人民政府'] });
    // Named by its own body, the government's report needs no note.
    expect((await searcher.search('沈阳市政府推进法治政府建设情况')).bodyMissing).toBeUndefined();
  });

  it('says so in the bot, under the header', async () => {
    const text = (await ask(tb, chat, ZHANG, QUESTION)).map((m) => m.text ?? '').join('\n');
    expect(text).toContain('注意：没有收录沈阳市司法局的报告；以下引文出自同一地方其他机关的报告（沈阳市人民政府），不是沈阳市司法局的。');
    expect(text).toContain('没有2025年度的报告');
  });

  it('says so in the console, in English for an English speaker', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (chunk: Buffer) => (printed += chunk.toString('utf8')));
    const running = await startConsole(loadConfig({}), searcher, { input, output, color: false, languageCode: 'en', logger: silentLogger });
    input.end(`${QUESTION}\n`);
    await running.stopped;
    expect(printed).toContain('Note: there is no report from 沈阳市司法局; these quotes come from other bodies of the same place (沈阳市人民政府), not from 沈阳市司法局.');
  });
});
