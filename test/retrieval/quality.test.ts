import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { openSearcher } from '../../retrieval/index.js';
import type { OpenSearcher } from '../../retrieval/index.js';
import { parseEvalFile, scoreItem, summarize } from '../../retrieval/eval/index.js';
import type { ItemScore } from '../../retrieval/eval/index.js';

let searcher: OpenSearcher;
beforeAll(async () => {
  searcher = await openSearcher({ dataDir: inject('seedIndexDir'), modelsDir: inject('modelsDir') });
});
afterAll(() => searcher.close());

async function run(file: string): Promise<ItemScore[]> {
  const scores: ItemScore[] = [];
  for (const item of parseEvalFile(readFileSync(file, 'utf8'))) {
    const answer = await searcher.search(item.q, { topK: 10 });
    scores.push(scoreItem(item, { found: answer.found, texts: answer.hits.map((h) => h.quote.text) }));
  }
  return scores;
}

describe('retrieval quality with the real model (eval/dev.jsonl)', () => {
  it('meets the targets: hit@1 ≥ 0.85, hit@5 ≥ 0.97, MRR@10 ≥ 0.90, coverage@10 ≥ 0.80, out-of-scope rejection ≥ 0.90', async () => {
    const summary = summarize(await run('eval/dev.jsonl'));
    expect(summary.hitAt1).toBeGreaterThanOrEqual(0.85);
    expect(summary.hitAt5).toBeGreaterThanOrEqual(0.97);
    expect(summary.mrrAt10).toBeGreaterThanOrEqual(0.9);
    expect(summary.coverageAt10).toBeGreaterThanOrEqual(0.8);
    expect(summary.oosRejection).toBeGreaterThanOrEqual(0.9);
  });

  it('answers every calibration question in scope and rejects at least 90% of those out of scope', async () => {
    const scores = await run('eval/calibration.jsonl');
    const answered = await Promise.all(scores.map(async (s) => (await searcher.search(s.item.q)).found));
    const inScope = scores.flatMap((s, i) => (s.item.kind === 'oos' ? [] : [answered[i]]));
    const outOfScope = scores.flatMap((s, i) => (s.item.kind === 'oos' ? [answered[i]] : []));
    expect(inScope.every(Boolean)).toBe(true);
    expect(outOfScope.filter((found) => !found).length / outOfScope.length).toBeGreaterThanOrEqual(0.9);
  });

  it('says no report covers a place it has no report from, rather than quoting other places', async () => {
    for (const q of ['上海市法律顾问制度怎么样', '广州市行政复议办了多少件']) {
      const answer = await searcher.search(q);
      expect(answer.found, q).toBe(false);
      expect(answer.unknownPlaces?.length, q).toBeGreaterThan(0);
    }
  });

  it('answers a question about a named body from that body only, or not at all', async () => {
    const none = await searcher.search('鲤城区的法律顾问制度怎么样');
    expect(none.found).toBe(false);
    // It says whose report was searched, not that no report covers the topic.
    expect(none.searchedReports).toEqual(['泉州市鲤城区人民政府']);
    const answer = await searcher.search('石狮怎么推进法律顾问全覆盖的');
    expect(answer.hits.every((h) => h.report.org === '石狮市人民政府')).toBe(true);
    // Asked what a named report's highlights are, it answers from that report's own passages.
    const highlights = await searcher.search('石狮2023年法治政府建设有什么亮点');
    expect(highlights.found).toBe(true);
    expect(highlights.hits.every((h) => h.report.org === '石狮市人民政府')).toBe(true);
  });

  it('answers a question naming two places from both, whichever way each is named', async () => {
    for (const q of ['石狮和鲤城区在行政复议上有什么不同', '比较石狮和福州高新区的普法']) {
      const answer = await searcher.search(q, { topK: 3 });
      expect(new Set(answer.hits.map((h) => h.report.id)).size, q).toBeGreaterThanOrEqual(2);
      expect(answer.hits.some((h) => h.report.org === '石狮市人民政府'), q).toBe(true);
    }
    // A place inside a longer name is not a second place: 福州工信局 names the bureau only.
    const bureau = await searcher.search('福州工信局怎么推进普法');
    expect(bureau.hits.every((h) => h.report.org === '福州市工业和信息化局')).toBe(true);
  });

  it('leaves out the reports a follow-up excludes, and says no other report answers when none is left', async () => {
    const all = await searcher.search('各地法律顾问', { topK: 10 });
    const shishi = all.hits.find((h) => h.report.org === '石狮市人民政府')!.report.id;
    const others = await searcher.search('各地法律顾问', { topK: 10, filter: { excludeReports: [shishi] } });
    expect(others.found).toBe(true);
    expect(others.hits.some((h) => h.report.id === shishi)).toBe(false);
    expect(others.filter?.excludeReports).toEqual([shishi]);
  });

  it('finds a traditional-script question in the simplified reports and the reverse', async () => {
    const trad = await searcher.search('石獅市法律顧問配備情況');
    expect(trad.found).toBe(true);
    expect(trad.hits[0]!.report.org).toBe('石狮市人民政府');
    const simplified = await searcher.search('清远工信局开展了多少次行政检查');
    expect(simplified.hits[0]!.quote.text).toContain('行政檢查116次');
  });

  it('puts the report a question names first', async () => {
    const answer = await searcher.search('清远工信局怎么做普法宣传');
    expect(answer.hits[0]!.report.org).toBe('清远市工业和信息化局');
  });

  it('spreads a question about several places over several reports', async () => {
    const answer = await searcher.search('各地是怎么开展普法宣传的', { topK: 10 });
    expect(new Set(answer.hits.slice(0, 5).map((h) => h.report.id)).size).toBeGreaterThanOrEqual(4);
  });

  it('spreads an English question about every place over the reports as its Chinese twin', async () => {
    const english = await searcher.search('How do different places handle administrative reconsideration?', { topK: 10 });
    const chinese = await searcher.search('各地怎么办理行政复议', { topK: 10 });
    expect(english.question?.manyPlaces).toBe(true);
    expect(english.hits.length).toBe(chinese.hits.length);
    const firstFive = (a: typeof english) => new Set(a.hits.slice(0, 5).map((h) => h.report.id));
    expect(firstFive(english)).toEqual(firstFive(chinese));
    expect(firstFive(english).size).toBe(5);
  });

  it('says nothing was found rather than quoting the least-bad passage', async () => {
    for (const q of ['明天天气怎么样', '给我写一首关于春天的诗', '怎么办理护照']) {
      const answer = await searcher.search(q);
      expect(answer.found, q).toBe(false);
      expect(answer.hits).toEqual([]);
    }
  });
});

describe('the answering sentence, in Chinese and in English', () => {
  it.each(['石狮收到多少件行政复议申请', '石狮行政复议案件多少件', 'How many reconsideration cases did Shishi receive'])('bolds the sentence with the figure: %s', async (q) => {
    const answer = await searcher.search(q);
    // Quoted as printed, with the spaces the report puts between Han characters and digits.
    const hit = answer.hits.find((h) => h.quote.text.includes('共收到行政复议申请 228 件'));
    expect(hit).toBeDefined();
    const [[start, end]] = hit!.quote.highlights as [[number, number]];
    expect(hit!.quote.text.slice(start, end)).toContain('共收到行政复议申请 228 件');
  });
});
