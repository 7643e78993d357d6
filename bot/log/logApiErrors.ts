import type { Transformer } from 'grammy';
import type { Logger } from './logger.js';

/**
 * API transformer logging every failed Bot API call (method, error code, description; never the payload, which
 * holds users' text). Installed inside auto-retry, so each retried 429 or 5xx is logged once per attempt.
 */
export function logApiErrors(logger: Logger): Transformer {
  return async (prev, method, payload, signal) => {
    try {
      const result = await prev(method, payload, signal);
      if (!result.ok) {
        logger.warn('api_error', { method, code: result.error_code, description: result.description, retryAfter: result.parameters?.retry_after });
      }
      return result;
    } catch (err) {
      if (!signal?.aborted) logger.warn('api_unreachable', { method, err });
      throw err;
    }
  };
}
