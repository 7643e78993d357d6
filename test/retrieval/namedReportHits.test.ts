import { describe, expect, it } from 'vitest';
import type { PassageReader } from '../../index/index.js';
import { withNamedReports, NAMED_REPORTS_SEARCHED } from '../../retrieval/namedReportHits.js';
import { DEFAULT_RANKING } from '../../retrieval/rank/index.js';

const unit = (x: number, y: number) => Float32Array.from([x, y]).map((v, _, a) => v / Math.hypot(a[0]!, a[1]!));

// A report's own passages, as the store gives them: its stored vectors.
const store = {
  reportPassageVectors: (reportId: string) => (reportId === 'hn' ? [{ rowid: 7, text: '', vector: unit(1, 1) }, { rowid: 8, text: '', vector: unit(0, 1) }] : []),
} as unknown as PassageReader;

describe('withNamedReports', () => {
  const wide = { lexical: [{ rowid: 1, score: 9 }, { rowid: 2, score: 1 }], dense: [{ rowid: 1, similarity: 0.95 }, { rowid: 3, similarity: 0.2 }] };

  it('merges a named report\'s own nearest passages into the dense list at the places their similarities give them', () => {
    const lists = withNamedReports(store, ['hn'], unit(1, 0), DEFAULT_RANKING, wide);
    expect(lists.lexical).toBe(wide.lexical);
    expect(lists.dense.map((h) => h.rowid)).toEqual([1, 7, 3, 8]);
  });

  it('leaves the lists alone when nothing is named, or when a name stands for too many reports', () => {
    expect(withNamedReports(store, [], unit(1, 0), DEFAULT_RANKING, wide)).toBe(wide);
    const many = Array.from({ length: NAMED_REPORTS_SEARCHED + 1 }, (_, i) => `r${i}`);
    expect(withNamedReports(store, many, unit(1, 0), DEFAULT_RANKING, wide)).toBe(wide);
  });
});
