import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { indexPaths, MODEL_ID, normalizeForIndex, PassageStore } from '../../index/index.js';
import { MODEL_DIM } from '../../index/embedding/model/index.js';
import { analyzeQuestion, openSearcher, type OpenSearcher } from '../../retrieval/index.js';
import { renderComparison } from '../../bot/format/renderComparison.js';
import { telegramLength } from '../../bot/format/htmlTokens.js';
import { TELEGRAM_MAX_CHARS } from '../../bot/format/packMessages.js';
import { zh } from '../../prompts/index.js';
import { privateChat, ZHANG } from '../fakeBotApi/fixtures.js';
import { ask, buttons, last, tap } from '../support/conversation.js';
import { startTestBot, stopChecked, type TestBot } from '../support/testBot.js';
import { seedIndexWith } from '../support/seedIndexWith.js';

// The seeds plus test/fixtures/corpus-dev (27 reports from 17 provinces) indexed with the real model.
const TOPICS = ['行政复议', '双随机', '旁听庭审', '法律顾问', '合法性审查', '行政执法三项制度', '普法宣传', '府院联动', '证明事项告知承诺制', '政务公开'];
const chat = privateChat(ZHANG);
let tb: TestBot;
let searcher: OpenSearcher;
/** The same index, judging at most 8 reports per comparison: the bounded comparison of 10⁵ passages, on 32 reports. */
let bounded: OpenSearcher;
let store: PassageStore;
let dir: string;

