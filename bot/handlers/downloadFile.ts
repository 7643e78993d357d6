import { readFile } from 'node:fs/promises';
import { isAbsolute } from 'node:path';

/**
 * The bytes of a file Telegram holds, given getFile's `file_path`: fetched from `<apiRoot>/file/bot<token>/<path>`
 * (https://core.telegram.org/bots/api#getfile), or, from a self-hosted Bot API server started with --local,
 * read from the absolute path on disk it returns (such a server does not serve files over HTTP). Throws with the
 * HTTP status when the download fails.
 */
export async function downloadFile(filePath: string, apiRoot: string, token: string): Promise<Uint8Array> {
  if (isAbsolute(filePath)) return new Uint8Array(await readFile(filePath));
  const response = await fetch(`${apiRoot}/file/bot${token}/${filePath}`);
  if (!response.ok) throw new Error(`file download failed with HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}
