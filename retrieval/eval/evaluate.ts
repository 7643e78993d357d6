import { z } from 'zod';
import { normalizeForIndex } from '../../index/index.js';

/** One question of an eval file (format of eval/README.md). */
export const EvalItemSchema = z.object({
  id: z.string(),
  kind: z.string(),
  q: z.string(),
  any: z.array(z.string()).optional(),
  all: z.array(z.string()).optional(),
});
export type EvalItem = z.infer<typeof EvalItemSchema>;

/** What the system returned for one question: found, and the result texts best first. */
export interface EvalRun {
  found: boolean;
  texts: string[];
}

/** Scores of one question. */
export interface ItemScore {
  item: EvalItem;
  /** Rank (1-based) of the first result containing an `any` string within the top 10; 0 when none. */
  rank: number;
  /** Share of `all` strings found in the top 10 (coverage questions). */
  coverage?: number;
  /** For out-of-scope questions: answered "nothing found". */
  rejected?: boolean;
}

/** Aggregate scores, as eval/README.md defines them. */
export interface EvalSummary {
  count: number;
  hitAt1: number;
  hitAt5: number;
  mrrAt10: number;
  coverageAt10: number;
  oosRejection: number;
}

/** Parses JSON lines into eval items, naming the line of any malformed one. */
export function parseEvalFile(text: string): EvalItem[] {
  return text.split('\n').flatMap((line, i) => {
    if (!line.trim()) return [];
    const parsed = EvalItemSchema.safeParse(JSON.parse(line));
    if (!parsed.success) throw new Error(`line ${i + 1}: ${parsed.error.issues[0]?.message ?? 'invalid item'}`);
    return [parsed.data];
  });
}

/** Scores one question's run (pure; both sides normalised as the README says). */
export function scoreItem(item: EvalItem, run: EvalRun): ItemScore {
  if (item.kind === 'oos') return { item, rank: 0, rejected: !run.found };
  const texts = run.found ? run.texts.slice(0, 10).map(normalizeForIndex) : [];
  const any = (item.any ?? []).map(normalizeForIndex);
  const rank = any.length ? texts.findIndex((t) => any.some((a) => t.includes(a))) + 1 : 0;
  const score: ItemScore = { item, rank };
  if (item.all?.length) {
    const all = item.all.map(normalizeForIndex);
    score.coverage = all.filter((a) => texts.some((t) => t.includes(a))).length / all.length;
  }
  return score;
}

/** Averages item scores: hit and MRR over questions with `any`, coverage over those with `all`. */
export function summarize(scores: ItemScore[]): EvalSummary {
  const ranked = scores.filter((s) => s.item.kind !== 'oos' && (s.item.any?.length ?? 0) > 0);
  const covered = scores.filter((s) => s.coverage !== undefined);
  const oos = scores.filter((s) => s.item.kind === 'oos');
  const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);
  return {
    count: scores.length,
    hitAt1: mean(ranked.map((s) => (s.rank === 1 ? 1 : 0))),
    hitAt5: mean(ranked.map((s) => (s.rank >= 1 && s.rank <= 5 ? 1 : 0))),
    mrrAt10: mean(ranked.map((s) => (s.rank >= 1 ? 1 / s.rank : 0))),
    coverageAt10: mean(covered.map((s) => s.coverage ?? 0)),
    oosRejection: mean(oos.map((s) => (s.rejected ? 1 : 0))),
  };
}
