/**
 * Outcome of RateLimiter.take: allowed, or refused with the wait until the next question is allowed and
 * whether to tell the user (only the first refusal since their last allowed question: told once per window).
 */
export type RateDecision = { allowed: true } | { allowed: false; retryInMs: number; notify: boolean };

/** Options of createRateLimiter. */
export interface RateLimiterOptions {
  /** Questions allowed per window per user. */
  limit: number;
  /** Sliding window; default 60,000 ms. */
  windowMs?: number;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
  /** Users tracked before idle ones are forgotten; default 10,000. */
  maxKeys?: number;
}

/** A per-user sliding-window limit on questions. */
export interface RateLimiter {
  /** Counts one question for `key` if allowed. */
  take(key: string | number): RateDecision;
}

/** A RateLimiter keeping each user's recent question times in memory. */
export function createRateLimiter(options: RateLimiterOptions): RateLimiter {
  const windowMs = options.windowMs ?? 60_000;
  const clock = options.clock ?? Date.now;
  const maxKeys = options.maxKeys ?? 10_000;
  const recent = new Map<string | number, number[]>();
  /** Users refused and told so since their last allowed question. */
  const told = new Set<string | number>();

  const forgetIdle = (now: number): void => {
    for (const [key, times] of recent) {
      if ((times[times.length - 1] ?? 0) > now - windowMs) continue;
      recent.delete(key);
      told.delete(key);
    }
  };

  return {
    take(key) {
      const now = clock();
      const times = (recent.get(key) ?? []).filter((t) => t > now - windowMs);
      if (times.length >= options.limit) {
        recent.set(key, times);
        const notify = !told.has(key);
        told.add(key);
        return { allowed: false, retryInMs: (times[0] ?? now) + windowMs - now, notify };
      }
      told.delete(key);
      times.push(now);
      recent.set(key, times);
      if (recent.size > maxKeys) forgetIdle(now);
      return { allowed: true };
    },
  };
}
