import { stat, readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';
import { AppError } from '../../errors/index.js';
import { downloadCapped } from '../ingest/downloadCapped.js';

/** Where a Telegram file is fetched from, and the most bytes accepted. */
export interface DownloadFileOptions {
  /** The Bot API root (Telegram's, or a self-hosted server). */
  apiRoot: string;
  token: string;
  /** Largest file accepted, in bytes: the download stops as soon as it passes this. */
  maxBytes: number;
  /** The file's name, for messages. */
  fileName: string;
}

/**
 * The bytes of a file Telegram holds, given getFile's `file_path`: fetched from `<apiRoot>/file/bot<token>/<path>`
 * (https://core.telegram.org/bots/api#getfile) and capped while streaming, or, from a self-hosted Bot API server
 * started with --local, read from the absolute path on disk it returns (such a server does not serve files over
 * HTTP) after checking its size. Throws FILE_TOO_LARGE past `maxBytes`, and with the HTTP status when the download fails.
 */
export async function downloadFile(filePath: string, options: DownloadFileOptions): Promise<Uint8Array> {
  if (isAbsolute(filePath)) {
    if ((await stat(filePath)).size > options.maxBytes) {
      throw new AppError('FILE_TOO_LARGE', `${options.fileName} is larger than the ${Math.round(options.maxBytes / 1024 / 1024)} MiB limit`);
    }
    return new Uint8Array(await readFile(filePath));
  }
  return downloadCapped(`${options.apiRoot}/file/bot${options.token}/${filePath}`, options.maxBytes, options.fileName);
}
