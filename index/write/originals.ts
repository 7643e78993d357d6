import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import type { MetadataOverrides } from './ingestDocument.js';

/** A report's file as it was added: its bytes and a file name to send it under. */
export interface ReportOriginal {
  fileName: string;
  bytes: Uint8Array;
}

/**
 * What was given with a kept original (`<reportId>.meta.json` beside it): enough to add the report again
 * through the normal write path, with the same metadata, should the index be lost.
 */
export interface OriginalRecord {
  reportId: string;
  /** The file's name when added. */
  fileName: string;
  origin: 'seed' | 'ingest';
  /** ISO time it was first added: reports are added back in this order. */
  addedAt: string;
  /** Metadata the admin gave (org, year, region, title). */
  overrides?: MetadataOverrides;
  /** Whether it was added in place of another version of the same issuer and year. */
  replace?: boolean;
  /** Where it was downloaded from, when it came from a link. */
  sourceUrl?: string;
}

/** A kept original as found in the folder: its record (absent for originals kept before records were) and file. */
export interface KeptOriginal {
  reportId: string;
  file: string;
  record?: OriginalRecord;
}

const RECORD = '.meta.json';

/** Folder of the original files beside the index: `<dataDir>/originals/<reportId><ext>`. */
export function originalsDir(dataDir: string): string {
  return join(dataDir, 'originals');
}

/** The file's own extension, lower-case, when it is a plain one (.docx, .pdf, .txt, .html); '' otherwise. */
function safeExtension(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? ext : '';
}

/** Writes a file through a temporary one renamed into place: a crash leaves the old file or the new one. */
export function writeFileAtomic(file: string, data: Uint8Array | string): void {
  writeFileSync(`${file}.tmp`, data);
  renameSync(`${file}.tmp`, file);
}

/** Whether a name in the originals folder is a report's original file (not its record, not a temporary file). */
const isOriginalOf = (name: string, reportId: string): boolean =>
  (name === reportId || name.startsWith(`${reportId}.`)) && !name.endsWith('.tmp') && !name.endsWith(RECORD);

/**
 * Keeps a report's original bytes (already within the ingest size limit) beside the index, written to a
 * temporary file renamed into place, with its record when given; replaces an earlier copy of the same report.
 */
export function saveOriginal(dataDir: string, reportId: string, fileName: string, bytes: Uint8Array, record?: Omit<OriginalRecord, 'reportId' | 'fileName'>): void {
  const dir = originalsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  removeOriginal(dataDir, reportId);
  writeFileAtomic(join(dir, `${reportId}${safeExtension(fileName)}`), bytes);
  if (record) saveOriginalRecord(dataDir, { reportId, fileName, ...record });
}

/** Writes (atomically) the record kept beside a report's original. */
export function saveOriginalRecord(dataDir: string, record: OriginalRecord): void {
  writeFileAtomic(join(originalsDir(dataDir), `${record.reportId}${RECORD}`), `${JSON.stringify(record, null, 1)}\n`);
}

/** Deletes the kept original of a report and its record, if any. */
export function removeOriginal(dataDir: string, reportId: string): void {
  const dir = originalsDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name === reportId || name.startsWith(`${reportId}.`)) rmSync(join(dir, name), { force: true });
}

/** The kept original of a report, sent under `fileName` (its name when added); undefined when none was kept. */
export function readOriginal(dataDir: string, reportId: string, fileName: string): ReportOriginal | undefined {
  const dir = originalsDir(dataDir);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((n) => isOriginalOf(n, reportId));
  return name === undefined ? undefined : { fileName, bytes: readFileSync(join(dir, name)) };
}

/** The record kept beside a report's original; undefined when none was written or it cannot be read. */
export function readOriginalRecord(dataDir: string, reportId: string): OriginalRecord | undefined {
  const file = join(originalsDir(dataDir), `${reportId}${RECORD}`);
  try {
    const record = JSON.parse(readFileSync(file, 'utf8')) as OriginalRecord;
    return record.reportId === reportId && typeof record.fileName === 'string' ? record : undefined;
  } catch {
    return undefined;
  }
}

/** Every kept original with its record, oldest first (by the time recorded; those without a record last). */
export function keptOriginals(dataDir: string): KeptOriginal[] {
  const dir = originalsDir(dataDir);
  if (!existsSync(dir)) return [];
  const kept: KeptOriginal[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.endsWith('.tmp') || name.endsWith(RECORD)) continue;
    const reportId = name.slice(0, name.length - extname(name).length) || name;
    kept.push({ reportId, file: join(dir, name), record: readOriginalRecord(dataDir, reportId) });
  }
  return kept.sort((a, b) => (a.record?.addedAt ?? '\uffff').localeCompare(b.record?.addedAt ?? '\uffff'));
}
