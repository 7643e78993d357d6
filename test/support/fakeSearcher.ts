import type { Passage, ReportMeta } from '../../index/types.js';
import { hanBigrams, indexWords, normalizeForIndex } from '../../index/index.js';
import { analyzeQuestion, reportAliases } from '../../retrieval/index.js';
import type { Answer, Citation, Comparison, CorpusNames, Hit, PassageContext, Searcher } from '../../retrieval/index.js';
import { SEED_PASSAGES, SEED_REPORTS } from './seedPassages.js';

/** Options of the fake searcher; all optional. */
export interface FakeSearcherOptions {
  passages?: Passage[];
  reports?: ReportMeta[];
  /** Delay before each search/compare resolves, in ms; default 0. */
  delayMs?: number;
  /** When set, search and compare reject with what it returns for the query (undefined: answer normally). */
  fail?: (query: string) => Error | undefined;
}

/** Character bigrams of the letters and digits of `text` (a crude stand-in for real retrieval). */
function bigrams(text: string): Set<string> {
  const chars = [...text.replace(/[^\p{L}\p{N}]/gu, '')];
  const grams = new Set<string>();
  for (let i = 0; i + 1 < chars.length; i++) grams.add(`${chars[i]}${chars[i + 1]}`);
  return grams;
}

/** The sentence (ending in 。；) of `text` with most of `grams`, as a [start, end) range. */
function bestSentence(text: string, grams: Set<string>): [number, number] {
  let best: [number, number] = [0, 0];
  let bestScore = -1;
  for (const m of text.matchAll(/[^。；]+[。；]?/gu)) {
    const score = [...grams].filter((g) => m[0].includes(g)).length;
    if (score > bestScore) [best, bestScore] = [[m.index, m.index + m[0].length], score];
  }
  return best;
}

/**
 * A Searcher over a few real seed passages, ranking by shared character bigrams: enough to drive the bot's
 * handlers with realistic text. A passage matches with at least 2 shared bigrams (1 for a one-bigram query) covering a quarter of the query's.
 */
export function createFakeSearcher(options: FakeSearcherOptions = {}): Searcher & { calls: string[] } {
  const passages = options.passages ?? SEED_PASSAGES;
  const reports = options.reports ?? SEED_REPORTS;
  const reportOf = (p: Passage): ReportMeta => reports.find((r) => r.id === p.reportId) as ReportMeta;
  const citationOf = (p: Passage): Citation => {
    const r = reportOf(p);
    return { org: r.org, title: r.title, year: r.year, section: p.section, source: [r.org, r.title, p.section.join(' › ')].join(' · ') };
  };
  const rank = (query: string): Hit[] => {
    const grams = bigrams(query);
    return passages
      .map((passage) => {
        const shared = [...grams].filter((g) => passage.text.includes(g)).length;
        return { passage, shared, score: grams.size === 0 ? 0 : shared / grams.size };
      })
      .filter((x) => x.shared >= Math.min(2, grams.size) && x.shared > 0 && x.score >= 0.25)
      .sort((a, b) => b.score - a.score || a.passage.id.localeCompare(b.passage.id))
      .map(({ passage, score }) => ({
        passage,
        report: reportOf(passage),
        score,
        quote: { text: passage.text, highlights: [bestSentence(passage.text, grams)] },
        citation: citationOf(passage),
        kind: 'practice' as const,
      }));
  };
  const calls: string[] = [];
  // The real question analysis over these passages: their words and bigrams counted as the index counts them.
  let names: CorpusNames | undefined;
  const corpus = (): CorpusNames => {
    if (names) return names;
    const wordCounts = new Map<string, number>();
    const bigramCounts = new Map<string, number>();
    for (const p of passages) {
      const text = normalizeForIndex(p.text);
      for (const w of new Set(indexWords(text))) wordCounts.set(w, (wordCounts.get(w) ?? 0) + 1);
      for (const g of new Set(hanBigrams(text))) bigramCounts.set(g, (bigramCounts.get(g) ?? 0) + 1);
    }
    return (names = { aliases: new Map(reports.map((r) => [r.id, reportAliases(r)])), wordCounts, bigramCounts, vocabulary: () => wordCounts });
  };
  const settle = async (query: string): Promise<void> => {
    calls.push(query);
    if (options.delayMs) await new Promise((r) => setTimeout(r, options.delayMs));
    const error = options.fail?.(query);
    if (error !== undefined) throw error;
  };
  return {
    calls,
    async search(query, { topK = 5, offset = 0, filter } = {}): Promise<Answer> {
      await settle(query);
      // Reports a follow-up leaves out (还有别的地方吗) are left out here too, and the answer says so as the real one does.
      const excluded = new Set(filter?.excludeReports ?? []);
      const ranked = rank(query).filter((h) => !excluded.has(h.report.id));
      const hits = ranked.slice(offset, offset + topK);
      const question = analyzeQuestion(query, corpus());
      const scope = excluded.size > 0 ? { filter: { excludeReports: [...excluded] } } : {};
      return { query, found: ranked.length > 0, hits, hasMore: ranked.length > offset + topK, ...scope, ...('problem' in question ? {} : { question }) };
    },
    async compare(topic): Promise<Comparison> {
      await settle(topic);
      const ranked = rank(topic);
      const found = reports.flatMap((r) => ranked.find((h) => h.report.id === r.id) ?? []);
      return { topic, found, related: [], mentions: [], silent: reports.filter((r) => !found.some((h) => h.report.id === r.id)) };
    },
    analyze(question) {
      return analyzeQuestion(question, corpus());
    },
    reports: () => reports.map((meta) => ({ meta, passageCount: passages.filter((p) => p.reportId === meta.id).length })),
    context(passageId): PassageContext | undefined {
      const passage = passages.find((p) => p.id === passageId);
      if (passage === undefined) return undefined;
      const section = passages
        .filter((p) => p.reportId === passage.reportId && p.section.join('\n') === passage.section.join('\n'))
        .sort((a, b) => a.ordinal - b.ordinal);
      return { passage, report: reportOf(passage), citation: citationOf(passage), section };
    },
  };
}
