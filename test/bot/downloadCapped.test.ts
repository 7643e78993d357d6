import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { downloadCapped } from '../../bot/ingest/downloadCapped.js';

// A 127.0.0.1 server streaming a body in 64 KiB chunks, counting what it managed to send before the client hung up.
let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  server = undefined;
});

async function streamingServer(totalBytes: number, declareLength: boolean): Promise<{ url: string; sent: () => number; closed: Promise<void> }> {
  let sent = 0;
  let onClosed!: () => void;
  const closed = new Promise<void>((resolve) => (onClosed = resolve));
  server = createServer((req, res) => {
    res.writeHead(200, declareLength ? { 'content-length': String(totalBytes) } : {});
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const pump = () => {
      while (sent < totalBytes && !res.destroyed) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      if (!res.destroyed) res.end();
    };
    res.once('close', onClosed);
    pump();
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return { url: `http://127.0.0.1:${(server!.address() as AddressInfo).port}/file`, sent: () => sent, closed };
}

describe('downloadCapped', () => {
  it('stops reading a 60 MB body without Content-Length as soon as it passes the limit', async () => {
    const { url, sent, closed } = await streamingServer(60 * 1024 * 1024, false);
    await expect(downloadCapped(url, 1024 * 1024, 'huge.pdf')).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('1 MiB limit') });
    await closed;
    expect(sent()).toBeLessThan(20 * 1024 * 1024); // the connection was cut: the server could not send it all
  });

  it('refuses at once a body whose Content-Length is over the limit', async () => {
    const { url } = await streamingServer(60 * 1024 * 1024, true);
    await expect(downloadCapped(url, 20 * 1024 * 1024, 'huge.pdf')).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('20 MiB limit') });
  });

  it('returns a body within the limit whole', async () => {
    const { url } = await streamingServer(640 * 1024, false);
    expect((await downloadCapped(url, 1024 * 1024, 'ok.txt')).byteLength).toBe(640 * 1024);
  });
});
