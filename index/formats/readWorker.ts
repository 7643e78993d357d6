// Worker-thread entry of readDocumentInWorker: reads one document and posts back its text or the AppError
// that refused it. Runs under a heap limit and is terminated past its time limit, so a hostile file costs
// this thread, never the one that answers questions.
import { parentPort, workerData } from 'node:worker_threads';
import { isAppError } from '../../errors/index.js';
import { readDocument } from './readDocument.js';

interface Job {
  bytes: Uint8Array;
  fileName: string;
  maxBytes: number | undefined;
}

const { bytes, fileName, maxBytes } = workerData as Job;
try {
  const document = await readDocument(bytes, fileName, { maxBytes });
  parentPort!.postMessage({ document });
} catch (error) {
  parentPort!.postMessage(
    isAppError(error)
      ? { error: { code: error.code, message: error.message } }
      : { error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } },
  );
}
