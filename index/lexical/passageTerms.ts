import { createHash } from 'node:crypto';
import { hanBigrams, indexWords } from './lexicalTerms.js';
import { normalizeForIndex } from './normalize.js';
import type { Passage, ReportMeta } from '../types.js';

/** What the index stores of a passage besides its text: the text to embed, its hash, and BM25 terms. */
export interface PassageTerms {
  /** Text given to the embedding model: the nearest heading and the passage, simplified. */
  embedText: string;
  /** sha256 of embedText, the key of the embedding cache. */
  textHash: string;
  /** Space-separated jieba words of the passage and its nearest heading. */
  words: string;
  /** Space-separated Han bigrams of the passage. */
  bigrams: string;
}

/** Derives the searchable forms of a passage (pure). */
export function passageTerms(passage: Passage, _meta: ReportMeta): PassageTerms {
  const heading = passage.section.at(-1) ?? '';
  const body = normalizeForIndex(passage.text);
  const embedText = heading ? `${normalizeForIndex(heading)}：${body}` : body;
  return {
    embedText,
    textHash: createHash('sha256').update(embedText).digest('hex'),
    words: indexWords(heading ? `${normalizeForIndex(heading)} ${body}` : body).join(' '),
    bigrams: hanBigrams(body).join(' '),
  };
}
