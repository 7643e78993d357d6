import { AppError } from '../../errors/index.js';

// SQLite's result codes for a file that is not, or no longer, a sound database (sqlite.org/rescode.html).
const DAMAGED = /^SQLITE_(?:CORRUPT|NOTADB)/u;

/**
 * The error to show for SQLite finding the index file damaged while reading it (a page overwritten in the
 * middle of the file passes the checks made on opening): AppError INDEX_CORRUPT with the fix; undefined for
 * any other error, which is left as it is.
 */
export function damagedStoreError(error: unknown): AppError | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !DAMAGED.test(code)) return undefined;
  const reason = error instanceof Error ? error.message : code;
  return new AppError('INDEX_CORRUPT', `the index file is damaged (${reason}): restore it from a backup, or run \`npm run index\`, which moves it aside and rebuilds it from the originals kept in the data folder and the seeds`, { cause: error });
}
