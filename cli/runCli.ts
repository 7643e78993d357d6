import { isAppError } from '../index/error.js';

/** Runs a command-line entry point: known errors print their message (with the fix) and exit 1. */
export function runCli(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    if (isAppError(error)) {
      process.stderr.write(`error: ${error.message}\n`);
    } else {
      process.stderr.write(`unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    }
    process.exitCode = 1;
  });
}
