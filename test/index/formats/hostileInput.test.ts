import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { parseInWorker } from '../../../index/parse/parseInWorker.js';
import { buildZip, deflateRepeated } from '../../support/buildZip.js';

// Hostile files are generated here: each must be read or refused within seconds, on a thread of its own,
// with the limit it passed named (issue 13).
const utf8 = (text: string) => new TextEncoder().encode(text);
const REPORT = '某市人民政府关于2024年法治政府建设情况的报告。今年全面推进依法行政，行政复议案件办理规范有序。';

async function timed<T>(work: Promise<T>): Promise<{ ms: number; value?: T; error?: unknown }> {
  const started = performance.now();
  try {
    const value = await work;
    return { ms: performance.now() - started, value };
  } catch (error) {
    return { ms: performance.now() - started, error };
  }
}

describe('hostile HTML', () => {
  it('reads 50,000 unclosed <div> in seconds, not minutes', async () => {
    const html = `<html><body>${'<div>'.repeat(50_000)}<p>${REPORT}</p></body></html>`;
    const { ms, value, error } = await timed(parseInWorker(utf8(html), 'unclosed.html'));
    expect(error).toBeUndefined();
    expect(value?.document.text).toContain('行政复议案件办理规范有序');
    expect(ms).toBeLessThan(5_000);
  });

  it('reads 5,000 and 50,000 nested tags without overflowing the stack', async () => {
    for (const depth of [5_000, 50_000]) {
      const html = `<html><body>${'<div><span>'.repeat(depth)}${REPORT}${'</span></div>'.repeat(depth)}</body></html>`;
      const { value, error } = await timed(parseInWorker(utf8(html), 'nested.html'));
      expect(error).toBeUndefined();
      expect(value?.document.text).toContain('行政复议案件办理规范有序');
    }
  });

  it('refuses a page of more than 200,000 tags before parsing it, naming the limit', async () => {
    const { ms, error } = await timed(parseInWorker(utf8(`<html><body>${'<b>'.repeat(250_000)}${REPORT}`), 'tags.html'));
    expect(error).toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringContaining('the limit is 200000') });
    expect(ms).toBeLessThan(5_000);
  });

  it('refuses a page whose text is far over the text limit before parsing it, naming the limit', async () => {
    // 4 million characters of paragraphs under a 1.5 million limit: counted in one pass, never parsed.
    const html = `<html><body>${`<p>${'法治政府建设情况'.repeat(25)}</p>`.repeat(20_000)}</body></html>`;
    const { error } = await timed(parseInWorker(utf8(html), 'huge.html', { maxTextChars: 1_500_000 }));
    expect(error).toMatchObject({ code: 'REPORT_TOO_LARGE', message: expect.stringMatching(/about 4000000 characters.*the limit is 1500000/) });
  });

  it('stops a reading that passes the time limit, and says which limit', async () => {
    const html = `<html><body>${'<div>x'.repeat(150_000)}</body></html>`;
    const { error } = await timed(parseInWorker(utf8(html), 'slow.html', { timeoutMs: 50 }));
    expect(error).toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringContaining('longer than 0.05 s') });
  });

  it('stops a reading that passes the memory limit, and the caller lives on', async () => {
    const html = `<html><body>${'<div class="x" id="y">x'.repeat(190_000)}</body></html>`;
    const { error } = await timed(parseInWorker(utf8(html), 'heavy.html', { maxHeapMb: 16, timeoutMs: 30_000 }));
    expect(error).toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringContaining('more than 16 MiB of memory') });
  });
});

describe('zip bombs', () => {
  const types = Buffer.from('<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  const contentTypes = { name: '[Content_Types].xml', deflated: deflateRawSync(types), inflatedSize: types.length };

  it('refuses a .docx whose document.xml declares 1 GiB, before inflating anything', async () => {
    const deflated = await deflateRepeated(64 * 1024 * 1024); // the payload of a bomb; its header below declares 1 GiB
    const docx = buildZip([contentTypes, { name: 'word/document.xml', deflated, inflatedSize: 64 * 1024 * 1024, declaredSize: 1024 * 1024 * 1024 }]);
    const before = process.memoryUsage().rss;
    const { ms, error } = await timed(parseInWorker(docx, 'bomb.docx'));
    expect(error).toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringContaining('more than 64 MiB (the limit)') });
    expect(ms).toBeLessThan(5_000);
    expect(process.memoryUsage().rss - before).toBeLessThan(300 * 1024 * 1024);
  });

  it('refuses an entry compressed far beyond any document, naming the ratio', async () => {
    const deflated = await deflateRepeated(40 * 1024 * 1024);
    const docx = buildZip([contentTypes, { name: 'word/document.xml', deflated, inflatedSize: 40 * 1024 * 1024 }]);
    const { error } = await timed(parseInWorker(docx, 'ratio.docx'));
    expect(error).toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringMatching(/compressed \d+:1; the limit is 200:1/) });
  });

  it('refuses an entry that inflates past the small size its header declares, having inflated no more than that', async () => {
    const deflated = await deflateRepeated(8 * 1024 * 1024);
    const docx = buildZip([contentTypes, { name: 'word/document.xml', deflated, inflatedSize: 8 * 1024 * 1024, declaredSize: 100_000 }]);
    const { error } = await timed(parseInWorker(docx, 'liar.docx'));
    expect(error).toMatchObject({ code: 'FILE_TOO_COMPLEX', message: expect.stringContaining('more than the 100000 bytes its header declares') });
  });
});