beforeAll(async () => {
  const folder = 'test/fixtures/corpus-dev';
  const made = await seedIndexWith('compare-', readdirSync(folder).filter((f) => f.endsWith('.txt')).sort().map((name) => ({ path: join(folder, name) })));
  dir = made.dir;
  const embedder = made.embedder;
  searcher = await openSearcher({ dataDir: dir, modelsDir: inject('modelsDir'), embedder });
  bounded = await openSearcher({ dataDir: dir, modelsDir: inject('modelsDir'), embedder, judgedReports: 8 });
  store = PassageStore.open(indexPaths(dir).db, { modelId: MODEL_ID, dim: MODEL_DIM });
  tb = await startTestBot({ searcher });
}, 600_000);
afterAll(async () => {
  await stopChecked(tb);
  searcher.close();
  bounded.close();
  store.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('comparisons that tell the truth and fit a phone', () => {
  it('says a report says nothing only when none of its stored passages names the topic', async () => {
    const reader = store.reader();
    const corpus = { aliases: new Map<string, string[]>(), wordCounts: new Map<string, number>(), bigramCounts: new Map<string, number>(), vocabulary: () => [] };
    let claims = 0;
    for (const topic of TOPICS) {
      const comparison = await searcher.compare(topic);
      const analysis = analyzeQuestion(topic, corpus);
      if ('problem' in analysis) throw new Error(topic);
      const words = analysis.terms.words.filter((w) => w.length >= 2);
      for (const report of comparison.silent) {
        claims++;
        for (const p of reader.reportPassages(report.id)) {
          const text = normalizeForIndex(p.text);
          // Neither the topic itself nor all of its words (旁听…庭审) stand in any passage of a silent report.
          expect(text.includes(normalizeForIndex(topic)) || words.every((w) => text.includes(w)), `${topic}: ${report.org} ${p.id}`).toBe(false);
        }
      }
      // Every report is accounted for exactly once.
      const ids = [...comparison.found, ...comparison.mentions].map((h) => h.report.id).concat(comparison.silent.map((r) => r.id));
      expect(new Set(ids).size).toBe(ids.length);
    }
    expect(claims).toBeGreaterThan(50);
  });

  it('counts a report as describing a topic only with a passage naming its key word; close ones are "related"', async () => {
    const reader = store.reader();
    let related = 0;
    for (const topic of [...TOPICS, '领导干部学法', '法治宣传教育']) {
      const comparison = await searcher.compare(topic);
      const key = comparison.keyWord;
      if (key === undefined) continue;
      const corpus = { aliases: new Map<string, string[]>(), wordCounts: new Map<string, number>(), bigramCounts: new Map<string, number>(), vocabulary: () => [] };
      const analysis = analyzeQuestion(topic, corpus);
      if ('problem' in analysis) throw new Error(topic);
      // Named whole, or by all of its parts (合法性审查 as 合法…审查).
      const parts = analysis.terms.parts.get(key) ?? [];
      const names = (text: string) => text.includes(key) || (parts.length > 0 && parts.every((p) => text.includes(p)));
      for (const hit of comparison.found) expect(names(normalizeForIndex(hit.passage.text)), `${topic}: ${hit.report.org}`).toBe(true);
      for (const hit of comparison.related) {
        related++;
        for (const p of reader.reportPassages(hit.report.id)) expect(names(normalizeForIndex(p.text)), `${topic}: ${hit.report.org} ${p.id}`).toBe(false);
      }
    }
    expect(related).toBeGreaterThan(0);
  });

  it('keeps every page of every comparison within one Telegram message', async () => {
    for (const topic of TOPICS) {
      const pages = renderComparison(await searcher.compare(topic), zh);
      for (const page of pages) expect(telegramLength(page)).toBeLessThan(TELEGRAM_MAX_CHARS);
    }
  });

  it('pages a long comparison with buttons, grouped by province › city, and lists the silent reports on request', async () => {
    const sent = await ask(tb, chat, ZHANG, '/compare 法治宣传教育');
    expect(sent).toHaveLength(1);
    const text = sent[0]!.text ?? '';
    expect(text).toMatch(/📍 福建省 › 福州市/);
    expect(text).toContain('第 1/2 页');
    const { sent: second } = await tap(tb, last(sent), '下一页 ›', ZHANG);
    expect(second).toHaveLength(1);
    expect(second[0]?.text).toContain('第 2/2 页');
    expect(buttons(last(second))).toContain('‹ 上一页');
    const silentButton = buttons(last(sent)).find((l) => l.startsWith('未谈到的'));
    expect(silentButton).toBeDefined();
    const { sent: silent } = await tap(tb, last(sent), silentButton!, ZHANG);
    expect(silent[0]?.text).toContain('以下报告未谈到这一主题');
  });

  it('shows a report that names the topic only in passing apart, as "mentions only"', async () => {
    const comparison = await searcher.compare('双随机');
    expect(comparison.mentions.length + comparison.found.length).toBeGreaterThan(0);
    // 清远 names its 双随机抽查工作计划: never "says nothing".
    expect(comparison.silent.map((r) => r.org)).not.toContain('清远市工业和信息化局');
  });

  it('restricts a comparison to the filters of its topic', async () => {
    const comparison = await searcher.compare('福建各地法律顾问');
    const all = [...comparison.found, ...comparison.mentions].map((h) => h.report).concat(comparison.silent);
    expect(all.length).toBeGreaterThan(0);
    expect(all.every((r) => r.region[0] === '福建省')).toBe(true);
  });

  it('offers filter buttons under a comparison, which narrow it to the reports of that value', async () => {
    const sent = await ask(tb, chat, ZHANG, '/compare 行政复议');
    const labels = buttons(last(sent));
    expect(labels).toContain('仅福建省');
    const { sent: narrowed } = await tap(tb, last(sent), '仅福建省', ZHANG);
    const issuers = [...(narrowed[0]?.text ?? '').matchAll(/^\d+\. (.+?)（(\S+)/gmu)].map((m) => m[2]);
    expect(issuers.length).toBeGreaterThan(0);
    expect(issuers.every((province) => province === '福建省')).toBe(true);
    expect(narrowed[0]?.text).toContain('已筛选：仅福建省');
  });

  it('judging only some reports, never calls silent a report that names the topic, and counts those it did not judge', async () => {
    const reader = store.reader();
    const total = searcher.reports().length;
    let unjudged = 0;
    for (const topic of TOPICS) {
      const [full, part] = [await searcher.compare(topic), await bounded.compare(topic)];
      const listed = [...part.found, ...part.related, ...part.mentions].map((h) => h.report.id);
      expect(listed.length, topic).toBeLessThanOrEqual(8);
      const ids = listed.concat(part.silent.map((r) => r.id));
      expect(new Set(ids).size, topic).toBe(ids.length);
      expect(ids.length + (part.unjudged ?? 0), topic).toBe(total);
      unjudged += part.unjudged ?? 0;
      // What the full comparison found naming the topic is listed or counted as not judged, never silent.
      const naming = new Set([...full.found, ...full.mentions].map((h) => h.report.id));
      expect(part.silent.filter((r) => naming.has(r.id)).map((r) => r.org), topic).toEqual([]);
      const key = part.keyWord;
      const analysis = analyzeQuestion(topic, { aliases: new Map(), wordCounts: new Map(), bigramCounts: new Map(), vocabulary: () => [] });
      if ('problem' in analysis || key === undefined) continue;
      const parts = analysis.terms.parts.get(key) ?? [];
      for (const report of part.silent)
        for (const p of reader.reportPassages(report.id)) {
          const text = normalizeForIndex(p.text);
          expect(text.includes(key) || (parts.length > 0 && parts.every((w) => text.includes(w))), `${topic}: ${report.org} ${p.id}`).toBe(false);
        }
    }
    expect(unjudged).toBeGreaterThan(0);
  });

  it('says under the header how many more reports name the topic, and that the buttons narrow to them', async () => {
    const comparisons = await Promise.all(TOPICS.map((topic) => bounded.compare(topic)));
    const comparison = comparisons.find((c) => (c.unjudged ?? 0) > 0 && c.keyWord !== undefined)!;
    expect(comparison).toBeDefined();
    const [first] = renderComparison(comparison, zh);
    expect(first).toContain(`另有 ${comparison.unjudged} 份报告提到「${comparison.keyWord}」`);
    expect(first).toContain('缩小范围');
    expect(comparison.choices?.length).toBeGreaterThan(0);
  });
});
