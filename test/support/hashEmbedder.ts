import { createHash } from 'node:crypto';
import { withQueryInstruction } from '../../index/index.js';
import type { Embedder } from '../../index/index.js';

/**
 * A deterministic stand-in for the model: bag of Han bigrams hashed into `dim` buckets, normalised.
 * Similar texts get similar vectors, so store and index tests run without ONNX. Counts its calls.
 */
export function hashEmbedder(dim = 64, modelId = 'test/hash-bigrams'): Embedder & { embedded: number } {
  const embedder = {
    modelId,
    dim,
    embedded: 0,
    async embed(texts: string[]) {
      embedder.embedded += texts.length;
      return texts.map((text) => {
        const v = new Float32Array(dim);
        for (let i = 0; i + 1 < text.length; i++) {
          const h = createHash('md5').update(text.slice(i, i + 2)).digest();
          v[h.readUInt16LE(0) % dim]! += 1;
        }
        const norm = Math.hypot(...v) || 1;
        return v.map((x) => x / norm);
      });
    },
  };
  return withQueryInstruction(embedder, '');
}
