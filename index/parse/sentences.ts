import { graphemeBoundary } from '../lexical/truncateText.js';

// A sentence ends at 。！？!?；; and keeps the closing quotes or brackets that follow.
const SENTENCE = /[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*)?|[。！？!?；;]+[”’」』）)]*/gu;

// Clauses end at a comma, enumeration comma or colon: where an overlong sentence is split.
const CLAUSE = /[^，,、：:]+[，,、：:]*|[，,、：:]+/gu;

/** A sentence longer than this (a document without full stops) is split into clauses, then cut. */
export const MAX_SENTENCE_CHARS = 400;

/**
 * Splits text into sentences ending at 。！？!?；; — joined back they give the text unchanged. A sentence
 * over MAX_SENTENCE_CHARS is split at clause ends into pieces of at most 300 characters, and a clause that
 * is still too long is cut every 300 characters, so no passage grows without bound.
 */
export function splitSentences(text: string): string[] {
  return (text.match(SENTENCE) ?? []).flatMap((sentence) => (sentence.length > MAX_SENTENCE_CHARS ? splitLong(sentence, 300) : [sentence]));
}

function splitLong(sentence: string, size: number): string[] {
  const pieces: string[] = [];
  let current = '';
  for (const clause of sentence.match(CLAUSE) ?? [sentence]) {
    for (let at = 0; at < clause.length; ) {
      // Cut between characters: never inside a surrogate pair (rare Han characters in place names are outside the BMP).
      const end = Math.max(at + 1, graphemeBoundary(clause, at + size));
      const part = clause.slice(at, end);
      at = end;
      if (current.length + part.length > size && current) {
        pieces.push(current);
        current = '';
      }
      current += part;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Packs consecutive sentences into as few chunks of at most `maxChars` as possible, of even size:
 * each chunk but the last stops where its length is closest to the mean. A sentence longer than `maxChars` is
 * never cut: it becomes a chunk of its own.
 */
export function packSentences(sentences: readonly string[], maxChars: number): string[] {
  const total = sentences.reduce((sum, s) => sum + s.length, 0);
  const count = Math.max(1, Math.ceil(total / maxChars));
  const target = total / count;
  const chunks: string[] = [];
  let current = '';
  for (const sentence of sentences) {
    const joined = current.length + sentence.length;
    const overflows = joined > maxChars;
    // The last planned chunk takes the rest, so no scrap is left after it.
    const pastTarget = chunks.length < count - 1 && Math.abs(joined - target) > Math.abs(current.length - target);
    if (current && (overflows || pastTarget)) {
      chunks.push(current);
      current = '';
    }
    current += sentence;
  }
  if (current) chunks.push(current);
  return chunks;
}
