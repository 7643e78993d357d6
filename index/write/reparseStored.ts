import { parseReport } from '../parse/parseReport.js';
import type { ParsedReport, ReportMeta } from '../types.js';

/**
 * Parses a stored report again from its text (after the parser changed). A seed's metadata is read afresh;
 * an ingested report keeps the metadata it was stored with, which an admin may have given (pure).
 */
export function reparseStored(text: string, stored: ReportMeta, origin: 'seed' | 'ingest'): ParsedReport {
  const parsed = parseReport(text, stored.sourceFile);
  return origin === 'ingest' ? { ...parsed, meta: { ...parsed.meta, ...stored } } : parsed;
}
