import { randomBytes } from 'node:crypto';

/** Options of a StateStore; all optional. */
export interface StateStoreOptions {
  /** How long a button keeps working; default 24 hours. */
  ttlMs?: number;
  /** Entries kept at most; the oldest go first. Default 10,000. */
  maxEntries?: number;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
}

/**
 * Server-side memory for buttons: `put` returns a short random key that fits in callback_data, `get` returns the
 * value until it expires or is pushed out. Keys are random, not counters, so a button from before a restart can
 * never reach another user's state.
 */
export class StateStore<T> {
  private readonly entries = new Map<string, { value: T; expiresAt: number }>();
  private readonly ttlMs: number;
  private readonly maxEntries: number;
  private readonly clock: () => number;

  constructor(options: StateStoreOptions = {}) {
    this.ttlMs = options.ttlMs ?? 24 * 60 * 60 * 1000;
    this.maxEntries = options.maxEntries ?? 10_000;
    this.clock = options.clock ?? Date.now;
  }

  /** Stores `value` and returns its key: 8 characters of [A-Za-z0-9_-]. */
  put(value: T): string {
    const key = randomBytes(6).toString('base64url');
    this.entries.set(key, { value, expiresAt: this.clock() + this.ttlMs });
    // Map keeps insertion order, so the first entries are the oldest.
    for (const oldest of this.entries.keys()) {
      if (this.entries.size <= this.maxEntries) break;
      this.entries.delete(oldest);
    }
    return key;
  }

  /**
   * Puts a new value under a live key, keeping its expiry (the old value is not changed: values handed to the
   * store are never mutated). False when the key expired, was pushed out or never existed.
   */
  replace(key: string, value: T): boolean {
    const entry = this.entries.get(key);
    if (entry === undefined || entry.expiresAt <= this.clock()) return false;
    this.entries.set(key, { value, expiresAt: entry.expiresAt });
    return true;
  }

  /** The value stored under `key`, or undefined when it never existed, expired or was pushed out. */
  get(key: string): T | undefined {
    const entry = this.entries.get(key);
    if (entry === undefined) return undefined;
    if (entry.expiresAt <= this.clock()) {
      this.entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  /** Number of entries held, expired ones included until they are next looked up or pushed out. */
  get size(): number {
    return this.entries.size;
  }
}
