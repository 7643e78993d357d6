import { randomBytes } from 'node:crypto';
import { memoryStateBackend, type StateBackend } from './stateBackend.js';

/** Options of a StateStore; all optional. */
export interface StateStoreOptions {
  /** Where values live; default memory (lost on restart). The bot passes its SQLite store. */
  backend?: StateBackend;
  /** Namespace within the backend; default 'button'. */
  space?: string;
  /** How long a value stays; default 24 hours. */
  ttlMs?: number;
  /** Entries kept at most; the oldest go first. Default 10,000. */
  maxEntries?: number;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
}

/** Expired entries are swept once per this many puts, not on every one. */
const PRUNE_EVERY = 100;

/**
 * Server-side memory for buttons and conversations: `put` returns a short random key that fits in callback_data,
 * `get` returns the value until it expires or is pushed out. Values are stored as JSON in the backend (SQLite in
 * the bot: buttons keep working after a restart), so what was stored is never changed by later mutation. Keys are
 * random, not counters, so an old button can never reach another user's state.
 */
export class StateStore<T> {
  private readonly backend: StateBackend;
  private readonly space: string;
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;
  private puts = 0;

  constructor(options: StateStoreOptions = {}) {
    this.backend = options.backend ?? memoryStateBackend();
    this.space = options.space ?? 'button';
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Stores `value` under a new key and returns it: 8 characters of [A-Za-z0-9_-]. */
  put(value: T): string {
    const key = randomBytes(6).toString('base64url');
    this.set(key, value);
    return key;
  }

  /** Stores `value` under a key of the caller's (e.g. a chat id), replacing what was there, with a fresh expiry. */
  set(key: string, value: T): void {
    this.backend.putState(this.space, key, { json: JSON.stringify(value), expiresAt: this.clock() + this.ttlMs });
    if (++this.puts % PRUNE_EVERY === 0 || this.backend.countState(this.space) > this.maxEntries) {
      this.backend.pruneState(this.space, this.clock(), this.maxEntries);
    }
  }

  /**
   * Puts a new value under a live key, keeping its expiry (the old value is not changed: values handed to the
   * store are never mutated). False when the key expired, was pushed out or never existed.
   */
  replace(key: string, value: T): boolean {
    const row = this.backend.getState(this.space, key);
    if (row === undefined || row.expiresAt <= this.clock()) return false;
    this.backend.putState(this.space, key, { json: JSON.stringify(value), expiresAt: row.expiresAt });
    return true;
  }

  /** The value stored under `key`, or undefined when it never existed, expired or was pushed out. */
  get(key: string): T | undefined {
    const row = this.backend.getState(this.space, key);
    if (row === undefined) return undefined;
    if (row.expiresAt <= this.clock()) {
      this.backend.deleteState(this.space, key);
      return undefined;
    }
    return JSON.parse(row.json) as T;
  }

  /** Forgets the value under `key`. */
  delete(key: string): void {
    this.backend.deleteState(this.space, key);
  }

  /** Number of entries held, expired ones included until they are next looked up or swept. */
  get size(): number {
    return this.backend.countState(this.space);
  }
}
