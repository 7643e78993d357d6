import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../errors/index.js';
import type { StatsView } from '../../prompts/index.js';
import type { StateBackend, StateRow } from './stateBackend.js';

/** Unanswered questions /stats lists, most frequent first. */
const TOP_UNANSWERED = 5;

/** Format version of bot.sqlite, kept in PRAGMA user_version; a file with another version is refused. */
export const BOT_STORE_VERSION = 2;

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

/** What the bot keeps about its use (questions, latencies, feedback) and its server-side state (buttons, conversations). */
export interface BotStore extends StateBackend {
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

/** Added in version 2: button and conversation state, so buttons keep working after a restart. */
const STATE_SCHEMA = `
CREATE TABLE state (id INTEGER PRIMARY KEY, space TEXT NOT NULL, key TEXT NOT NULL, json TEXT NOT NULL, expires_at INTEGER NOT NULL,
  UNIQUE (space, key));
CREATE INDEX state_expiry ON state (space, expires_at);`;

/** Opens (creating when absent) the bot's SQLite file at `path`, e.g. data/bot.sqlite; ":memory:" for tests. */
export function openBotStore(path: string, clock: () => number = Date.now): BotStore {
  if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  // In WAL mode NORMAL cannot corrupt the file; a power cut may lose the last writes (a button, a statistic),
  // and no write waits for the disk: several small writes per answer stay off the reply's path.
  db.pragma('synchronous = NORMAL');
  const version = db.pragma('user_version', { simple: true }) as number;
  if (version === 0 || version === 1) {
    // Version 1 lacked only the state table: it is added in place, keeping the recorded questions.
    db.transaction(() => {
      if (version === 0) db.exec(SCHEMA);
      db.exec(STATE_SCHEMA);
      db.pragma(`user_version = ${BOT_STORE_VERSION}`);
    })();
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
  const unanswered = db.prepare(
    `SELECT query, COUNT(*) AS count FROM question WHERE found = 0 GROUP BY query ORDER BY count DESC, MAX(at) DESC LIMIT ${TOP_UNANSWERED}`,
  );
  const putState = db.prepare(
    'INSERT INTO state (space, key, json, expires_at) VALUES (?, ?, ?, ?) ON CONFLICT (space, key) DO UPDATE SET json = excluded.json, expires_at = excluded.expires_at',
  );
  const getState = db.prepare('SELECT json, expires_at AS expiresAt FROM state WHERE space = ? AND key = ?');
  const deleteState = db.prepare('DELETE FROM state WHERE space = ? AND key = ?');
  const deleteExpired = db.prepare('DELETE FROM state WHERE space = ? AND expires_at <= ?');
  const deleteOldest = db.prepare('DELETE FROM state WHERE id IN (SELECT id FROM state WHERE space = ? ORDER BY id LIMIT ?)');
  const countState = db.prepare('SELECT COUNT(*) AS n FROM state WHERE space = ?');

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
        topUnanswered: unanswered.all() as Array<{ query: string; count: number }>,
      };
    },
    putState: (space, key, row) => void putState.run(space, key, row.json, row.expiresAt),
    getState: (space, key) => getState.get(space, key) as StateRow | undefined,
    deleteState: (space, key) => void deleteState.run(space, key),
    pruneState: (space, now, maxEntries) => {
      deleteExpired.run(space, now);
      const n = (countState.get(space) as { n: number }).n;
      if (n > maxEntries) deleteOldest.run(space, n - maxEntries);
    },
    countState: (space) => (countState.get(space) as { n: number }).n,
    close: () => db.close(),
  };
}
