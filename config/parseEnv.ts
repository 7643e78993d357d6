import type { z } from 'zod';
import { AppError } from '../errors/index.js';

/** Parses environment variables with `schema`; throws CONFIG_INVALID listing each bad variable and what it expects. */
export function parseEnv<T extends z.ZodType>(schema: T, env: Record<string, string | undefined>): z.infer<T> {
  const parsed = schema.safeParse(env);
  if (parsed.success) return parsed.data;
  const lines = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
  throw new AppError('CONFIG_INVALID', `invalid environment:\n  ${lines.join('\n  ')}`);
}
