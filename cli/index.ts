// Shared pieces of the command-line entry points (the benchmarks use them too).
export { readCliEnv } from './cliEnv.js';
export { runCli } from './runCli.js';
