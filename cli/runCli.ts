import { isAppError } from '../errors/index.js';
import { damagedStoreError } from '../index/index.js';

/** Runs a command-line entry point: known errors print their message (with the fix) and exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((thrown: unknown) => {
    const error = damagedStoreError(thrown) ?? thrown;
    if (isAppError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
    } else if (isUsageError(error)) {
      process.stderr.write(`error: ${error.message} (see --help)\n`);
      process.exitCode = 2;
      return;
    } else {
      process.stderr.write(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  });
}

/** A command line node:util parseArgs refused (unknown option, missing value). */
function isUsageError(error: unknown): error is Error {
  return error instanceof TypeError && String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
}
