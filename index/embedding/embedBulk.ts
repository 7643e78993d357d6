import type { Embedder } from './embedder.js';

/**
 * Texts per inference call for bulk embedding. `npm run bench:embed` on this 2-core machine (int8
 * bge-small-zh, 640 passage texts of ~162 tokens, length-sorted; load average 3–4 from other work),
 * passages/s of the bulk path (bare onnxruntime session in brackets): batch 8 → 36.6 (37.8),
 * 16 → 35.1 (36.4), 32 → 35.6 (36.2), 64 → 35.5 (35.7). With batches of similar length, padding costs
 * little at any size, so the sizes are within the run-to-run noise (±5 %); 16 is kept: a progress
 * update about every half second, and a stop waits for at most half a second of work.
 */
export const BULK_BATCH_SIZE = 16;

/** How to embed many texts; all optional. */
export interface BulkEmbedOptions {
  /** Texts per call to the embedder; default BULK_BATCH_SIZE. */
  batchSize?: number;
  /** Calls awaiting an answer at once; default 2, so that a worker-thread embedder always has the next batch queued. */
  inFlight?: number;
  /** Called after each batch with the indices (into `texts`) it embedded. */
  onBatch?: (indices: number[]) => void;
}

/**
 * Embeds `texts` in batches of similar length (each batch is padded to its longest text, so sorting
 * by length saves most of the padding), keeping `inFlight` batches queued; vectors come back in the
 * order of `texts`. Rejects with the first failure.
 */
export async function embedBulk(embedder: Embedder, texts: readonly string[], options: BulkEmbedOptions = {}): Promise<Float32Array[]> {
  const batchSize = options.batchSize ?? BULK_BATCH_SIZE;
  // Characters stand in for tokens: the model's tokenizer makes one token of each Han character.
  const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
  const batches: number[][] = [];
  for (let start = 0; start < order.length; start += batchSize) batches.push(order.slice(start, start + batchSize));
  const vectors = new Array<Float32Array>(texts.length);
  let next = 0;
  const lane = async (): Promise<void> => {
    while (next < batches.length) {
      const batch = batches[next++]!;
      const embedded = await embedder.embed(batch.map((i) => texts[i]!));
      if (embedded.length !== batch.length) throw new Error(`the embedder returned ${embedded.length} vectors for ${batch.length} texts`);
      batch.forEach((textIndex, row) => (vectors[textIndex] = embedded[row]!));
      options.onBatch?.(batch);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.inFlight ?? 2) }, lane));
  return vectors;
}

/**
 * An embedder that answers from `vectors` (embedding text → vector, computed beforehand by embedBulk)
 * and asks `fallback` only for texts it lacks: how bulk ingest hands its vectors to the one write path.
 */
export function precomputedEmbedder(fallback: Embedder, vectors: ReadonlyMap<string, Float32Array>): Embedder {
  return {
    modelId: fallback.modelId,
    dim: fallback.dim,
    embedQuery: (question) => fallback.embedQuery(question),
    async embed(texts) {
      const missing = texts.filter((text) => !vectors.has(text));
      const fresh = missing.length > 0 ? await fallback.embed(missing) : [];
      const found = new Map(missing.map((text, i) => [text, fresh[i]!]));
      return texts.map((text) => vectors.get(text) ?? found.get(text)!);
    },
  };
}
