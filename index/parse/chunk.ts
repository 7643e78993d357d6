import { mergeFragments } from './mergeFragments.js';
import { packSentences, splitSentences } from './sentences.js';
import type { Block } from './structure.js';
import type { Passage } from '../types.js';

/** Passage sizes, in characters. */
export interface ChunkOptions {
  /** Longer text is split at sentence ends into even parts; default 300. A longer single sentence stays whole. */
  maxChars?: number;
  /** Shorter text joins a neighbour in its section; default 25. */
  minChars?: number;
}

const DEFAULTS: Required<ChunkOptions> = { maxChars: 300, minChars: 25 };

/**
 * Turns a report's blocks into quotable passages: a block longer than `maxChars` is split at sentence
 * ends (。；!? — never mid-sentence), fragments are merged into neighbours, and passages are numbered
 * `${reportId}:${ordinal}` in reading order.
 */
export function chunkReport(reportId: string, blocks: readonly Block[], options: ChunkOptions = {}): Passage[] {
  const { maxChars, minChars } = { ...DEFAULTS, ...options };
  const pieces = blocks.flatMap((block) =>
    block.text.length <= maxChars
      ? [block]
      : packSentences(splitSentences(block.text), maxChars).map((text) => ({ section: block.section, text })),
  );
  return mergeFragments(pieces, { minChars, maxChars }).map((piece, ordinal) => ({
    id: `${reportId}:${ordinal}`,
    reportId,
    ordinal,
    section: piece.section,
    text: piece.text,
  }));
}
