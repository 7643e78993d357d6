import { graphemeBoundary, normalizeForIndex, splitSentences } from '../../index/index.js';
import type { AskedFigure } from '../analysis/index.js';
import type { Quote } from '../types.js';
import { figureFit } from './figureFit.js';

/** Options for cutting a quote. */
export interface QuoteOptions {
  /** Longest quote in characters before it is cut around the answering sentence; default 320. */
  maxChars?: number;
  /** The passage's own heading when its text begins with it: on a tie, a sentence of the body is marked instead. */
  heading?: string;
  /**
   * The figure the question asks for (多少件, 几次, 比例): a sentence gains FIGURE_WEIGHT times the question's
   * whole term weight for the figure that answers it (figureFit), so the figure asked wins over one that merely
   * shares more words (the cases taken to court, asked how many were received).
   */
  figure?: AskedFigure | undefined;
}

/** What a figure that fully answers the question adds to its sentence, as a share of the question's term weight. */
export const FIGURE_WEIGHT = 1;

/** A question's terms with their weights (e.g. IDF), used to find the answering sentence. */
export type TermWeights = Map<string, number>;

const ELLIPSIS = '……';

/** Sentence spans of a passage, as the chunker splits sentences (ends after 。！？；!?; and closing quotes) (pure). */
export function sentenceSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let start = 0;
  for (const sentence of splitSentences(text)) {
    if (sentence.trim()) spans.push([start, start + sentence.length]);
    start += sentence.length;
  }
  return spans;
}

/**
 * The passage as a user sees it: verbatim, with the sentence that best matches the question's terms
 * marked for emphasis, cut with "……" around that sentence when the passage is longer than maxChars (pure).
 */
export function quotePassage(text: string, weights: TermWeights, options: QuoteOptions = {}): Quote {
  const maxChars = options.maxChars ?? 320;
  const spans = sentenceSpans(text);
  const heading = options.heading ? normalizeForIndex(options.heading) : undefined;
  const totalWeight = [...weights.values()].reduce((a, b) => a + b, 0);
  const scores = spans.map(([s, e]) => {
    const sentence = normalizeForIndex(text.slice(s, e));
    const score = sentenceScore(sentence, weights) + (options.figure ? FIGURE_WEIGHT * figureFit(sentence, options.figure, weights) * totalWeight : 0);
    return heading && sentence.replace(/[。！？；!?;]+$/u, '') === heading ? score * 0.9 : score;
  });
  const bestScore = Math.max(0, ...scores);
  const best = bestScore > 0 ? scores.indexOf(bestScore) : -1;
  if (text.length <= maxChars) {
    return { text, highlights: best >= 0 ? [spans[best]!] : [] };
  }
  // Grow a window of whole sentences around the best one (or from the start) until it would overflow.
  let first = Math.max(0, best);
  let last = first;
  const width = () => spans[last]![1] - spans[first]![0];
  while (true) {
    const canRight = last + 1 < spans.length && spans[last + 1]![1] - spans[first]![0] <= maxChars;
    const canLeft = first > 0 && spans[last]![1] - spans[first - 1]![0] <= maxChars;
    if (canRight) last++;
    else if (canLeft) first--;
    else break;
  }
  const from = spans[first]![0];
  let to = spans[last]![1];
  if (width() > maxChars) to = graphemeBoundary(text, from + maxChars); // a single sentence longer than the limit, cut between characters
  const prefix = from > 0 ? ELLIPSIS : '';
  const suffix = to < text.length ? ELLIPSIS : '';
  const shift = prefix.length - from;
  const highlights: Array<[number, number]> =
    best >= 0 ? [[spans[best]![0] + shift, Math.min(spans[best]![1], to) + shift]] : [];
  return { text: `${prefix}${text.slice(from, to)}${suffix}`, highlights };
}

function sentenceScore(normalizedSentence: string, weights: TermWeights): number {
  let score = 0;
  for (const [term, weight] of weights) if (normalizedSentence.includes(term)) score += weight;
  return score;
}
