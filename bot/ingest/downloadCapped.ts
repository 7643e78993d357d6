import { AppError } from '../../errors/index.js';

/**
 * Fetches `url` into memory, refusing (AppError FILE_TOO_LARGE, naming the limit) as soon as the declared
 * Content-Length or the bytes streamed so far pass `maxBytes`: the connection is aborted there, so a
 * server sending 60 MB costs at most `maxBytes` plus one chunk. `fileName` is for the message only.
 */
export async function downloadCapped(url: string, maxBytes: number, fileName: string): Promise<Uint8Array> {
  const controller = new AbortController();
  const tooLarge = () =>
    new AppError('FILE_TOO_LARGE', `${fileName} is larger than the ${formatMiB(maxBytes)} limit; the download was stopped. Send the report without images (as .docx or .txt) or split it into parts.`);
  const response = await fetch(url, { signal: controller.signal });
  if (!response.ok || response.body === null) {
    controller.abort();
    throw new Error(`file download failed with HTTP ${response.status}`);
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    controller.abort();
    throw tooLarge();
  }
  const chunks: Uint8Array[] = [];
  let received = 0;
  const reader = response.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    received += value.byteLength;
    if (received > maxBytes) {
      controller.abort();
      await reader.cancel().catch(() => undefined);
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks, received);
}

function formatMiB(bytes: number): string {
  const mib = bytes / 1024 / 1024;
  return `${Number.isInteger(mib) ? mib : mib.toFixed(1)} MiB`;
}
