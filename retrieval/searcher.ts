import type { Embedder, PassageStore } from '../index/index.js';
import { analyzeQuestion, ftsMatch, yearMismatch } from './analysis/index.js';
import type { QueryProblem, QuestionAnalysis } from './analysis/index.js';
import { loadSnapshot } from './corpusSnapshot.js';
import type { CorpusSnapshot } from './corpusSnapshot.js';
import { citePassage, passageContext, quotePassage } from './quote/index.js';
import { DEFAULT_RANKING, DEFAULT_THRESHOLDS, judgeRelevance, passageKind, rankCandidates, relevanceScore, termWeights } from './rank/index.js';
import { narrowCandidates } from './narrowCandidates.js';
import { compareReports } from './compareReports.js';
import type { RankedCandidate, RankingConfig, RelevanceThresholds } from './rank/index.js';
import type { Answer, CompareOptions, Comparison, Hit, PassageContext, ReportSummary, SearchOptions, Searcher } from './types.js';

/** Tuning of a searcher; every field optional, defaults in DEFAULT_RANKING / DEFAULT_THRESHOLDS. */
export interface SearcherOptions {
  ranking?: Partial<RankingConfig>;
  thresholds?: Partial<RelevanceThresholds>;
}

/** A question ranked over the whole corpus, before paging. */
export interface RankedQuestion {
  question: QuestionAnalysis;
  candidates: RankedCandidate[];
}

/** The search core over one index: hybrid retrieval, not-found decision, quotes and citations. */
export class IndexSearcher implements Searcher {
  private snapshot: CorpusSnapshot;
  readonly ranking: RankingConfig;
  readonly thresholds: RelevanceThresholds;

  constructor(private readonly store: PassageStore, private readonly embedder: Embedder, options: SearcherOptions = {}) {
    this.ranking = { ...DEFAULT_RANKING, ...options.ranking };
    this.thresholds = { ...DEFAULT_THRESHOLDS, ...options.thresholds };
    this.snapshot = loadSnapshot(store);
  }

  /** The in-memory snapshot, reloaded when another writer committed a change. */
  private current(): CorpusSnapshot {
    if (this.store.generation() !== this.snapshot.generation) this.snapshot = loadSnapshot(this.store);
    return this.snapshot;
  }

  /** The question as this index reads it (names, topic words, typos), or why it cannot be searched. */
  analyze(raw: string): QuestionAnalysis | { problem: QueryProblem } {
    const snapshot = this.current();
    return analyzeQuestion(raw, { aliases: snapshot.aliases, wordCounts: snapshot.df.words, bigramCounts: snapshot.df.bigrams });
  }

  /** Analyses a question and ranks every candidate for it, or says why it cannot be searched. */
  async rank(raw: string): Promise<RankedQuestion | { problem: QueryProblem }> {
    const snapshot = this.current();
    const question = this.analyze(raw);
    if ('problem' in question) return question;
    const match = ftsMatch(question.terms);
    const lexical = match && this.ranking.mode !== 'dense' ? this.store.lexical(match, this.ranking.candidates, this.ranking.bm25) : [];
    const vector = this.ranking.queryInstruction ? await this.embedder.embedQuery(question.topicText) : (await this.embedder.embed([question.topicText]))[0];
    const dense = this.ranking.mode !== 'lexical' && vector ? snapshot.vectorIndex.search(vector, this.ranking.candidates) : [];
    return { question, candidates: rankCandidates(snapshot, { question, vector }, lexical, dense, this.ranking) };
  }

  async search(raw: string, options: SearchOptions = {}): Promise<Answer> {
    const topK = options.topK ?? 5;
    const offset = options.offset ?? 0;
    const ranked = await this.rank(raw);
    if ('problem' in ranked) return { query: raw.trim(), found: false, hits: [], hasMore: false, problem: ranked.problem };
    const { question, candidates } = ranked;
    const notFound: Answer = { query: question.display, found: false, hits: [], hasMore: false, question };
    // A question about a place no report is from (上海市…) is not answered with other places' words.
    if (question.unknownPlaces.length > 0 && question.named.length === 0) return { ...notFound, unknownPlaces: question.unknownPlaces };
    const t = this.thresholds;
    // Filters (places, tier, year, latest per issuer) and passage kinds: narrowCandidates.ts.
    const narrowed = narrowCandidates(this.snapshot, question, candidates, options.filter);
    const pool = narrowed.pool;
    const best = Math.max(0, ...pool.map((c) => relevanceScore(c, t)));
    // Shown passages must each answer, and none may be far weaker than the best (no padding), unless the
    // question asks about several places: then another report's weaker answer is still its answer.
    const floor = question.manyPlaces ? -Infinity : best - t.tailMargin;
    // A question about a named body is answered from that body's report or not at all.
    const relevant = narrowed.order(
      pool.filter((c) => judgeRelevance(c, t) && relevanceScore(c, t) >= floor && (question.named.length === 0 || question.named.includes(c.reportId))),
    );
    const found = relevant.length > 0 && pool[0] !== undefined && judgeRelevance(pool[0], t);
    if (!found) return { ...notFound, ...narrowed.notes([]) };
    const page = relevant.slice(offset, offset + topK);
    const weights = termWeights(question.terms, this.snapshot.df);
    const hits = page.map((c) => this.hit(c, weights, question));
    const answer: Answer = { query: question.display, found: true, hits, hasMore: relevant.length > offset + topK, question, ...narrowed.notes(relevant) };
    const mismatch = yearMismatch(question.askedYear, hits.map((h) => h.report.year));
    if (mismatch) answer.yearMismatch = mismatch;
    return answer;
  }

  async compare(topic: string, options: CompareOptions = {}): Promise<Comparison> {
    const snapshot = this.current();
    const question = this.analyze(topic);
    if ('problem' in question) return { topic: topic.trim(), found: [], mentions: [], silent: [...snapshot.reports.values()] };
    const vector = this.ranking.queryInstruction ? await this.embedder.embedQuery(question.topicText) : (await this.embedder.embed([question.topicText]))[0];
    // Each report decided against all of its own passages: judgeReport.ts.
    return compareReports({ store: this.store, snapshot, ranking: this.ranking, thresholds: this.thresholds }, question, vector, options.filter ?? {}, (c) => this.hit(c, termWeights(question.terms, snapshot.df), question));
  }

  reports(): ReportSummary[] {
    const snapshot = this.current();
    return [...snapshot.reports.values()].map((meta) => ({ meta, passageCount: snapshot.passageCounts.get(meta.id) ?? 0 }));
  }

  context(passageId: string): PassageContext | undefined {
    return passageContext(this.current(), passageId);
  }

  private hit(candidate: RankedCandidate, weights: Map<string, number>, question: QuestionAnalysis): Hit {
    const passage = this.snapshot.passages.get(candidate.rowid)!;
    const report = this.snapshot.reports.get(passage.reportId)!;
    return {
      passage,
      report,
      score: candidate.score,
      quote: quotePassage(passage.text, weights, { heading: passage.section.at(-1), preferFigures: question.asksForFigure }),
      citation: citePassage(report, passage),
      kind: passageKind(passage.section, passage.text),
    };
  }
}
