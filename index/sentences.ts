// A sentence ends at 。！？!?；; and keeps the closing quotes or brackets that follow.
const SENTENCE = /[^。！？!?；;]+(?:[。！？!?；;]+[”’」』）)]*)?|[。！？!?；;]+[”’」』）)]*/gu;

/** Splits text into sentences ending at 。！？!?；; — joined back they give the text unchanged. */
export function splitSentences(text: string): string[] {
  return text.match(SENTENCE) ?? [];
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
