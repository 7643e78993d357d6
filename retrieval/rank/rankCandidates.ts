import type { VectorHit } from '../../index/index.js';
import type { QuestionAnalysis } from '../analysis/index.js';
import { cosine } from '../corpusSnapshot.js';
import type { CorpusSnapshot } from '../corpusSnapshot.js';
import { diversifyByReport } from './diversifyByReport.js';
import { fuseRanks } from './fuseRanks.js';
import type { RankedList } from './fuseRanks.js';
import type { RankingConfig } from './rankingConfig.js';
import { termCoverage } from './termWeights.js';

/** A passage ranked for a question, with the evidence behind its place. */
export interface RankedCandidate {
  rowid: number;
  reportId: string;
  /** Fused score (reciprocal-rank fusion), higher is better. */
  score: number;
  /** Cosine similarity to the question. */
  similarity: number;
  /** IDF-weighted share of the question's topic words in the passage. */
  coverage: number;
  /** Share of the question's adjacent topic-word pairs found side by side in the passage (法治+专题学习). */
  phrase: number;
}

/** The question as the ranking sees it: its analysis (topic words, named reports, several places) and its embedding. */
export interface RankingQuery {
  question: Pick<QuestionAnalysis, 'terms' | 'named' | 'manyPlaces'> & Partial<Pick<QuestionAnalysis, 'namedGroups'>>;
  vector: Float32Array | undefined;
}

/**
 * Fuses the lexical and dense lists, favours reports the question names, spreads results over reports
 * when it asks about several places, and attaches the relevance evidence of each candidate (pure).
 */
export function rankCandidates(
  snapshot: CorpusSnapshot,
  query: RankingQuery,
  lexical: Array<{ rowid: number }>,
  dense: VectorHit[],
  config: RankingConfig,
): RankedCandidate[] {
  const lists: RankedList[] = [];
  if (config.mode !== 'dense') lists.push({ ids: lexical.map((h) => h.rowid), weight: config.lexicalWeight });
  if (config.mode !== 'lexical') lists.push({ ids: dense.map((h) => h.rowid), weight: config.denseWeight });
  const { terms } = query.question;
  const named = new Set(query.question.named);
  // A question word that names a report (石狮, 清远工信局) says where to look, not what to find: coverage
  // is judged on the other words for that report's passages.
  // Worked out for the candidates' reports only, each once: the work grows with the candidates, not the reports.
  const nameWords = new Map<string, Set<string>>();
  const nameWordsOf = (reportId: string): Set<string> => {
    let words = nameWords.get(reportId);
    if (!words) {
      const aliases = snapshot.aliases.get(reportId) ?? [];
      nameWords.set(reportId, (words = new Set(terms.words.filter((w) => aliases.some((a) => a.includes(w) || w.includes(a))))));
    }
    return words;
  };

  let ranked: RankedCandidate[] = fuseRanks(lists, config.rrfK).flatMap(({ id, score }) => {
    const passage = snapshot.passages.get(id);
    const vector = snapshot.vectors.get(id);
    if (!passage) return [];
    return [{
      rowid: id,
      reportId: passage.reportId,
      score,
      similarity: query.vector && vector ? cosine(query.vector, vector) : 0,
      coverage: termCoverage(terms, snapshot.df, snapshot.normalized.get(id) ?? '', nameWordsOf(passage.reportId)),
      phrase: phraseShare(terms.words, snapshot.normalized.get(id) ?? ''),
    }];
  });
  if (config.mode === 'fused' && config.evidenceWeight > 0) {
    for (const c of ranked) c.score += config.evidenceWeight * (c.similarity + config.coverageWeight * c.coverage + config.phraseWeight * c.phrase);
    ranked.sort((a, b) => b.score - a.score || a.rowid - b.rowid);
  }
  if (named.size > 0 && named.size < snapshot.reports.size) {
    // A question that names a body is about that body: its passages come first, each part in fused order.
    ranked = [...ranked.filter((c) => named.has(c.reportId)), ...ranked.filter((c) => !named.has(c.reportId))];
  }
  if (query.question.manyPlaces && named.size !== 1) {
    // Several places named (石狮和福州): each name's reports share its turns, so one place's two reports do not
    // crowd out the other place.
    const groups = query.question.namedGroups ?? [];
    const groupOf = new Map(groups.length >= 2 ? groups.flatMap((ids, g) => ids.map((id) => [id, `#${g}`] as const)) : []);
    ranked = diversifyByReport(ranked, config.perReportWhenMany, (c) => groupOf.get(c.reportId) ?? c.reportId);
  }
  return ranked;
}

/** Share of adjacent pairs of topic words that occur joined in the text; 0 when there is no pair (pure). */
export function phraseShare(words: readonly string[], normalizedText: string): number {
  if (words.length < 2) return 0;
  let found = 0;
  for (let i = 0; i + 1 < words.length; i++) if (normalizedText.includes(words[i]! + words[i + 1]!)) found++;
  return found / (words.length - 1);
}
