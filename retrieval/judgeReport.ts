import type { PassageReader, ReportMeta, VectorHit } from '../index/index.js';
import { normalizeForIndex } from '../index/index.js';
import { ftsMatch } from './analysis/index.js';
import type { QuestionAnalysis } from './analysis/index.js';
import { GENERIC_WORDS } from './analysis/lexicon/followUpWords.js';
import { cosine } from './corpusSnapshot.js';
import type { CorpusSnapshot } from './corpusSnapshot.js';
import { boundTerms, judgeRelevance, rankCandidates } from './rank/index.js';
import type { DocumentFrequencies, RankedCandidate, RankingConfig, RelevanceThresholds } from './rank/index.js';

/**
 * What one report says on a topic: a passage that answers, only a mention, a passage that answers by its
 * meaning without ever naming the topic's key word (related), or nothing at all.
 */
export type ReportVerdict =
  | { reportId: string; verdict: 'answers'; best: RankedCandidate }
  | { reportId: string; verdict: 'mentions'; best: RankedCandidate }
  | { reportId: string; verdict: 'related'; best: RankedCandidate }
  | { reportId: string; verdict: 'silent' };

/**
 * What judging a report reads: the store's reader (its own passages, prepared statements), the corpus's term
 * counts, the reports, a loader of the passages' text and vectors by row id for the evidence (one batch per
 * report), the tuning.
 */
export interface ReportJudge {
  reader: Pick<PassageReader, 'lexicalInReport' | 'reportPassageVectors'>;
  /** In how many passages of the corpus a term is held (the topic's key word; the lexical leg's bound). */
  df: DocumentFrequencies;
  reports: ReadonlyMap<string, ReportMeta>;
  load: (rowids: readonly number[]) => CorpusSnapshot;
  ranking: RankingConfig;
  thresholds: RelevanceThresholds;
}

// A law or document named in passing (学习《行政复议法》) is a mention, not a description of practice.
const BOOK_TITLE = /《[^》]*》/gu;

/**
 * Decides what one report says about a question's topic against all of that report's passages: BM25 within the
 * report and exact similarity to every one of its stored vectors, fused and judged as answers are. A report
 * answers with its best passage that is judged to answer and holds the topic's key word (keyWord: 述法 of
 * 领导干部述法); one whose passages answer only by meaning, none naming the key word, is related; a report whose
 * best passage names the topic only inside a title (《…》), or which names the topic without any passage judged
 * to answer, only mentions it; a report "says nothing" only when no passage answers and none holds the topic's
 * words. `key` is the topic's key word (keyWord), undefined when it has none. BM25 searches the topic's rarest
 * terms within POSTINGS_BUDGET (boundTerms; FTS5 counts every term's postings corpus-wide per call: ~1 ms per
 * report at 10⁵ passages, 8–15 ms unbounded); on a corpus where the bound does not bind the result is as before.
 */
export function judgeReport(judge: ReportJudge, question: QuestionAnalysis, vector: Float32Array | undefined, reportId: string, key?: string): ReportVerdict {
  const { reader, ranking, thresholds } = judge;
  const match = ftsMatch(boundTerms(question.terms, judge.df));
  const lexical = match && ranking.mode !== 'dense' ? reader.lexicalInReport(match, reportId, ranking.candidates, ranking.bm25) : [];
  const rows = reader.reportPassageVectors(reportId);
  const dense: VectorHit[] =
    ranking.mode === 'lexical' || !vector
      ? []
      : rows.map((r) => ({ rowid: r.rowid, similarity: cosine(vector, r.vector) })).sort((a, b) => b.similarity - a.similarity).slice(0, ranking.candidates);
  const snapshot = judge.load([...new Set([...lexical, ...dense].map((h) => h.rowid))]);
  const candidates = rankCandidates(snapshot, { question: { terms: question.terms, named: [], manyPlaces: false }, vector }, lexical, dense, ranking);
  const words = topicWords(question);
  const textOf = (rowid: number): string => normalizeForIndex(rows.find((r) => r.rowid === rowid)?.text ?? '');
  // A compound (旁听庭审) is held whole or through its parts (旁听…庭审).
  const holds = (text: string, w: string): boolean => text.includes(w) || ((question.terms.parts.get(w) ?? []).length > 0 && question.terms.parts.get(w)!.every((p) => text.includes(p)));
  const holdsTopic = (text: string): boolean => words.length > 0 && words.every((w) => holds(text, w));
  const answering = candidates.filter((c) => judgeRelevance(c, thresholds));
  const best = key === undefined ? answering[0] : answering.find((c) => holds(textOf(c.rowid), key));
  if (best) {
    const text = textOf(best.rowid);
    const passing = holdsTopic(text) && !holdsTopic(text.replace(BOOK_TITLE, ''));
    return { reportId, verdict: passing ? 'mentions' : 'answers', best };
  }
  const mention = rows.find((r) => holdsTopic(normalizeForIndex(r.text)) || (key !== undefined && holds(normalizeForIndex(r.text), key)));
  if (mention) {
    const candidate = candidates.find((c) => c.rowid === mention.rowid) ?? { rowid: mention.rowid, reportId, score: 0, similarity: 0, coverage: 0, phrase: 0 };
    return { reportId, verdict: 'mentions', best: candidate };
  }
  return answering[0] ? { reportId, verdict: 'related', best: answering[0] } : { reportId, verdict: 'silent' };
}

/**
 * The topic's key word: of its topic words, the one fewest passages hold, among those the corpus holds at all
 * (述法 of 领导干部述法, 告知承诺制 of 证明事项告知承诺制); a report that never names it does not describe the
 * practice, however close its passages come in meaning. Undefined when no topic word is held anywhere.
 * `df` gives in how many passages a word is held.
 */
export function keyWord(question: Pick<QuestionAnalysis, 'terms'>, df: (word: string) => number): string | undefined {
  let key: string | undefined;
  let fewest = Infinity;
  for (const word of topicWords(question)) {
    const held = df(word);
    if (held > 0 && held < fewest) [key, fewest] = [word, held];
  }
  return key;
}

/** The topic words a passage must hold to name the topic: the question's own, without generic words (pure). */
export function topicWords(question: Pick<QuestionAnalysis, 'terms'>): string[] {
  const words = question.terms.words.filter((w) => w.length >= 2 && !GENERIC_WORDS.has(w) && !/^\d+$/.test(w));
  return words.length > 0 ? words : question.terms.words.filter((w) => w.length >= 2);
}
