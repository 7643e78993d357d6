/** How well OCR read a text: characters right and the edit distance behind it. */
export interface Accuracy {
  /** 1 − edits ÷ reference characters, in [0, 1]. */
  accuracy: number;
  /** Insertions, deletions and substitutions turning the reference into the read text (Levenshtein). */
  edits: number;
  /** Reference characters compared. */
  characters: number;
}

/**
 * Character accuracy of `read` against `reference` (pure): whitespace ignored on both sides, and both NFKC-
 * normalised so that full- and half-width forms of the same punctuation count as the same character.
 */
export function characterAccuracy(read: string, reference: string): Accuracy {
  const a = [...comparable(reference)];
  const b = [...comparable(read)];
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  let current = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i += 1) {
    current[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    [previous, current] = [current, previous];
  }
  const edits = previous[b.length]!;
  return { accuracy: a.length === 0 ? 0 : Math.max(0, 1 - edits / a.length), edits, characters: a.length };
}

function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}
