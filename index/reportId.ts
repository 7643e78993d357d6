import { createHash } from 'node:crypto';

/** A report's id: the first 12 hex digits of the sha256 of its source text, so the same file is recognised. */
export function reportIdOf(sourceText: string): string {
  return createHash('sha256').update(sourceText, 'utf8').digest('hex').slice(0, 12);
}
