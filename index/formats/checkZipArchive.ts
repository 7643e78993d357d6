import { inflateRawSync } from 'node:zlib';
import { AppError } from '../../errors/index.js';

/** Bounds on what a ZIP package (.docx) may unpack to; all optional. */
export interface ZipLimits {
  /** Most bytes all entries together may inflate to; default 64 MiB (a 1,000-page report's XML is ~30 MiB). */
  maxInflatedBytes?: number;
  /** Highest inflated/compressed ratio of an entry over 1 MiB inflated; default 200 (Word's XML deflates 5–20×, a zip bomb 1,000×). */
  maxRatio?: number;
  /** Most entries; default 10,000. */
  maxEntries?: number;
}

const DEFAULTS: Required<ZipLimits> = { maxInflatedBytes: 64 * 1024 * 1024, maxRatio: 200, maxEntries: 10_000 };
const RATIO_FLOOR_BYTES = 1024 * 1024;

// Signatures and offsets from the ZIP File Format Specification (APPNOTE.TXT §4.3, §4.5.3 for ZIP64).
const END_OF_CENTRAL_DIR = 0x06054b50;
const CENTRAL_FILE_HEADER = 0x02014b50;
const LOCAL_FILE_HEADER = 0x04034b50;
const ZIP64_EXTRA = 0x0001;
const MAX32 = 0xffffffff;

interface Entry {
  name: string;
  method: number;
  compressed: number;
  inflated: number;
  localOffset: number;
}

/**
 * Checks a ZIP package before anything inflates it: the central directory's declared sizes against
 * the limits, then every deflated entry inflated with its declared size as a hard output cap (a header
 * that lies about its size fails there, having produced no more than it declared). Throws
 * FILE_TOO_COMPLEX naming the limit passed, FILE_UNREADABLE for a damaged archive. Peak memory: one entry.
 */
export function checkZipArchive(bytes: Uint8Array, fileName: string, limits: ZipLimits = {}): void {
  const { maxInflatedBytes, maxRatio, maxEntries } = { ...DEFAULTS, ...definedOnly(limits) };
  const zip = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries = centralDirectory(zip, fileName, maxEntries);
  const tooComplex = (what: string) =>
    new AppError('FILE_TOO_COMPLEX', `${fileName} ${what}; it may be a zip bomb. Open it in Word or WPS, save it again as .docx (or export a PDF) and resend it.`);
  let total = 0;
  for (const entry of entries) {
    total += entry.inflated;
    if (total > maxInflatedBytes) throw tooComplex(`unpacks to more than ${mib(maxInflatedBytes)} (the limit)`);
    const ratio = entry.inflated / Math.max(1, entry.compressed);
    if (entry.inflated > RATIO_FLOOR_BYTES && ratio > maxRatio) {
      throw tooComplex(`has an entry (${entry.name}) compressed ${Math.round(ratio)}:1; the limit is ${maxRatio}:1`);
    }
  }
  for (const entry of entries) verifyEntry(zip, entry, fileName);
}

function centralDirectory(zip: Buffer, fileName: string, maxEntries: number): Entry[] {
  const damaged = () => new AppError('FILE_UNREADABLE', `${fileName} is not a complete ZIP package; it may be damaged. Save or download it again and resend it.`);
  let end = -1;
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 0xffff); at--) {
    if (zip.readUInt32LE(at) === END_OF_CENTRAL_DIR) {
      end = at;
      break;
    }
  }
  if (end < 0) throw damaged();
  const count = zip.readUInt16LE(end + 10);
  if (count > maxEntries) throw new AppError('FILE_TOO_COMPLEX', `${fileName} holds ${count} entries; the limit is ${maxEntries}.`);
  const entries: Entry[] = [];
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < count; i++) {
    if (at + 46 > zip.length || zip.readUInt32LE(at) !== CENTRAL_FILE_HEADER) throw damaged();
    const nameLength = zip.readUInt16LE(at + 28);
    const extraLength = zip.readUInt16LE(at + 30);
    const entry: Entry = {
      name: zip.toString('utf8', at + 46, at + 46 + nameLength),
      method: zip.readUInt16LE(at + 10),
      compressed: zip.readUInt32LE(at + 20),
      inflated: zip.readUInt32LE(at + 24),
      localOffset: zip.readUInt32LE(at + 42),
    };
    readZip64Sizes(zip.subarray(at + 46 + nameLength, at + 46 + nameLength + extraLength), entry);
    entries.push(entry);
    at += 46 + nameLength + extraLength + zip.readUInt16LE(at + 32);
  }
  return entries;
}

/** Replaces 0xFFFFFFFF sizes and offset with the ZIP64 extra field's 8-byte values, in the order the spec gives. */
function readZip64Sizes(extra: Buffer, entry: Entry): void {
  for (let at = 0; at + 4 <= extra.length; at += 4 + extra.readUInt16LE(at + 2)) {
    if (extra.readUInt16LE(at) !== ZIP64_EXTRA) continue;
    let field = at + 4;
    const next = (): number => {
      const value = field + 8 <= extra.length ? Number(extra.readBigUInt64LE(field)) : Number.MAX_SAFE_INTEGER;
      field += 8;
      return value;
    };
    if (entry.inflated === MAX32) entry.inflated = next();
    if (entry.compressed === MAX32) entry.compressed = next();
    if (entry.localOffset === MAX32) entry.localOffset = next();
    return;
  }
}

function verifyEntry(zip: Buffer, entry: Entry, fileName: string): void {
  const offset = entry.localOffset;
  const ok = offset + 30 <= zip.length && zip.readUInt32LE(offset) === LOCAL_FILE_HEADER;
  const start = ok ? offset + 30 + zip.readUInt16LE(offset + 26) + zip.readUInt16LE(offset + 28) : -1;
  if (!ok || start + entry.compressed > zip.length) {
    throw new AppError('FILE_UNREADABLE', `${fileName}: entry ${entry.name} is cut off; the file may be damaged. Save or download it again and resend it.`);
  }
  if (entry.method !== 8) return; // stored (0): its size is its length; other methods: mammoth refuses them
  try {
    inflateRawSync(zip.subarray(start, start + entry.compressed), { maxOutputLength: Math.max(1, entry.inflated) });
  } catch (cause) {
    const lies = (cause as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE';
    throw new AppError(
      lies ? 'FILE_TOO_COMPLEX' : 'FILE_UNREADABLE',
      lies
        ? `${fileName}: entry ${entry.name} unpacks to more than the ${entry.inflated} bytes its header declares; it may be a zip bomb and was not opened.`
        : `${fileName}: entry ${entry.name} is damaged. Save or download it again and resend it.`,
      { cause },
    );
  }
}

function definedOnly(limits: ZipLimits): ZipLimits {
  return Object.fromEntries(Object.entries(limits).filter(([, v]) => v !== undefined));
}

function mib(bytes: number): string {
  return `${Math.round(bytes / 1024 / 1024)} MiB`;
}
