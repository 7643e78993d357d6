import { Worker } from 'node:worker_threads';
import { withQueryInstruction } from './embedder.js';
import type { Embedder } from './embedder.js';
import { AppError } from '../../errors/index.js';
import { isModelInstalled } from './model/ensureModel.js';
import { MODEL_DIM, MODEL_ID, QUERY_INSTRUCTION } from './model/modelFiles.js';

/** An Embedder whose model runs on its own thread; `close()` ends the thread. */
export interface WorkerEmbedder extends Embedder {
  close(): Promise<void>;
}

type Reply = { id: number; vectors?: Float32Array[]; error?: string } | { ready: true };

/**
 * Starts the embedding model on a worker thread, for bulk work (ingesting a report) beside a process
 * that must keep answering. Resolves once the model is loaded. `batchSize`: texts per inference call
 * inside the thread (default 16, see BULK_BATCH_SIZE); calls queue in the thread, so a caller that keeps
 * the next call posted (embedBulk) never leaves it idle.
 */
export async function startWorkerEmbedder(modelsDir: string, options: { batchSize?: number } = {}): Promise<WorkerEmbedder> {
  if (!(await isModelInstalled(modelsDir))) {
    throw new AppError('MODEL_MISSING', `no embedding model in ${modelsDir}; run \`npm run model\``);
  }
  const url = new URL(`./embedWorker${import.meta.url.endsWith('.ts') ? '.ts' : '.js'}`, import.meta.url);
  // Run from TypeScript (tsx), the worker registers the same loader before importing its module.
  const worker = url.pathname.endsWith('.ts')
    ? new Worker(`import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(url.href)}); })`, { eval: true, workerData: { modelsDir, batchSize: options.batchSize } })
    : new Worker(url, { workerData: { modelsDir, batchSize: options.batchSize } });
  const pending = new Map<number, { resolve: (v: Float32Array[]) => void; reject: (e: Error) => void }>();
  let nextId = 0;
  await new Promise<void>((resolve, reject) => {
    worker.once('error', reject);
    worker.on('message', (reply: Reply) => {
      if ('ready' in reply) return resolve();
      const waiter = pending.get(reply.id);
      pending.delete(reply.id);
      if (pending.size === 0) worker.unref();
      if (reply.error !== undefined) waiter?.reject(new Error(reply.error));
      else waiter?.resolve(reply.vectors ?? []);
    });
  });
  const failAll = (error: Error): void => {
    for (const waiter of pending.values()) waiter.reject(error);
    pending.clear();
  };
  worker.on('error', failAll);
  worker.on('exit', () => failAll(new Error('the embedding thread has stopped')));
  // Idle, the thread does not keep the process alive; while embedding it does, so that the process cannot
  // end (and tear down onnxruntime mid-inference: exit 134) with a report half embedded.
  worker.unref();
  return withQueryInstruction({
    modelId: MODEL_ID,
    dim: MODEL_DIM,
    embed(texts) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        worker.ref();
        worker.postMessage({ id, texts });
      });
    },
    async close() {
      await worker.terminate();
    },
  }, QUERY_INSTRUCTION);
}
