import { PassageStore } from '../index/index.js';
import type { Embedder } from '../index/index.js';
import { analyzeQuestion, ftsMatch, yearMismatch } from './analysis/index.js';
import type { CorpusNames, QueryProblem, QuestionAnalysis } from './analysis/index.js';
import { loadSnapshot, openCorpus, questionFrequencies, refreshCorpus } from './corpusSnapshot.js';
import type { Corpus, CorpusSnapshot } from './corpusSnapshot.js';
import { citePassage, passageContext, quotePassage } from './quote/index.js';
import { aboutActors, boundTerms, lexicalReach, DEFAULT_RANKING, DEFAULT_THRESHOLDS, judgeRelevance, particularActors, passageKind, rankCandidates, relevanceScore, termWeights } from './rank/index.js';
import { narrowCandidates } from './narrowCandidates.js';
import { withNamedReports, type CandidateLists } from './namedReportHits.js';
import { compareReports } from './compareReports.js';
import { JUDGED_REPORTS } from './chooseJudged.js';
import type { RankedCandidate, RankingConfig, RelevanceThresholds } from './rank/index.js';
import type { Answer, CompareOptions, Comparison, Hit, PassageContext, ReportSummary, SearchOptions, Searcher } from './types.js';

/** Most named issuers a not-found answer names as searched (a name standing for more is left general). */
const NAMED_IN_NOT_FOUND = 3;

/** Candidates taken from each corpus-wide list to rank a comparison's reports (comparisonPool). */
const COMPARISON_POOL = 200;

/** Analyses kept for questions about to be searched (the bot analyses, then searches the same text). */
const ANALYSES_KEPT = 256;

/** The analyses of the current index generation, and what they read of it. */
interface AnalysisCache {
  generation: number;
  byQuestion: Map<string, QuestionAnalysis | { problem: QueryProblem }>;
  names?: CorpusNames;
}

/** Tuning of a searcher; every field optional, defaults in DEFAULT_RANKING / DEFAULT_THRESHOLDS. */
export interface SearcherOptions {
  ranking?: Partial<RankingConfig>;
  thresholds?: Partial<RelevanceThresholds>;
  /** Most reports a comparison judges in full; default JUDGED_REPORTS (tests lower it to see the bounded comparison on a small corpus). */
  judgedReports?: number;
}

/** A question ranked over the whole corpus, before paging. */
export interface RankedQuestion {
  question: QuestionAnalysis;
  candidates: RankedCandidate[];
  /** The corpus as this question read it, with its candidates' passages. */
  corpus: CorpusSnapshot;
}

/** The search core over one index: hybrid retrieval, not-found decision, quotes and citations. */
export class IndexSearcher implements Searcher {
  private corpus: Corpus;
  private analyses: AnalysisCache = { generation: -1, byQuestion: new Map() };
  readonly ranking: RankingConfig;
  readonly thresholds: RelevanceThresholds;
  private readonly judgedReports: number;

