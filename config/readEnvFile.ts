import { existsSync, readFileSync } from 'node:fs';
import dotenv from 'dotenv';

/**
 * Reads KEY=value pairs from an optional `.env` file (default `./.env`) without touching process.env;
 * returns {} when the file does not exist. The entry point merges it under process.env, which wins.
 */
export function readEnvFile(path = '.env'): Record<string, string> {
  if (!existsSync(path)) return {};
  return dotenv.parse(readFileSync(path));
}
