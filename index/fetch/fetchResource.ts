import { lookup as dnsLookup } from 'node:dns';
import type { LookupAddress, LookupOptions } from 'node:dns';
import { isIP } from 'node:net';
import { Agent, request } from 'undici';
import { AppError } from '../../errors/index.js';
import { resourceFileName } from './resourceFileName.js';
import { isPublicAddress } from './publicAddress.js';

/** Bounds on one fetch (a page or an attachment, with its redirects). All optional. */
export interface FetchLimits {
  /** Largest body accepted, in bytes, enforced while it streams; default 20 MiB (the upload limit). */
  maxBytes?: number;
  /** Wall-clock limit for the whole fetch, redirects included, in milliseconds; default 30,000. */
  timeoutMs?: number;
  /** Redirects followed, each re-checked; default 5. */
  maxRedirects?: number;
  /** Allow private, loopback, link-local and other non-public addresses (tests, an intranet); default false. */
  allowPrivate?: boolean;
}

/** A fetched resource. */
export interface FetchedResource {
  /** The address it finally came from, after redirects. */
  url: string;
  bytes: Uint8Array;
  /** Content-Type without parameters, lower case; '' when absent. */
  contentType: string;
  /** A file name for it: Content-Disposition's, else the URL path's last segment, with an extension. */
  fileName: string;
}

const DEFAULTS = { maxBytes: 20 * 1024 * 1024, timeoutMs: 30_000, maxRedirects: 5, allowPrivate: false };
const REDIRECTS = new Set([301, 302, 303, 307, 308]);
const HEADERS = {
  'user-agent': 'Mozilla/5.0 (compatible; fazhi-report-intake/0.1)',
  accept: 'text/html,application/xhtml+xml,application/pdf,application/msword,*/*;q=0.8',
};

/**
 * GETs an http(s) URL within `limits`: redirects are followed by hand, each hop's scheme and address checked
 * again; the address actually connected to is checked after DNS resolution (a connect-time lookup, so a name
 * cannot resolve to one address when checked and another when used); the body is counted while it streams
 * and the download aborted as soon as it passes `maxBytes`. Throws AppError FETCH_BLOCKED (scheme or
 * address), FETCH_FAILED (network, timeout, HTTP status, too many redirects) or FILE_TOO_LARGE.
 */
export async function fetchResource(url: string, limits: FetchLimits = {}): Promise<FetchedResource> {
  const { maxBytes, timeoutMs, maxRedirects, allowPrivate } = { ...DEFAULTS, ...stripUndefined(limits) };
  const dispatcher = new Agent({ connect: { lookup: checkedLookup(allowPrivate), timeout: timeoutMs }, headersTimeout: timeoutMs, bodyTimeout: timeoutMs });
  const signal = AbortSignal.timeout(timeoutMs);
  let current = checkTarget(url, allowPrivate);
  try {
    for (let hop = 0; ; hop += 1) {
      const response = await request(current, { method: 'GET', headers: HEADERS, dispatcher, signal }).catch((cause: unknown) => {
        throw failure(current, cause, timeoutMs);
      });
      const location = header(response.headers, 'location');
      if (REDIRECTS.has(response.statusCode) && location !== undefined) {
        discard(response.body);
        if (hop >= maxRedirects) throw new AppError('FETCH_FAILED', `${url} redirects more than ${maxRedirects} times; send the address the report is finally at`);
        current = checkTarget(new URL(location, current).href, allowPrivate);
        continue;
      }
      if (response.statusCode < 200 || response.statusCode > 299) {
        discard(response.body);
        throw new AppError('FETCH_FAILED', `${current} answered HTTP ${response.statusCode}; check that the link opens in a browser, or download the file and send it`);
      }
      const declared = Number(header(response.headers, 'content-length') ?? NaN);
      if (declared > maxBytes) {
        discard(response.body);
        throw tooLarge(current, maxBytes);
      }
      const bytes = await readCapped(response.body, maxBytes, current, timeoutMs);
      const contentType = (header(response.headers, 'content-type') ?? '').split(';')[0]!.trim().toLowerCase();
      return { url: current, bytes, contentType, fileName: resourceFileName(current, contentType, header(response.headers, 'content-disposition')) };
    }
  } finally {
    await dispatcher.close().catch(() => undefined);
  }
}

