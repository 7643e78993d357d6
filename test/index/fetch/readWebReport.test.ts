import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFetchConfig } from '../../../config/index.js';
import { fetchResource, isPublicAddress, readWebReport } from '../../../index/fetch/index.js';
import type { FetchLimits } from '../../../index/fetch/index.js';
import { startReportSite } from '../../support/reportSite.js';
import type { ReportSite } from '../../support/reportSite.js';

let site: ReportSite;
beforeAll(async () => {
  site = await startReportSite();
});
afterAll(() => site.close());

// The site is on 127.0.0.1, so every fetch that should succeed is allowed private addresses, as FETCH_ALLOW_PRIVATE=true does.
const local: FetchLimits = { allowPrivate: true, timeoutMs: 10_000 };

describe('reading a report from a government web site', () => {
  it('reads the attachment when the page body is only a link to it, keeping the page’s fields and address', async () => {
    const report = await readWebReport(`${site.url}/gov/gxj.html`, local);
    expect(report.attachmentUrl).toBe(`${site.url}/files/P020250120.doc`);
    expect(report.sourceUrl).toBe(`${site.url}/gov/gxj.html`);
    expect(report.document.format).toBe('doc');
    expect(report.document.text).toContain('现将我局 2024 年法治政府建设工作报告如下');
    expect(report.document.fields).toMatchObject({ 发布机构: '福州市工业和信息化局', 文号: '榕工信法〔2025〕3号', 成文日期: '2025-01-20', 索引号: 'FZ00105-0300-2025-00004' });
  });

  it('follows a chain of redirects, relative and absolute, to an article page and reads its body', async () => {
    const report = await readWebReport(`${site.url}/r1`, local);
    expect(report.sourceUrl).toBe(`${site.url}/r1`);
    expect(report.attachmentUrl).toBeUndefined();
    expect(report.document.format).toBe('html');
    expect(report.document.fields?.['文号']).toBe('泉鲤政文〔2025〕9号');
    expect(report.document.text).toContain('轮训区管干部504人次');
  });

  it('stops after the redirect limit', async () => {
    await expect(fetchResource(`${site.url}/loop`, { ...local, maxRedirects: 3 })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('more than 3') });
  });

  it('aborts a download as soon as it passes the size limit, while it streams', async () => {
    site.streamed.bytes = 0;
    const started = Date.now();
    await expect(fetchResource(`${site.url}/huge`, { ...local, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('1 MiB') });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(site.streamed.bytes).toBeLessThan(16 * 1024 * 1024); // far from the 64 MiB the server would send
    expect(Date.now() - started).toBeLessThan(5_000);
    await expect(fetchResource(`${site.url}/declared-huge`, { ...local, maxBytes: 1024 * 1024 })).rejects.toMatchObject({ code: 'FILE_TOO_LARGE' });
  });

  it('refuses a page that holds no report, a missing page and a server that never answers, with what to do', async () => {
    await expect(readWebReport(`${site.url}/gov/list.html`, local)).rejects.toMatchObject({ code: 'PAGE_NOT_REPORT', message: expect.stringContaining('own page') });
    await expect(readWebReport(`${site.url}/missing`, local)).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('HTTP 404') });
    await expect(readWebReport(`${site.url}/slow`, { ...local, timeoutMs: 300 })).rejects.toMatchObject({ code: 'FETCH_FAILED', message: expect.stringContaining('did not answer') });
  });
});

describe('the address filter', () => {
  it('refuses loopback and other non-public addresses unless FETCH_ALLOW_PRIVATE=true', async () => {
    const { allowPrivate } = loadFetchConfig({});
    expect(allowPrivate).toBe(false);
    await expect(readWebReport(`${site.url}/gov/licheng.html`, { allowPrivate })).rejects.toMatchObject({ code: 'FETCH_BLOCKED', message: expect.stringContaining('127.0.0.1') });
    const port = new URL(site.url).port;
    // A name is checked after DNS resolution, at connect time.
    await expect(fetchResource(`http://localhost:${port}/gov/licheng.html`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
    await expect(fetchResource(`http://[::ffff:127.0.0.1]:${port}/`)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
    expect(loadFetchConfig({ FETCH_ALLOW_PRIVATE: 'true' }).allowPrivate).toBe(true);
    await expect(readWebReport(`${site.url}/gov/licheng.html`, { allowPrivate: loadFetchConfig({ FETCH_ALLOW_PRIVATE: 'true' }).allowPrivate })).resolves.toBeDefined();
  });

  it('fetches http and https only', async () => {
    await expect(fetchResource('file:///etc/passwd', local)).rejects.toMatchObject({ code: 'FETCH_BLOCKED', message: expect.stringContaining('http') });
    await expect(fetchResource('ftp://example.org/report.pdf', local)).rejects.toMatchObject({ code: 'FETCH_BLOCKED' });
  });

  it('knows public from private, loopback, link-local, unique-local and special addresses', () => {
    for (const address of ['8.8.8.8', '114.114.114.114', '2400:3200::1']) expect(isPublicAddress(address), address).toBe(true);
    for (const address of ['127.0.0.1', '10.0.0.8', '172.16.5.4', '192.168.1.1', '169.254.169.254', '100.64.0.1', '0.0.0.0', '224.0.0.1', '::1', '::', 'fe80::1', 'fd12:3456::1', '::ffff:10.0.0.1', '64:ff9b::7f00:1', '2002:c0a8:101::1', 'localhost']) {
      expect(isPublicAddress(address), address).toBe(false);
    }
  });

  it('reads FETCH_* settings with zod, naming a bad value', () => {
    expect(loadFetchConfig({ FETCH_TIMEOUT_SECONDS: '10', FETCH_MAX_REDIRECTS: '2' })).toEqual({ allowPrivate: false, timeoutMs: 10_000, maxRedirects: 2 });
    expect(() => loadFetchConfig({ FETCH_ALLOW_PRIVATE: 'maybe' })).toThrow(/FETCH_ALLOW_PRIVATE: expected true or false/);
  });
});
