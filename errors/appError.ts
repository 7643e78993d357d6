/** Every failure the product knows how to explain. The bot maps each code to a reply in one place. */
export type ErrorCode =
  | 'CONFIG_INVALID'
  | 'MODEL_MISSING'
  | 'MODEL_HASH_MISMATCH'
  | 'MODEL_FETCH_FAILED'
  | 'INDEX_MISSING'
  | 'INDEX_MISMATCH'
  | 'INDEX_CORRUPT'
  | 'FILE_UNREADABLE'
  | 'FILE_TOO_LARGE'
  | 'FILE_TOO_COMPLEX'
  | 'FILE_EMPTY'
  | 'FILE_UNSUPPORTED'
  | 'FILE_SCANNED'
  | 'FETCH_BLOCKED'
  | 'FETCH_FAILED'
  | 'PAGE_NOT_REPORT'
  | 'REPORT_DUPLICATE'
  | 'REPORT_ALREADY_INDEXED'
  | 'REPORT_METADATA_MISSING'
  | 'REPORT_NOT_FOUND'
  | 'REPORT_TOO_LARGE'
  | 'REPORT_TOO_SHORT'
  | 'INGEST_INTERRUPTED';

/** The one error class of the project: `message` says what happened and how to fix it. */
export class AppError extends Error {
  override readonly name = 'AppError';
  constructor(
    readonly code: ErrorCode,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** True when `err` is an AppError, optionally with one of `codes`. */
export function isAppError(err: unknown, ...codes: ErrorCode[]): err is AppError {
  return err instanceof AppError && (codes.length === 0 || codes.includes(err.code));
}