/** The body, read chunk by chunk and abandoned the moment it passes `maxBytes`. */
async function readCapped(body: AsyncIterable<Buffer> & NodeJS.EventEmitter & { destroy(): void }, maxBytes: number, url: string, timeoutMs: number): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  try {
    for await (const chunk of body) {
      total += chunk.byteLength;
      if (total > maxBytes) {
        discard(body);
        throw tooLarge(url, maxBytes);
      }
      chunks.push(chunk);
    }
  } catch (cause) {
    if (cause instanceof AppError) throw cause;
    throw failure(url, cause, timeoutMs);
  }
  return new Uint8Array(Buffer.concat(chunks, total));
}

/** Parses and checks one hop's target: http or https, and not a non-public IP literal. */
function checkTarget(raw: string, allowPrivate: boolean): string {
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new AppError('FETCH_BLOCKED', `${raw} is not a web address; send a link starting with http:// or https://`);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new AppError('FETCH_BLOCKED', `${raw}: only http:// and https:// links are fetched, not ${parsed.protocol}`);
  }
  const host = parsed.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && isIP(host) !== 0 && !isPublicAddress(host)) throw blocked(raw, host);
  return parsed.href;
}

/** dns.lookup that refuses names resolving to any non-public address (unless allowed). */
function checkedLookup(allowPrivate: boolean) {
  return (hostname: string, options: LookupOptions, callback: (err: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void): void => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '');
      const bad = addresses.find((a) => !isPublicAddress(a.address));
      if (!allowPrivate && bad) return callback(blocked(hostname, bad.address) as unknown as NodeJS.ErrnoException, '');
      if (options.all) return callback(null, addresses);
      const first = addresses[0];
      return first ? callback(null, first.address, first.family) : callback(Object.assign(new Error(`no address for ${hostname}`), { code: 'ENOTFOUND' }), '');
    });
  };
}

function blocked(target: string, address: string): AppError {
  return new AppError(
    'FETCH_BLOCKED',
    `${target} leads to ${address}, a private, loopback or otherwise non-public address; only public web sites are fetched (an operator may set FETCH_ALLOW_PRIVATE=true for an intranet)`,
  );
}

function tooLarge(url: string, maxBytes: number): AppError {
  return new AppError('FILE_TOO_LARGE', `${url} is larger than the ${Math.round(maxBytes / 1024 / 1024)} MiB limit; the download was stopped. Send a smaller version of the report (without images) as a file.`);
}

function failure(url: string, cause: unknown, timeoutMs: number): AppError {
  if (cause instanceof AppError) return cause;
  const inner = (cause as { cause?: unknown }).cause;
  if (inner instanceof AppError) return inner;
  const name = (cause as { name?: string }).name ?? '';
  const code = (cause as { code?: string }).code ?? '';
  const timedOut = name === 'TimeoutError' || name === 'AbortError' || /TIMEOUT/.test(code);
  const why = timedOut ? `did not answer within ${Math.round(timeoutMs / 1000)} s` : code === 'ENOTFOUND' ? 'names a host that does not exist' : `could not be fetched (${code || name || 'network error'})`;
  return new AppError('FETCH_FAILED', `${url} ${why}; check the link opens in a browser, or download the report and send the file`, { cause });
}

/** Drops a response body unread, closing its connection (undici reports the abort as an error: expected here). */
function discard(body: NodeJS.EventEmitter & { destroy(): void }): void {
  body.on('error', () => undefined);
  body.destroy();
}

function header(headers: Record<string, string | string[] | undefined>, name: string): string | undefined {
  const value = headers[name];
  return Array.isArray(value) ? value[0] : value;
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>;
}
