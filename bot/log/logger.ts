import type { LogLevel } from '../../config/index.js';
import { truncateText } from '../../index/index.js';

/** Longest string field written, in UTF-16 units: a pasted document is logged as an excerpt, cut between characters. */
export const MAX_LOG_FIELD_CHARS = 1_000;

/** Structured log: an event name and fields, one JSON line each. Users' text belongs at debug level only. */
export interface Logger {
  debug(event: string, fields?: Record<string, unknown>): void;
  info(event: string, fields?: Record<string, unknown>): void;
  warn(event: string, fields?: Record<string, unknown>): void;
  error(event: string, fields?: Record<string, unknown>): void;
}

/** Options of createLogger; all optional. */
export interface LoggerOptions {
  /** Lowest level written; default info. */
  level?: LogLevel;
  /** Where a line goes; default stderr. */
  write?: (line: string) => void;
  /** Strings never to be written (the bot token): replaced by "[redacted]" wherever they appear. */
  secrets?: Array<string | undefined>;
  /** Milliseconds since the epoch; default Date.now. */
  clock?: () => number;
}

const RANK: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

/** Errors as plain fields, with the AppError code and the stack (stacks go to the log, never to a chat). */
function serialize(value: unknown): unknown {
  if (typeof value === 'string') return truncateText(value, MAX_LOG_FIELD_CHARS, '…');
  if (!(value instanceof Error)) return value;
  const code = (value as { code?: unknown }).code;
  const cause = (value as { cause?: unknown }).cause;
  return { name: value.name, message: value.message, code, stack: value.stack, cause: cause === undefined ? undefined : serialize(cause) };
}

/** A Logger writing JSON lines: {"time","level","event",...fields}. */
export function createLogger(options: LoggerOptions = {}): Logger {
  const min = RANK[options.level ?? 'info'];
  const write = options.write ?? ((line: string) => process.stderr.write(line + '\n'));
  const secrets = (options.secrets ?? []).filter((s): s is string => typeof s === 'string' && s.length > 0);
  const clock = options.clock ?? Date.now;
  const log = (level: LogLevel) => (event: string, fields: Record<string, unknown> = {}) => {
    if (RANK[level] < min) return;
    const entries = Object.entries(fields).map(([k, v]) => [k, serialize(v)]);
    let line = JSON.stringify({ time: new Date(clock()).toISOString(), level, event, ...Object.fromEntries(entries) });
    for (const secret of secrets) line = line.split(secret).join('[redacted]');
    write(line);
  };
  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** A Logger that writes nothing, for tests. */
export const silentLogger: Logger = { debug() {}, info() {}, warn() {}, error() {} };
