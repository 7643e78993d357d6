import { isAppError } from '../../errors/index.js';
import type { Messages } from '../../prompts/index.js';

/**
 * The one place that turns a failure into what the user reads. Index and model problems are the operator's to
 * fix ("unavailable"); anything else is generic. (A question the search core refuses is not an error: see
 * queryProblemReply.)
 * Stacks go to the log, never here.
 */
export function errorReply(err: unknown, t: Messages): string {
  if (isAppError(err, 'INDEX_MISSING', 'INDEX_MISMATCH', 'INDEX_CORRUPT', 'MODEL_MISSING', 'MODEL_HASH_MISMATCH', 'MODEL_FETCH_FAILED', 'CONFIG_INVALID')) {
    return t.errors.unavailable;
  }
  return t.errors.generic;
}

/** Why a document was not added, for the admin who sent it: the reason in their language and the precise detail. */
export function ingestErrorReply(err: unknown, t: Messages): string {
  if (!isAppError(err)) return errorReply(err, t);
  return t.ingest.failed(t.ingest.reasons[err.code] ?? t.ingest.otherReason, err.message);
}
