import { isAppError } from '../errors/index.js';
import { damagedStoreError } from '../index/index.js';
import { cliErrorLines, cliUnexpectedError, cliUsageError } from '../prompts/index.js';

/** Runs a command-line entry point: known errors print what to do (in Chinese) with their detail, and exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((thrown: unknown) => {
    const error = damagedStoreError(thrown) ?? thrown;
    if (isAppError(error)) {
      process.stderr.write(`${cliErrorLines(error.code, error.message)}\n`);
    } else if (isUsageError(error)) {
      process.stderr.write(`${cliUsageError(error.message)}\n`);
      process.exitCode = 2;
      return;
    } else {
      process.stderr.write(`${cliUnexpectedError(error instanceof Error ? (error.stack ?? error.message) : String(error))}\n`);
    }
    process.exitCode = 1;
  });
}

/** A command line node:util parseArgs refused (unknown option, missing value). */
function isUsageError(error: unknown): error is Error {
  return error instanceof TypeError && String((error as { code?: unknown }).code ?? '').startsWith('ERR_PARSE_ARGS');
}
