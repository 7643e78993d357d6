import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../index/formats/readDocument.js';
import { fixture, randomBytes } from './fixtures.js';

describe('readDocument limits and refusals', () => {
  it('refuses a file over the default 20 MiB limit, saying the limit', async () => {
    const big = new Uint8Array(20 * 1024 * 1024 + 1).fill(0x20);
    await expect(readDocument(big, 'big.txt')).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('20 MiB') });
    await expect(readDocument(big, 'big.txt', { maxBytes: undefined })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses a file over a given limit', async () => {
    await expect(readDocument(fixture('shishi-gb18030.txt'), 'shishi.txt', { maxBytes: 100 })).rejects.toMatchObject({
      code: 'FILE_TOO_LARGE',
      message: expect.stringContaining('100 bytes'),
    });
  });

  it('refuses an empty file, and one with only white space or a BOM', async () => {
    for (const bytes of [new Uint8Array(0), Buffer.from(' \r\n\t\u3000\n'), Buffer.from([0xef, 0xbb, 0xbf])]) {
      await expect(readDocument(bytes, 'empty.txt')).rejects.toMatchObject({ code: 'FILE_EMPTY' });
    }
  });

  it('refuses an HTML page with no text', async () => {
    await expect(readDocument(Buffer.from('<html><body><script>app()</script></body></html>'), 'app.html')).rejects.toMatchObject({ code: 'FILE_EMPTY' });
  });

  it('refuses a PNG, listing the supported formats', async () => {
    const error = await readDocument(fixture('not-a-report.png'), 'photo.png').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'FILE_UNSUPPORTED' });
    expect((error as Error).message).toMatch(/\.txt.*\.docx.*\.pdf.*\.html/);
  });

  it('refuses random bytes, whatever their name', async () => {
    for (const name of ['data.bin', 'report.txt', 'report']) {
      await expect(readDocument(randomBytes(4096), name)).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED' });
    }
  });

  it('refuses a ZIP that is not a Word document, even named .docx', async () => {
    await expect(readDocument(fixture('not-a-docx.zip'), 'report.docx')).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED' });
  });

  it('refuses an old .doc (OLE) file, asking for .docx', async () => {
    const ole = Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), randomBytes(512)]);
    await expect(readDocument(ole, 'report.doc')).rejects.toMatchObject({ code: 'FILE_UNSUPPORTED', message: expect.stringContaining('.docx') });
  });

  it('leaves the caller’s bytes untouched', async () => {
    const bytes = fixture('shishi-paged.pdf');
    const copy = Uint8Array.from(bytes);
    await readDocument(bytes, 'shishi.pdf');
    expect(Buffer.from(bytes).equals(copy)).toBe(true);
  });
});
