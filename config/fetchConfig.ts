import { z } from 'zod';
import { parseEnv } from './parseEnv.js';

/** Bounds on fetching reports by link (for `index/fetch`'s FetchLimits). */
export interface FetchConfig {
  /** FETCH_ALLOW_PRIVATE=true lets links reach private, loopback and link-local addresses (tests, an intranet); default false. */
  allowPrivate: boolean;
  /** FETCH_TIMEOUT_SECONDS: wall-clock limit for one fetch with its redirects, in milliseconds here; default 30 s. */
  timeoutMs: number;
  /** FETCH_MAX_REDIRECTS: redirects followed, each re-checked; default 5. */
  maxRedirects: number;
}

const flag = z.preprocess(
  (v) => (typeof v === 'string' ? v.trim().toLowerCase() || undefined : v),
  z.enum(['true', 'false', '1', '0', 'yes', 'no'], { error: 'expected true or false' }).optional(),
);
const whole = (min: number, max: number, expected: string) =>
  z.preprocess((v) => (typeof v === 'string' && v.trim() === '' ? undefined : v), z.coerce.number({ error: expected }).int({ error: expected }).min(min, { error: expected }).max(max, { error: expected }).optional());

const schema = z.object({
  FETCH_ALLOW_PRIVATE: flag,
  FETCH_TIMEOUT_SECONDS: whole(1, 600, 'expected a whole number of seconds, 1-600'),
  FETCH_MAX_REDIRECTS: whole(0, 20, 'expected a whole number of redirects, 0-20'),
});

/** Parses the FETCH_* variables (the bot and `npm run ingest` read them the same way); CONFIG_INVALID names a bad one. */
export function loadFetchConfig(env: Record<string, string | undefined>): FetchConfig {
  const e = parseEnv(schema, env);
  return {
    allowPrivate: ['true', '1', 'yes'].includes(e.FETCH_ALLOW_PRIVATE ?? 'false'),
    timeoutMs: (e.FETCH_TIMEOUT_SECONDS ?? 30) * 1000,
    maxRedirects: e.FETCH_MAX_REDIRECTS ?? 5,
  };
}
