import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openBotStore, type QuestionRecord } from '../../bot/state/botStore.js';
import { StateStore } from '../../bot/state/stateStore.js';

const question = (latencyMs: number, found = true): QuestionRecord => ({ userId: 1, chatType: 'private', kind: 'search', query: '法律顾问', found, latencyMs, passageIds: ['9d2e0538c7e5:20'] });

describe('bot store', () => {
  it('reports question count, not-found count and nearest-rank latency p50/p95', () => {
    const store = openBotStore(':memory:');
    expect(store.stats()).toEqual({ questions: 0, notFound: 0, feedbackUp: 0, feedbackDown: 0, latencyP50Ms: null, latencyP95Ms: null, topUnanswered: [] });
    for (let ms = 1; ms <= 100; ms++) store.recordQuestion(question(ms, ms % 4 !== 0));
    expect(store.stats()).toMatchObject({ questions: 100, notFound: 25, latencyP50Ms: 50, latencyP95Ms: 95 });
    store.close();
  });

  it('lists the most frequent unanswered questions with counts only', () => {
    const store = openBotStore(':memory:');
    for (const q of ['那石狮呢', '专利申请', '专利申请', '法律顾问', '专利申请', '那石狮呢']) store.recordQuestion({ ...question(5, q === '法律顾问'), query: q });
    expect(store.stats().topUnanswered).toEqual([{ query: '专利申请', count: 3 }, { query: '那石狮呢', count: 2 }]);
    store.close();
  });

  it('keeps button state with its expiry across reopening the file, and prunes the oldest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'botstore-'));
    try {
      const path = join(dir, 'bot.sqlite');
      let now = 1_000;
      const clock = () => now;
      const first = openBotStore(path);
      const buttons = new StateStore<{ query: string }>({ backend: first, clock, ttlMs: 500, maxEntries: 2 });
      const [a, b, c] = ['一', '二', '三'].map((query) => buttons.put({ query }));
      first.close();
      const again = openBotStore(path);
      const reopened = new StateStore<{ query: string }>({ backend: again, clock, ttlMs: 500, maxEntries: 2 });
      expect([a, b, c].map((k) => reopened.get(k!)?.query)).toEqual([undefined, '二', '三']);
      now = 1_500;
      expect(reopened.get(c!)).toBeUndefined();
      again.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('keeps one vote per user and shown page, with the question and passage ids', () => {
    const store = openBotStore(':memory:');
    const id = store.recordQuestion(question(10));
    const vote = { questionId: id, userId: 5, query: '法律顾问', passageIds: ['a:1', 'b:2'] };
    store.recordFeedback({ ...vote, helpful: true });
    store.recordFeedback({ ...vote, helpful: false });
    store.recordFeedback({ ...vote, userId: 6, helpful: true });
    expect(store.stats()).toMatchObject({ feedbackUp: 1, feedbackDown: 1 });
    store.close();
  });

  it('creates DATA_DIR/bot.sqlite with a format version, and refuses a file of another version', () => {
    const dir = mkdtempSync(join(tmpdir(), 'botstore-'));
    try {
      const path = join(dir, 'nested', 'bot.sqlite');
      openBotStore(path).close();
      const db = new Database(path);
      expect(db.pragma('user_version', { simple: true })).toBe(2);
      db.pragma('user_version = 7');
      db.close();
      expect(() => openBotStore(path)).toThrow(/format version 7, this bot needs 2; move the file aside/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
