/**
 * The distinct terms FTS5's unicode61 tokenizer (remove_diacritics 0) makes of a column's text: lower-cased
 * runs of letters, numbers and private-use characters (pure). Document frequencies are counted with it, so
 * they equal what `fts5vocab` would report (checked in test/index/store.test.ts).
 */
export function ftsTerms(text: string): Set<string> {
  return new Set(text.toLowerCase().split(/[^\p{L}\p{N}\p{Co}]+/u).filter(Boolean));
}

/** Adds `sign` for every distinct term of each column text to `counts` (keyed `${col}\t${term}`). */
export function countTerms(counts: Map<string, number>, columns: readonly string[], sign: 1 | -1): void {
  columns.forEach((text, col) => {
    for (const term of ftsTerms(text)) {
      const key = `${col}\t${term}`;
      counts.set(key, (counts.get(key) ?? 0) + sign);
    }
  });
}