  constructor(private store: PassageStore, private readonly embedder: Embedder, options: SearcherOptions = {}) {
    this.judgedReports = options.judgedReports ?? JUDGED_REPORTS;
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
      const old = this.corpus;
      this.corpus = openCorpus(fresh);
      old.vectorIndex.close(); // two graphs in memory only while the new one opens
    }
    this.corpus = refreshCorpus(this.store, this.corpus);
    return this.corpus;
  }

  /** Drops the kept analyses of questions (not what is kept per index generation): the next asking of any question is analysed afresh, as a new one is (benchmarks). */
  forgetQuestions(): void {
    this.analyses.byQuestion.clear();
  }

  /** Closes the store this searcher reads (the one it opened last, after a rebuild) and frees its graph. */
  close(): void {
    this.store.close();
    this.corpus.vectorIndex.close();
  }

  /** What a question's analysis reads of the corpus, made once per index generation. */
  private corpusNames(corpus: Corpus): CorpusNames {
    const df = questionFrequencies(this.store);
    const reader = this.store.reader();
    return { aliases: corpus.aliases, names: corpus.names, wordCounts: df.words, bigramCounts: df.bigrams, vocabulary: (minPassages) => reader.words(minPassages) };
  }

  /**
   * The question as this index reads it (names, topic words, typos), or why it cannot be searched. The last few
   * analyses are kept per index generation: the bot analyses a question before searching it.
   */
  analyze(raw: string): QuestionAnalysis | { problem: QueryProblem } {
    const corpus = this.current();
    if (this.analyses.generation !== corpus.generation) this.analyses = { generation: corpus.generation, byQuestion: new Map(), names: this.corpusNames(corpus) };
    const cached = this.analyses.byQuestion.get(raw);
    if (cached !== undefined) return cached;
    const analysis = analyzeQuestion(raw, this.analyses.names ?? this.corpusNames(corpus));
    const byQuestion = this.analyses.byQuestion;
    byQuestion.set(raw, analysis);
    if (byQuestion.size > ANALYSES_KEPT) byQuestion.delete(byQuestion.keys().next().value!);
    return analysis;
  }

  /** Analyses a question and ranks every candidate for it, or says why it cannot be searched. */
  async rank(raw: string): Promise<RankedQuestion | { problem: QueryProblem }> {
    const question = this.analyze(raw);
    if ('problem' in question) return question;
    const vector = await this.embedTopic(question);
    this.current(); // reopens the file should a rebuild have replaced it while the question was embedded
    // Every read of the question in one read transaction (one generation of the index, from the reports to the
    // passages), after the embedding: a report added or removed meanwhile is wholly in or wholly out.
    return this.store.readSnapshot(() => {
      const corpus = (this.corpus = refreshCorpus(this.store, this.corpus));
      const df = questionFrequencies(this.store);
      // The lexical leg's work is bounded: only the rarest terms are OR-ed (boundTerms), whatever the corpus size.
      const match = ftsMatch(boundTerms(question.terms, df));
      const wide = this.corpusLists(match, vector, corpus, this.ranking.candidates);
      // A named report's own passages are candidates whatever the rest of the corpus holds (namedReportHits.ts).
      const { lexical, dense } = withNamedReports(this.store.reader(), question.named, vector, this.ranking, wide);
      const snapshot = loadSnapshot(this.store, corpus, [...lexical, ...dense].map((h) => h.rowid), df);
      // The lexical list counts as much as the question's words reach the corpus (lexicalReach).
      const ranking = { ...this.ranking, lexicalWeight: this.ranking.lexicalWeight * lexicalReach(question.terms, df) };
      return { question, candidates: rankCandidates(snapshot, { question, vector }, lexical, dense, ranking), corpus: snapshot };
    });
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
    const narrowed = narrowCandidates(ranked.corpus, question, candidates, options.filter);
    // A question about a particular sector's bodies (税务部门) is answered only by passages that name it or by such a body's report.
    const actors = particularActors(question.actors, ranked.corpus.df);
    const pool = narrowed.pool.filter((c) => aboutActors(c.rowid, actors, ranked.corpus));
    const best = Math.max(0, ...pool.map((c) => relevanceScore(c, t)));
    // Shown passages must each answer, and none may be far weaker than the best (no padding), unless the
    // question asks about several places: then another report's weaker answer is still its answer.
    const floor = question.manyPlaces ? -Infinity : best - t.tailMargin;
    // A question about a named body is answered from that body's report or not at all.
    const relevant = narrowed.order(
      pool.filter((c) => judgeRelevance(c, t) && relevanceScore(c, t) >= floor && (question.named.length === 0 || question.named.includes(c.reportId))),
    );
    const found = relevant.length > 0 && pool[0] !== undefined && judgeRelevance(pool[0], t);
    if (!found) {
      // A question naming a report (那南阳呢) says whose report does not cover it, not that no report does.
      const searched = question.named.length > 0 && question.named.length <= NAMED_IN_NOT_FOUND ? [...new Set(question.named.flatMap((id) => ranked.corpus.reports.get(id)?.org ?? []))] : [];
      return { ...notFound, ...narrowed.notes([]), ...(searched.length > 0 ? { searchedReports: searched } : {}) };
    }
    const page = relevant.slice(offset, offset + topK);
    const weights = termWeights(question.terms, ranked.corpus.df);
    const hits = page.map((c) => this.hit(c, weights, question, ranked.corpus));
    const answer: Answer = { query: question.display, found: true, hits, hasMore: relevant.length > offset + topK, question, ...narrowed.notes(relevant) };
    const mismatch = yearMismatch(question.askedYear, hits.map((h) => h.report.year));
    if (mismatch) answer.yearMismatch = mismatch;
    if (question.unreportedBody) answer.bodyMissing = { asked: question.unreportedBody, from: [...new Set(hits.map((h) => h.report.org))] };
    return answer;
  }

  async compare(topic: string, options: CompareOptions = {}): Promise<Comparison> {
    const corpus = this.current();
    const question = this.analyze(topic);
    if ('problem' in question) return { topic: topic.trim(), found: [], related: [], mentions: [], silent: [...corpus.reports.values()] };
    const vector = await this.embedTopic(question);
    this.current(); // reopens the file should a rebuild have replaced it while the topic was embedded
    // One read transaction: the reports, the naming query and every report's passages are of one generation,
    // so a report added or removed meanwhile is neither judged half nor called silent by a stale query.
    return this.store.readSnapshot(() => {
      const corpus = (this.corpus = refreshCorpus(this.store, this.corpus));
      const df = questionFrequencies(this.store);
      const weights = termWeights(question.terms, df);
      const reader = this.store.reader();
      const load = (rowids: readonly number[]) => loadSnapshot(this.store, corpus, rowids, df);
      const sources = { reportsMatching: (match: string) => reader.reportsMatching(match), pool: () => this.comparisonPool(question, vector, df, corpus), limit: this.judgedReports };
      // Each judged report decided against all of its own passages (judgeReport.ts); which are judged: chooseJudged.ts.
      return compareReports({ reader, df, reports: corpus.reports, load, ranking: this.ranking, thresholds: this.thresholds }, sources, question, vector, options.filter ?? {}, (c) =>
        this.hit(c, weights, question, load([c.rowid])),
      );
    });
  }

  /** The corpus-wide BM25 and nearest-vector lists, `size` each, as the ranking mode asks (an empty list for the leg it leaves out). */
  private corpusLists(match: string | undefined, vector: Float32Array | undefined, corpus: Corpus, size: number): CandidateLists {
    return {
      lexical: match && this.ranking.mode !== 'dense' ? this.store.reader().lexical(match, size, this.ranking.bm25) : [],
      dense: this.ranking.mode !== 'lexical' && vector ? corpus.vectorIndex.search(vector, size) : [],
    };
  }

  /**
   * The reports of a comparison topic's corpus-wide candidates, best first: the lexical (bounded terms) and dense
   * top COMPARISON_POOL, each report placed by reciprocal-rank fusion of its best rank in each list.
   */
  private comparisonPool(question: QuestionAnalysis, vector: Float32Array | undefined, df: ReturnType<typeof questionFrequencies>, corpus: Corpus): string[] {
    const { lexical, dense } = this.corpusLists(ftsMatch(boundTerms(question.terms, df)), vector, corpus, COMPARISON_POOL);
    const lists = [lexical, dense];
    const passages = this.store.reader().passages([...new Set(lists.flat().map((h) => h.rowid))]);
    const score = new Map<string, number>();
    for (const list of lists) {
      const best = new Map<string, number>();
      list.forEach((hit, rank) => {
        const reportId = passages.get(hit.rowid)?.reportId;
        if (reportId !== undefined && !best.has(reportId)) best.set(reportId, 1 / (this.ranking.rrfK + rank + 1));
      });
      for (const [id, s] of best) score.set(id, (score.get(id) ?? 0) + s);
    }
    return [...score].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([id]) => id);
  }

  reports(): ReportSummary[] {
    const corpus = this.current();
    return [...corpus.reports.values()].map((meta) => ({ meta, passageCount: corpus.passageCounts.get(meta.id) ?? 0 }));
  }

  context(passageId: string): PassageContext | undefined {
    const corpus = this.current();
    const reader = this.store.reader();
    return passageContext(
      {
        passage: (id) => {
          const rowid = reader.rowid(id);
          return rowid === undefined ? undefined : reader.passages([rowid]).get(rowid);
        },
        reportPassages: (reportId) => reader.reportPassages(reportId),
        reports: corpus.reports,
      },
      passageId,
    );
  }

  /** The question's topic as a vector: with the model's query instruction unless the ranking turns it off (eval). */
  private async embedTopic(question: QuestionAnalysis): Promise<Float32Array | undefined> {
    return this.ranking.queryInstruction ? this.embedder.embedQuery(question.topicText) : (await this.embedder.embed([question.topicText]))[0];
  }

  private hit(candidate: RankedCandidate, weights: Map<string, number>, question: QuestionAnalysis, snapshot: CorpusSnapshot): Hit {
    const passage = snapshot.passages.get(candidate.rowid)!;
    const report = snapshot.reports.get(passage.reportId)!;
    return {
      passage,
      report,
      score: candidate.score,
      quote: quotePassage(passage.text, weights, { heading: passage.section.at(-1), figure: question.askedFigure }),
      citation: citePassage(report, passage),
      kind: passageKind(passage.section, passage.text),
    };
  }
}
