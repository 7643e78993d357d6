import { readFileSync } from 'node:fs';

/** The dev set's questions (eval/dev.jsonl), in order. */
export function devQuestions(): string[] {
  return readFileSync('eval/dev.jsonl', 'utf8').trim().split('\n').map((line) => (JSON.parse(line) as { q: string }).q);
}
