import { PassageStore, placeNames } from '../index/index.js';
import type { Embedder } from '../index/index.js';
import { citePassage } from './citePassage.js';
import { loadSnapshot, openCorpus, questionFrequencies, refreshCorpus } from './corpusSnapshot.js';
import { boundTerms } from './boundTerms.js';
import type { Corpus, CorpusSnapshot } from './corpusSnapshot.js';
import { judgeRelevance, relevanceScore, DEFAULT_THRESHOLDS } from './judgeRelevance.js';
import type { RelevanceThresholds } from './judgeRelevance.js';
import { prepareQuery } from './prepareQuery.js';
import { ftsMatch, queryTerms } from './queryTerms.js';
import type { QueryTerms } from './queryTerms.js';
import { quotePassage } from './quotePassage.js';
import { rankCandidates } from './rankCandidates.js';
import { namedReports } from './reportAliases.js';
import { asksAboutManyPlaces } from './diversify.js';
import type { RankedCandidate } from './rankCandidates.js';
import { DEFAULT_RANKING } from './rankingConfig.js';
import type { RankingConfig } from './rankingConfig.js';
import { isMostlyLatin, translateEnglish } from './translateEnglish.js';
import { termWeights } from './termWeights.js';
import type { Answer, Comparison, Hit, PassageContext, ReportSummary, SearchOptions, Searcher } from './types.js';

/** Tuning of a searcher; every field optional, defaults in DEFAULT_RANKING / DEFAULT_THRESHOLDS. */
export interface SearcherOptions {
  ranking?: Partial<RankingConfig>;
  thresholds?: Partial<RelevanceThresholds>;
}

/** A question ranked over the whole corpus, before paging. */
export interface RankedQuestion {
  display: string;
  terms: QueryTerms;
  candidates: RankedCandidate[];
  /** Places named in the question that no report is from and the reports never mention. */
  unknownPlaces: string[];
  /** Reports the question names (by issuer or place). */
  named: string[];
  /** Whether it asks about several places (各地…): every report's answer counts, not only the best. */
  manyPlaces: boolean;
  /** The corpus as this question read it, with its candidates' passages. */
  corpus: CorpusSnapshot;
}

/** The search core over one index: hybrid retrieval, not-found decision, quotes and citations. */
export class IndexSearcher implements Searcher {
  private corpus: Corpus;
  readonly ranking: RankingConfig;
  readonly thresholds: RelevanceThresholds;

  constructor(private store: PassageStore, private readonly embedder: Embedder, options: SearcherOptions = {}) {
    this.ranking = { ...DEFAULT_RANKING, ...options.ranking };
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    this.corpus = openCorpus(store);
  }

  /** The corpus as of the latest commit: another writer's change is caught up, never rebuilt. */
  private current(): Corpus {
    if (this.store.replaced()) {
      // A rebuild swapped another file in: this handle still reads the old, unlinked one.
      const fresh = PassageStore.open(this.store.file, { modelId: this.embedder.modelId, dim: this.embedder.dim });
      this.store.close();
      this.store = fresh;
      this.corpus = openCorpus(fresh);
    }
    this.corpus = refreshCorpus(this.store, this.corpus);
    return this.corpus;
  }

  /** Closes the store this searcher reads (the one it opened last, after a rebuild). */
  close(): void {
    this.store.close();
  }

  /** Ranks every candidate for a question; undefined when the question has nothing to search. */
  async rank(question: string): Promise<RankedQuestion | { problem: 'empty' | 'too_long' | 'no_words' }> {
    const prepared = prepareQuery(question);
    if ('problem' in prepared) return prepared;
    const corpus = this.current();
    const english = isMostlyLatin(prepared.normalized) ? translateEnglish(prepared.normalized) : '';
    const searchText = english ? `${english} ${prepared.normalized}` : prepared.normalized;
    const named = namedReports(searchText, corpus.aliases);
    // The name decides where to look; words and meaning are compared on the rest, or every passage of
    // the named report would look similar to the question for sharing its place.
    const names = named.flatMap((id) => corpus.aliases.get(id) ?? []);
    const topicText = withoutNames(searchText, names) || searchText;
    const terms = queryTerms(withoutNames(english || prepared.normalized, names) || english || prepared.normalized);
    const df = questionFrequencies(this.store);
    const match = ftsMatch(boundTerms(terms, df));
    const lexical = match && this.ranking.mode !== 'dense' ? this.store.reader().lexical(match, this.ranking.candidates, this.ranking.bm25) : [];
    const vector = this.ranking.queryInstruction ? await this.embedder.embedQuery(topicText) : (await this.embedder.embed([topicText]))[0];
    const dense = this.ranking.mode !== 'lexical' && vector ? corpus.vectorIndex.search(vector, this.ranking.candidates) : [];
    const snapshot = loadSnapshot(this.store, corpus, [...lexical, ...dense].map((h) => h.rowid), df);
    const candidates = rankCandidates(snapshot, { normalized: searchText, terms, vector }, lexical, dense, this.ranking);
    const known = (place: string) =>
      (snapshot.df.words.get(place) ?? 0) > 0 || [...snapshot.aliases.values()].some((aliases) => aliases.some((a) => a.includes(place) || place.includes(a)));
    const unknownPlaces = placeNames(prepared.normalized).filter((place) => !known(place));
    return { display: prepared.display, terms, candidates, unknownPlaces, named, manyPlaces: asksAboutManyPlaces(searchText), corpus: snapshot };
  }

