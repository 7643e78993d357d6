import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../errors/index.js';
import type { StatsView } from '../../prompts/index.js';

/** Format version of bot.sqlite, kept in PRAGMA user_version; a file with another version is refused. */
export const BOT_STORE_VERSION = 1;

/** One answered question (or /compare topic). */
export interface QuestionRecord {
  userId: number | undefined;
  chatType: string;
  kind: 'search' | 'compare';
  query: string;
  found: boolean;
  /** From receiving the question to the last message of the answer sent. */
  latencyMs: number;
  passageIds: readonly string[];
}

/** A 👍/👎 on a shown page of results: stored with the question and the passage ids the user saw. */
export interface FeedbackRecord {
  questionId: number;
  userId: number;
  helpful: boolean;
  query: string;
  passageIds: readonly string[];
}

/** What the bot keeps about its use: questions, latencies, feedback. */
export interface BotStore {
  /** Returns the question's id. */
  recordQuestion(question: QuestionRecord): number;
  /** One vote per user per shown page: pressing again replaces the earlier vote. */
  recordFeedback(feedback: FeedbackRecord): void;
  stats(): StatsView;
  close(): void;
}

const SCHEMA = `
CREATE TABLE question (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, user_id INTEGER, chat_type TEXT NOT NULL,
  kind TEXT NOT NULL, query TEXT NOT NULL, found INTEGER NOT NULL, latency_ms REAL NOT NULL, passage_ids TEXT NOT NULL);
CREATE INDEX question_latency ON question (latency_ms);
CREATE TABLE feedback (id INTEGER PRIMARY KEY, at INTEGER NOT NULL, question_id INTEGER NOT NULL REFERENCES question(id),
  user_id INTEGER NOT NULL, helpful INTEGER NOT NULL, query TEXT NOT NULL, passage_ids TEXT NOT NULL,
  UNIQUE (question_id, user_id, passage_ids));`;

/** Opens (creating when absent) the bot's SQLite file at `path`, e.g. data/bot.sqlite; ":memory:" for tests. */
export function openBotStore(path: string, clock: () => number = Date.now): BotStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0) {
    db.exec(SCHEMA);
    db.pragma(`user_version = ${BOT_STORE_VERSION}`);
  } else if (version !== BOT_STORE_VERSION) {
    db.close();
    // No store-specific code exists in ErrorCode; the fix is a configuration step, so CONFIG_INVALID.
    throw new AppError('CONFIG_INVALID', `${path} has format version ${version}, this bot needs ${BOT_STORE_VERSION}; move the file aside to start a new one`);
  }
  const insertQuestion = db.prepare(
    'INSERT INTO question (at, user_id, chat_type, kind, query, found, latency_ms, passage_ids) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const upsertFeedback = db.prepare(
    `INSERT INTO feedback (at, question_id, user_id, helpful, query, passage_ids) VALUES (?, ?, ?, ?, ?, ?)
     ON CONFLICT (question_id, user_id, passage_ids) DO UPDATE SET helpful = excluded.helpful, at = excluded.at`,
  );
  const counts = db.prepare('SELECT COUNT(*) AS n, COALESCE(SUM(found = 0), 0) AS notFound FROM question');
  const votes = db.prepare('SELECT COALESCE(SUM(helpful = 1), 0) AS up, COALESCE(SUM(helpful = 0), 0) AS down FROM feedback');
  const nthLatency = db.prepare('SELECT latency_ms AS v FROM question ORDER BY latency_ms LIMIT 1 OFFSET ?');

  // Nearest-rank percentile: the smallest value with at least p of the values at or below it.
  const percentile = (n: number, p: number): number | null => {
    if (n === 0) return null;
    const row = nthLatency.get(Math.max(0, Math.ceil(p * n) - 1)) as { v: number } | undefined;
    return row?.v ?? null;
  };

  return {
    recordQuestion: (q) =>
      Number(
        insertQuestion.run(clock(), q.userId ?? null, q.chatType, q.kind, q.query, q.found ? 1 : 0, q.latencyMs, JSON.stringify(q.passageIds))
          .lastInsertRowid,
      ),
    recordFeedback: (f) => {
      upsertFeedback.run(clock(), f.questionId, f.userId, f.helpful ? 1 : 0, f.query, JSON.stringify(f.passageIds));
    },
    stats: () => {
      const c = counts.get() as { n: number; notFound: number };
      const v = votes.get() as { up: number; down: number };
      return {
        questions: c.n,
        notFound: c.notFound,
        feedbackUp: v.up,
        feedbackDown: v.down,
        latencyP50Ms: percentile(c.n, 0.5),
        latencyP95Ms: percentile(c.n, 0.95),
      };
    },
    close: () => db.close(),
  };
}
