/** Turns texts into unit-length vectors. The vector dimension comes from here, never from a literal elsewhere. */
export interface Embedder {
  /** Model identity saved with the index; an index built by another model is refused. */
  readonly modelId: string;
  /** Length of every vector `embed` returns. */
  readonly dim: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
  /** One L2-normalised vector for a question, with the model's query instruction when it has one (model card). */
  embedQuery(question: string): Promise<Float32Array>;
}

/** Adds `embedQuery` to an embedder: `instruction` (possibly empty) prepended to the question, then `embed`. */
export function withQueryInstruction<T extends Omit<Embedder, 'embedQuery'>>(embedder: T, instruction: string): T & Embedder {
  return Object.assign(embedder, {
    async embedQuery(question: string): Promise<Float32Array> {
      const [vector] = await embedder.embed([instruction + question]);
      if (vector === undefined) throw new Error('the embedder returned no vector for a question');
      return vector;
    },
  });
}
