/** Turns texts into unit-length vectors. The vector dimension comes from here, never from a literal elsewhere. */
export interface Embedder {
  /** Model identity saved with the index; an index built by another model is refused. */
  readonly modelId: string;
  /** Length of every vector `embed` returns. */
  readonly dim: number;
  /** One L2-normalised vector per text, in order. */
  embed(texts: string[]): Promise<Float32Array[]>;
}
