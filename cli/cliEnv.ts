import { loadPaths, readEnvFile } from '../config/index.js';
import type { Paths } from '../config/index.js';

/** The paths every command-line tool needs, from the environment and an optional .env (the environment wins). */
export function readCliEnv(env: Record<string, string | undefined> = { ...readEnvFile(), ...process.env }): Paths {
  return loadPaths(env);
}