  async search(question: string, options: SearchOptions = {}): Promise<Answer> {
    const topK = options.topK ?? 5;
    const offset = options.offset ?? 0;
    const ranked = await this.rank(question);
    if ('problem' in ranked) return { query: question.trim(), found: false, hits: [], hasMore: false, problem: ranked.problem };
    // A question about a place no report is from (上海市…) is not answered with other places' words.
    if (ranked.unknownPlaces.length > 0 && ranked.named.length === 0) {
      return { query: ranked.display, found: false, hits: [], hasMore: false, unknownPlaces: ranked.unknownPlaces };
    }
    const t = this.thresholds;
    const best = Math.max(0, ...ranked.candidates.map((c) => relevanceScore(c, t)));
    // Shown passages must each answer, and none may be far weaker than the best (no padding), unless the
    // question asks about several places: then another report's weaker answer is still its answer.
    const floor = ranked.manyPlaces ? -Infinity : best - t.tailMargin;
    // A question about a named body is answered from that body's report or not at all.
    const relevant = ranked.candidates.filter(
      (c) => judgeRelevance(c, t) && relevanceScore(c, t) >= floor && (ranked.named.length === 0 || ranked.named.includes(c.reportId)),
    );
    const found = relevant.length > 0 && judgeRelevance(ranked.candidates[0]!, t);
    if (!found) return { query: ranked.display, found: false, hits: [], hasMore: false };
    const page = relevant.slice(offset, offset + topK);
    const weights = termWeights(ranked.terms, ranked.corpus.df);
    const hits = page.map((c) => this.hit(c, weights, ranked.corpus));
    const answer: Answer = { query: ranked.display, found: true, hits, hasMore: relevant.length > offset + topK };
    const mismatch = yearMismatch(ranked.display, hits.map((h) => h.report.year));
    if (mismatch) answer.yearMismatch = mismatch;
    return answer;
  }

  async compare(topic: string): Promise<Comparison> {
    const ranked = await this.rank(topic);
    if ('problem' in ranked) return { topic: topic.trim(), found: [], silent: [...this.current().reports.values()] };
    const snapshot = ranked.corpus;
    const weights = termWeights(ranked.terms, snapshot.df);
    const best = new Map<string, RankedCandidate>();
    for (const c of ranked.candidates) if (!best.has(c.reportId) && judgeRelevance(c, this.thresholds)) best.set(c.reportId, c);
    return {
      topic: ranked.display,
      found: [...best.values()].map((c) => this.hit(c, weights, snapshot)),
      silent: [...snapshot.reports.values()].filter((meta) => !best.has(meta.id)),
    };
  }

  reports(): ReportSummary[] {
    const corpus = this.current();
    return [...corpus.reports.values()].map((meta) => ({ meta, passageCount: corpus.passageCounts.get(meta.id) ?? 0 }));
  }

  context(passageId: string): PassageContext | undefined {
    const corpus = this.current();
    const reader = this.store.reader();
    const rowid = reader.rowid(passageId);
    const passage = rowid === undefined ? undefined : reader.passages([rowid]).get(rowid);
    const report = passage && corpus.reports.get(passage.reportId);
    if (!passage || !report) return undefined;
    const sameReport = reader.reportPassages(passage.reportId);
    const key = JSON.stringify(passage.section);
    let section = sameReport.filter((p) => JSON.stringify(p.section) === key);
    if (section.length === 1 && passage.section.length > 1) {
      const parent = JSON.stringify(passage.section.slice(0, -1));
      section = sameReport.filter((p) => JSON.stringify(p.section.slice(0, passage.section.length - 1)) === parent);
    }
    return { passage, report, citation: citePassage(report, passage), section };
  }

  private hit(candidate: RankedCandidate, weights: Map<string, number>, snapshot: CorpusSnapshot): Hit {
    const passage = snapshot.passages.get(candidate.rowid)!;
    const report = snapshot.reports.get(passage.reportId)!;
    return {
      passage,
      report,
      score: candidate.score,
      quote: quotePassage(passage.text, weights, { heading: passage.section.at(-1) }),
      citation: citePassage(report, passage),
    };
  }
}

/** The question with the names of the reports it names taken out, longest first (pure). */
function withoutNames(text: string, aliases: string[]): string {
  let rest = text;
  for (const alias of [...aliases].sort((a, b) => b.length - a.length)) rest = rest.split(alias).join(' ');
  return rest.replace(/\s+/g, ' ').trim();
}

/** The year a question asks about (2024年, 2024 年度) when none of the quoted reports covers it (pure). */
export function yearMismatch(question: string, reportYears: Array<number | null>): { asked: number; covered: number[] } | undefined {
  const asked = /((?:19|20)\d{2})\s*年/u.exec(question.normalize('NFKC'))?.[1];
  if (!asked) return undefined;
  const covered = [...new Set(reportYears.filter((y): y is number => y !== null))].sort();
  return covered.length > 0 && !covered.includes(Number(asked)) ? { asked: Number(asked), covered } : undefined;
}
