import { AppError } from '../../errors/index.js';
import { withQueryInstruction } from './embedder.js';
import type { Embedder } from './embedder.js';
import { isModelInstalled } from './model/ensureModel.js';
import { MODEL_DIM, MODEL_ID, QUERY_INSTRUCTION } from './model/modelFiles.js';

/** Options for the local ONNX embedder. */
export interface TransformersEmbedderOptions {
  /** Folder the model was installed into by `npm run model`. */
  modelsDir: string;
  /** Texts per inference call; batches are formed from texts of similar length. Default 16. */
  batchSize?: number;
}

type Extractor = (texts: string[], options: { pooling: 'none'; normalize: false }) => Promise<{ data: Float32Array; dims: number[] }>;

/**
 * bge-small-zh-v1.5 through transformers.js, offline: CLS pooling, normalised (model card).
 * Never touches the network; throws MODEL_MISSING with the fix when the files are absent.
 */
export async function loadTransformersEmbedder(options: TransformersEmbedderOptions): Promise<Embedder> {
  if (!(await isModelInstalled(options.modelsDir))) {
    throw new AppError('MODEL_MISSING', `no embedding model in ${options.modelsDir}; run \`npm run model\``);
  }
  const { env, pipeline } = await import('@xenova/transformers');
  env.allowRemoteModels = false;
  env.allowLocalModels = true;
  env.localModelPath = options.modelsDir.endsWith('/') ? options.modelsDir : `${options.modelsDir}/`;
  const extractor = (await pipeline('feature-extraction', MODEL_ID, { quantized: true })) as unknown as Extractor;
  const batchSize = options.batchSize ?? 16;

  return withQueryInstruction({
    modelId: MODEL_ID,
    dim: MODEL_DIM,
    async embed(texts) {
      // Each batch is padded to its longest text, so batching texts of similar length saves work.
      const order = texts.map((_, i) => i).sort((a, b) => texts[a]!.length - texts[b]!.length);
      const vectors = new Array<Float32Array>(texts.length);
      for (let start = 0; start < order.length; start += batchSize) {
        const batch = order.slice(start, start + batchSize);
        // The hidden states as they come ([rows, tokens, dim]); CLS pooling and normalising here cost a fraction
        // of what the pipeline's generic tensor code spent on them (~2 % of a batch's time, bench:embed).
        const output = await extractor(batch.map((i) => texts[i]!), { pooling: 'none', normalize: false });
        const [, tokens = 1, dim = MODEL_DIM] = output.dims;
        batch.forEach((textIndex, row) => {
          vectors[textIndex] = normalizedCls(output.data, row * tokens * dim, dim);
        });
      }
      return vectors;
    },
  }, QUERY_INSTRUCTION);
}

/**
 * The [CLS] vector (the first token's hidden state) at `offset`, L2-normalised exactly as transformers.js's
 * `Tensor.normalize` does it (the sum of squares accumulated in float32), so vectors match those of its pipeline bit for bit.
 */
function normalizedCls(hidden: Float32Array, offset: number, dim: number): Float32Array {
  const cls = hidden.slice(offset, offset + dim);
  const sum = new Float32Array(1);
  for (const x of cls) sum[0]! += x ** 2;
  const norm = Math.fround(sum[0]! ** (1 / 2));
  for (let k = 0; k < dim; k++) cls[k]! /= norm;
  return cls;
}
