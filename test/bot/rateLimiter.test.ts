import { describe, expect, it } from 'vitest';
import { createRateLimiter } from '../../bot/middleware/rateLimiter.js';

describe('rate limiter', () => {
  it('allows `limit` questions per sliding minute per user, then says how long to wait', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 2, clock: () => now });
    expect(limiter.take(1)).toEqual({ allowed: true });
    now = 10_000;
    expect(limiter.take(1)).toEqual({ allowed: true });
    expect(limiter.take(1)).toEqual({ allowed: false, retryInMs: 50_000, notify: true });
    expect(limiter.take(1)).toEqual({ allowed: false, retryInMs: 50_000, notify: false }); // told once per window
    expect(limiter.take(2)).toEqual({ allowed: true }); // another user
    now = 60_000;
    expect(limiter.take(1)).toEqual({ allowed: true }); // the first question left the window
  });

  it('forgets idle users once it tracks too many', () => {
    let now = 0;
    const limiter = createRateLimiter({ limit: 1, clock: () => now, maxKeys: 2 });
    limiter.take('a');
    limiter.take('b');
    now = 61_000;
    limiter.take('c'); // over maxKeys: a and b are idle and dropped
    expect(limiter.take('a')).toEqual({ allowed: true });
  });
});
