import type { Comparison, Hit } from '../retrieval/index.js';

/** The entries of a comparison to export and what each is (与主题). */
export interface ComparisonRows {
  /** found, then related, then mentions: the order the bot lists them. */
  hits: Hit[];
  /** standings[i] says what hits[i] is, in the words of the bot's comparison groups. */
  standings: string[];
}

/**
 * The entries of a comparison in the order the bot shows them, each with its standing (pure): a report that
 * addresses the topic (谈到「述法」), one close in meaning that never names its key word (相近的做法，未提到「述法」),
 * and a passing mention (仅提及). Without these an export would present all three as addressing the topic.
 */
export function comparisonRows(comparison: Pick<Comparison, 'found' | 'related' | 'mentions' | 'keyWord'>): ComparisonRows {
  const key = comparison.keyWord;
  const groups: [readonly Hit[], string][] = [
    [comparison.found, key ? `谈到「${key}」` : '谈到这一主题'],
    [comparison.related, key ? `相近的做法，未提到「${key}」` : '相近的做法'],
    [comparison.mentions, '仅提及，未具体介绍做法'],
  ];
  return {
    hits: groups.flatMap(([hits]) => [...hits]),
    standings: groups.flatMap(([hits, standing]) => hits.map(() => standing)),
  };
}
