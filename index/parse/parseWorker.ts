// Worker-thread entry of parseInWorker: reads one document and parses it into a report, posting back both
// or the AppError that refused it. Runs under a heap limit and is terminated past its time limit, so a
// hostile file costs this thread, never the one that answers questions.
import { parentPort, workerData } from 'node:worker_threads';
import { AppError, isAppError } from '../../errors/index.js';
import { readDocument } from '../formats/readDocument.js';
import { parseReport } from './parseReport.js';

interface Job {
  bytes: Uint8Array;
  fileName: string;
  maxBytes: number | undefined;
  maxTextChars: number;
}

const { bytes, fileName, maxBytes, maxTextChars } = workerData as Job;
try {
  // Scanned pages are read by OCR on a thread of its own (started from this one); its progress is posted to
  // parseInWorker, which lengthens the time limit to fit the pages to read.
  const onOcrProgress = (done: number, total: number): void => parentPort!.postMessage({ ocrProgress: { done, total } });
  const document = await readDocument(bytes, fileName, { maxBytes, onOcrProgress, maxTextChars });
  if (document.text.length > maxTextChars) {
    throw new AppError('REPORT_TOO_LARGE', `${fileName} holds ${document.text.length} characters of text; the limit is ${maxTextChars}. Split the file into separate reports.`);
  }
  parentPort!.postMessage({ document, parsed: parseReport(document.text, fileName) });
} catch (error) {
  parentPort!.postMessage(
    isAppError(error)
      ? { error: { code: error.code, message: error.message } }
      : { error: { message: error instanceof Error ? error.message : String(error), stack: error instanceof Error ? error.stack : undefined } },
  );
}
