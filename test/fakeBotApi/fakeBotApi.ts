import { EventEmitter } from 'node:events';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Update, UserFromGetMe } from 'grammy/types';
import { TEST_BOT, TEST_TOKEN } from './fixtures.js';
import { handleMethod, type FakeState } from './methods.js';

/** An injected failure: Telegram's 429 with retry_after, or a 5xx. */
export type Failure = { errorCode: 429; retryAfter: number } | { errorCode: 500 | 502 | 503 };

/** One Bot API call as the fake received it. */
export interface RecordedCall {
  method: string;
  payload: Record<string, unknown>;
  at: number;
}

/** Options of startFakeBotApi; all optional. */
export interface FakeBotApiOptions {
  token?: string;
  botInfo?: UserFromGetMe;
  /** Behave as a self-hosted Bot API server started with --local: files sent are kept in this folder, getFile returns their absolute path, and /file/ serves nothing. */
  localFilesDir?: string;
  /** Simulate Telegram's flood limits on sends: past them a send gets 429 with retry_after. Off by default. */
  sendLimits?: { perSecond: number; groupPerMinute: number };
}

/** Methods that post or change a message, which Telegram's flood limits count. */
const SENDS = /^(send|edit|copy|forward)/;

type Reply = { status: number; body: unknown };
const ok = (result: unknown): Reply => ({ status: 200, body: { ok: true, result } });
const error = (status: number, description: string, parameters?: unknown): Reply => ({
  status,
  body: { ok: false, error_code: status, description, ...(parameters ? { parameters } : {}) },
});

async function readJson(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const raw = Buffer.concat(chunks).toString('utf8');
  if (raw === '') return {};
  const type = req.headers['content-type'] ?? '';
  if (type.includes('multipart/form-data')) return readMultipart(Buffer.concat(chunks), type);
  if (!type.includes('application/json')) return undefined;
  return JSON.parse(raw) as Record<string, unknown>;
}

/**
 * A multipart body (sendDocument with a file's bytes), as the Bot API reads one: string fields, JSON in
 * reply_markup and the like, and `attach://name` pointing at a file part, resolved to { fileName, bytes }.
 */
async function readMultipart(body: Buffer, contentType: string): Promise<Record<string, unknown>> {
  const boundary = /boundary="?([^";]+)"?/.exec(contentType)?.[1];
  if (boundary === undefined) throw new Error('multipart body without a boundary');
  const files = new Map<string, { fileName: string; bytes: Uint8Array }>();
  const fields: Record<string, unknown> = {};
  const delimiter = Buffer.from(`--${boundary}`);
  let at = body.indexOf(delimiter);
  while (at >= 0) {
    const next = body.indexOf(delimiter, at + delimiter.length);
    if (next < 0) break;
    const part = body.subarray(at + delimiter.length + 2, next - 2); // after CRLF, before CRLF
    at = next;
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) continue;
    const head = part.subarray(0, split).toString('utf8');
    const content = part.subarray(split + 4);
    const name = /(?:^|;|\s)name="([^"]*)"/.exec(head)?.[1];
    // grammY writes filename=… unquoted, others quote it.
    const named = /filename=(?:"([^"]*)"|([^\r\n;]*))/.exec(head);
    const fileName = named ? (named[1] ?? named[2]) : undefined;
    if (name === undefined) continue;
    if (fileName !== undefined) files.set(name, { fileName, bytes: new Uint8Array(content) });
    else {
      const value = content.toString('utf8');
      fields[name] = /^[[{]/.test(value) ? JSON.parse(value) : value;
    }
  }
  for (const [name, value] of Object.entries(fields)) {
    const attached = typeof value === 'string' ? /^attach:\/\/(.+)$/.exec(value)?.[1] : undefined;
    if (attached !== undefined) fields[name] = files.get(attached);
  }
  for (const [name, file] of files) if (!(name in fields)) fields[name] = file;
  return fields;
}

/**
 * A loopback Telegram Bot API for tests: validates what Telegram validates, records what the bot sends, long-polls
 * getUpdates honouring offset and timeout, and can inject 429/5xx. Users act through `state` helpers (see users.ts).
 */
export class FakeBotApi {
  readonly events = new EventEmitter();
  readonly calls: RecordedCall[] = [];
  /** Calls the fake refused as Telegram would (bad HTML, too long, bad callback_data…): a correct bot makes none. */
  readonly rejected: Array<{ method: string; description: string }> = [];
  readonly state: FakeState;
  /** Sends answered 429 by the simulated flood limits (sendLimits). */
  readonly floodRefusals: Array<{ method: string; retryAfter: number }> = [];
  private readonly sentAt: Array<{ at: number; chatId: unknown }> = [];
  /** How many getUpdates calls arrived: long polling keeps this low while idle. */
  getUpdatesCalls = 0;
  private readonly failures: Array<{ method: string; failure: Failure }> = [];
  private server: Server | undefined;
  url = '';

  constructor(readonly options: FakeBotApiOptions = {}) {
    this.state = { botInfo: options.botInfo ?? TEST_BOT, updates: [], nextUpdateId: 1, messages: [], messageIds: new Map(), chats: new Map(), callbacks: new Map(), inlineQueries: new Map(), files: new Map(), documents: [], webhook: undefined, pendingPolls: 0, profile: { description: new Map(), shortDescription: new Map(), commands: new Map() } };
  }

