import { describe, expect, it } from 'vitest';
import { createLogger } from '../../bot/log/logger.js';
import { AppError } from '../../errors/index.js';

describe('logger', () => {
  it('writes one JSON line per event at or above its level', () => {
    const lines: string[] = [];
    const logger = createLogger({ level: 'info', write: (l) => lines.push(l), clock: () => 0 });
    logger.debug('hidden', { query: '法律顾问' });
    logger.info('answered', { latencyMs: 12 });
    expect(lines.map((l) => JSON.parse(l))).toEqual([{ time: '1970-01-01T00:00:00.000Z', level: 'info', event: 'answered', latencyMs: 12 }]);
  });

  it('logs errors with their code, stack and cause', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l) });
    logger.error('search_failed', { err: new AppError('INDEX_MISSING', 'run npm run index', { cause: new Error('ENOENT') }) });
    const entry = JSON.parse(lines[0]!) as { err: { code: string; stack: string; cause: { message: string } } };
    expect(entry.err.code).toBe('INDEX_MISSING');
    expect(entry.err.stack).toContain('AppError: run npm run index');
    expect(entry.err.cause.message).toBe('ENOENT');
  });

  it('redacts secrets wherever they appear', () => {
    const lines: string[] = [];
    const logger = createLogger({ write: (l) => lines.push(l), secrets: ['123:SECRET', undefined] });
    logger.warn('api_unreachable', { url: 'https://api.telegram.org/bot123:SECRET/getMe' });
    expect(lines[0]).not.toContain('123:SECRET');
    expect(lines[0]).toContain('[redacted]');
  });
});
