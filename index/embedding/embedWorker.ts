// Runs the ONNX embedder on a worker thread: onnxruntime-node inference is synchronous and would
// otherwise block the thread that answers questions while a whole report is embedded.
import { parentPort, workerData } from 'node:worker_threads';
import { loadTransformersEmbedder } from './transformersEmbedder.js';

interface Request {
  id: number;
  texts: string[];
}

const { modelsDir, batchSize } = workerData as { modelsDir: string; batchSize?: number };
const embedder = await loadTransformersEmbedder({ modelsDir, batchSize });
parentPort!.on('message', async ({ id, texts }: Request) => {
  try {
    const vectors = await embedder.embed(texts);
    parentPort!.postMessage({ id, vectors }, vectors.map((v) => v.buffer as ArrayBuffer));
  } catch (error) {
    parentPort!.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
parentPort!.postMessage({ ready: true });