  get token(): string {
    return this.options.token ?? TEST_TOKEN;
  }

  /** Makes the next `times` calls of `method` fail with `failure` (before any validation). */
  failNext(method: string, failure: Failure, times = 1): void {
    for (let i = 0; i < times; i++) this.failures.push({ method, failure });
  }

  /** Queues an update for getUpdates and wakes a waiting long poll. */
  enqueue(update: Omit<Update, 'update_id'>): Update {
    const full = { ...update, update_id: this.state.nextUpdateId++ } as Update;
    this.state.updates.push(full);
    this.events.emit('update');
    return full;
  }

  /** Resolves with the first non-undefined value of `probe`, re-checked after every call the bot makes; rejects after `timeoutMs`. */
  waitFor<T>(probe: () => T | undefined, timeoutMs = 5_000, what = 'condition'): Promise<T> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const value = probe();
        if (value === undefined) return;
        cleanup();
        resolve(value);
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`fake Bot API: timed out after ${timeoutMs} ms waiting for ${what}`));
      }, timeoutMs);
      const cleanup = () => {
        clearTimeout(timer);
        this.events.off('call', check);
      };
      this.events.on('call', check);
      check();
    });
  }

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.route(req, res));
    await new Promise<void>((resolve) => this.server?.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }

  private async route(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.url);
    const file = url.pathname.match(/^\/file\/bot([^/]+)\/(.+)$/);
    if (req.method === 'GET' && file !== null) {
      const served = file[1] === this.token && this.options.localFilesDir === undefined;
      const bytes = served ? [...this.state.files.values()].find((f) => f.path === file[2])?.bytes : undefined;
      res.writeHead(bytes ? 200 : 404).end(bytes ? Buffer.from(bytes) : undefined);
      return;
    }
    const call = url.pathname.match(/^\/bot([^/]+)\/(\w+)$/);
    let reply: Reply;
    if (call === null || call[1] !== this.token) reply = error(401, 'Unauthorized');
    else {
      const payload = await readJson(req);
      const method = call[2] as string;
      reply = payload === undefined ? error(400, 'Bad Request: this fake takes JSON bodies only') : await this.answer(method, payload, res);
    }
    if (!res.destroyed) res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body));
  }

  private async answer(method: string, payload: Record<string, unknown>, res: ServerResponse): Promise<Reply> {
    if (method === 'getUpdates') this.getUpdatesCalls++;
    const injected = this.failures.findIndex((f) => f.method === method);
    if (injected >= 0) {
      const failure = (this.failures.splice(injected, 1)[0] as { failure: Failure }).failure;
      this.record(method, payload);
      return failure.errorCode === 429
        ? error(429, `Too Many Requests: retry after ${failure.retryAfter}`, { retry_after: failure.retryAfter })
        : error(failure.errorCode, 'Internal Server Error');
    }
    const retryAfter = this.overSendLimit(method, payload);
    if (retryAfter !== undefined) {
      this.floodRefusals.push({ method, retryAfter });
      this.record(method, payload);
      return error(429, `Too Many Requests: retry after ${retryAfter}`, { retry_after: retryAfter });
    }
    const outcome = await handleMethod(this.state, method, payload, { events: this.events, onClose: (cb) => res.once('close', cb) });
    if (method !== 'getUpdates') this.record(method, payload);
    if ('error' in outcome) {
      this.rejected.push({ method, description: outcome.error });
      return error(outcome.status ?? 400, outcome.error);
    }
    return ok(outcome.result);
  }

  /** Seconds to wait when this send would pass the simulated limits (and then it is not counted), else undefined. */
  private overSendLimit(method: string, payload: Record<string, unknown>): number | undefined {
    const limits = this.options.sendLimits;
    if (!limits || !SENDS.test(method)) return undefined;
    const now = Date.now();
    while ((this.sentAt[0]?.at ?? now) <= now - 60_000) this.sentAt.shift();
    const lastSecond = this.sentAt.filter((s) => s.at > now - 1_000);
    const chatId = payload.chat_id;
    const inGroup = typeof chatId === 'number' && chatId < 0 ? this.sentAt.filter((s) => s.chatId === chatId) : [];
    if (lastSecond.length >= limits.perSecond) return Math.max(1, Math.ceil((lastSecond[0]!.at + 1_000 - now) / 1000));
    if (inGroup.length >= limits.groupPerMinute) return Math.max(1, Math.ceil((inGroup[0]!.at + 60_000 - now) / 1000));
    this.sentAt.push({ at: now, chatId });
    return undefined;
  }

  private record(method: string, payload: Record<string, unknown>): void {
    this.calls.push({ method, payload, at: Date.now() });
    // Emitted after the reply is built, so waitFor sees the recorded message.
    setImmediate(() => this.events.emit('call'));
  }
}

/** Starts a fake Bot API on 127.0.0.1 at a random port. */
export async function startFakeBotApi(options: FakeBotApiOptions = {}): Promise<FakeBotApi> {
  return new FakeBotApi(options).start();
}
