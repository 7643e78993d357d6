// The yardstick for bench:embed: a bare onnxruntime-node session on the same .onnx file the embedder loads,
// fed pre-tokenized, length-sorted, padded batches, so that only inference is timed.
import { join } from 'node:path';
import ort from 'onnxruntime-node';
import { MODEL_ID } from '../index/index.js';

/** Token ids of one text, as the model's own tokenizer makes them (with [CLS] and [SEP], truncated at 512). */
export type TokenIds = number[];

/** Tokenizes `texts` with transformers.js's tokenizer for the model (the one the embedder uses); `seconds`: the tokenizing alone. */
export async function tokenizeAll(modelsDir: string, texts: string[]): Promise<{ ids: TokenIds[]; seconds: number }> {
  const { AutoTokenizer, env } = await import('@xenova/transformers');
  env.allowRemoteModels = false;
  env.localModelPath = modelsDir.endsWith('/') ? modelsDir : `${modelsDir}/`;
  const tokenizer = await AutoTokenizer.from_pretrained(MODEL_ID);
  const started = performance.now();
  const ids = texts.map((text) => {
    const { input_ids } = tokenizer(text, { truncation: true }) as { input_ids: { data: BigInt64Array } };
    return Array.from(input_ids.data, Number);
  });
  return { ids, seconds: (performance.now() - started) / 1000 };
}

/** Padded feeds of one batch: input_ids, attention_mask, token_type_ids as int64 [rows, longest]. */
export type Feeds = Record<'input_ids' | 'attention_mask' | 'token_type_ids', ort.Tensor>;

/** Consecutive batches of `batchSize` texts (give them length-sorted, as embedBulk sorts), each padded to its longest. */
export function paddedBatches(ids: TokenIds[], batchSize: number): Feeds[] {
  const batches: Feeds[] = [];
  for (let start = 0; start < ids.length; start += batchSize) {
    const rows = ids.slice(start, start + batchSize);
    const width = Math.max(...rows.map((r) => r.length));
    const inputIds = new BigInt64Array(rows.length * width);
    const mask = new BigInt64Array(rows.length * width);
    rows.forEach((row, r) => row.forEach((id, c) => {
      inputIds[r * width + c] = BigInt(id);
      mask[r * width + c] = 1n;
    }));
    const dims = [rows.length, width];
    batches.push({
      input_ids: new ort.Tensor('int64', inputIds, dims),
      attention_mask: new ort.Tensor('int64', mask, dims),
      token_type_ids: new ort.Tensor('int64', new BigInt64Array(rows.length * width), dims),
    });
  }
  return batches;
}

/** A bare session on the model file, with onnxruntime's default options (as transformers.js creates it). */
export async function openBareSession(modelsDir: string, options: ort.InferenceSession.SessionOptions = {}): Promise<ort.InferenceSession> {
  return ort.InferenceSession.create(join(modelsDir, MODEL_ID, 'onnx', 'model_quantized.onnx'), { executionProviders: ['cpu'], ...options });
}

/** Runs every batch once; returns the seconds taken (inference only). */
export async function runBare(session: ort.InferenceSession, batches: Feeds[]): Promise<number> {
  const started = performance.now();
  for (const feeds of batches) await session.run(feeds);
  return (performance.now() - started) / 1000;
}
