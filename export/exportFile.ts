import { exportRows } from './exportRows.js';
import type { DescribeLevel } from './exportRows.js';
import { toDocx } from './toDocx.js';
import { toXlsx } from './toXlsx.js';
import type { Hit } from '../retrieval/index.js';

/** The file formats an answer or comparison can be taken away in. */
export type ExportFormat = 'xlsx' | 'docx';

/** MIME types of the formats (IANA registrations for Office Open XML). */
export const EXPORT_MIME: Record<ExportFormat, string> = {
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

/** An export ready to save or send: its suggested file name, bytes and row count. */
export interface ExportFile {
  fileName: string;
  bytes: Buffer;
  rows: number;
}

/** Longest topic kept in a file name, in code points. */
const MAX_NAME_CHARS = 40;

/** A file name for an export about `heading`: characters unsafe in file names replaced, cut at a code point. */
export function exportFileName(heading: string, format: ExportFormat): string {
  const safe = [...heading.replace(/[\\/:*?"<>|\u0000-\u001f]/g, ' ').replace(/\s+/g, ' ').trim()].slice(0, MAX_NAME_CHARS).join('');
  return `${safe || '导出'}.${format}`;
}

/** The hits as a file of `format`, one row or paragraph per passage, in the order shown; `standings` as exportRows takes them. */
export async function exportFile(heading: string, hits: readonly Hit[], format: ExportFormat, describeLevel?: DescribeLevel, standings?: readonly string[]): Promise<ExportFile> {
  const rows = exportRows(hits, describeLevel, standings);
  const bytes = format === 'xlsx' ? await toXlsx(heading, rows) : await toDocx(heading, rows);
  return { fileName: exportFileName(heading, format), bytes, rows: rows.length };
}
