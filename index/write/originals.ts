import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { extname, join } from 'node:path';

/** A report's file as it was added: its bytes and a file name to send it under. */
export interface ReportOriginal {
  fileName: string;
  bytes: Uint8Array;
}

/** Folder of the original files beside the index: `<dataDir>/originals/<reportId><ext>`. */
export function originalsDir(dataDir: string): string {
  return join(dataDir, 'originals');
}

/** The file's own extension, lower-case, when it is a plain one (.docx, .pdf, .txt, .html); '' otherwise. */
function safeExtension(fileName: string): string {
  const ext = extname(fileName).toLowerCase();
  return /^\.[a-z0-9]{1,5}$/.test(ext) ? ext : '';
}

/**
 * Keeps a report's original bytes (already within the ingest size limit) beside the index, written to a
 * temporary file renamed into place; replaces an earlier copy of the same report.
 */
export function saveOriginal(dataDir: string, reportId: string, fileName: string, bytes: Uint8Array): void {
  const dir = originalsDir(dataDir);
  mkdirSync(dir, { recursive: true });
  removeOriginal(dataDir, reportId);
  const target = join(dir, `${reportId}${safeExtension(fileName)}`);
  writeFileSync(`${target}.tmp`, bytes);
  renameSync(`${target}.tmp`, target);
}

/** Deletes the kept original of a report, if any. */
export function removeOriginal(dataDir: string, reportId: string): void {
  const dir = originalsDir(dataDir);
  if (!existsSync(dir)) return;
  for (const name of readdirSync(dir)) if (name === reportId || name.startsWith(`${reportId}.`)) rmSync(join(dir, name), { force: true });
}

/** The kept original of a report, sent under `fileName` (its name when added); undefined when none was kept. */
export function readOriginal(dataDir: string, reportId: string, fileName: string): ReportOriginal | undefined {
  const dir = originalsDir(dataDir);
  if (!existsSync(dir)) return undefined;
  const name = readdirSync(dir).find((n) => (n === reportId || n.startsWith(`${reportId}.`)) && !n.endsWith('.tmp'));
  return name === undefined ? undefined : { fileName, bytes: readFileSync(join(dir, name)) };
}
