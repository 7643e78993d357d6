import { isAppError } from '../errors/index.js';

/** What happened to one file or link of an ingest run. */
export interface IngestLine {
  /** The path or URL as given. */
  source: string;
  outcome: 'added' | 'replaced' | 'already indexed' | 'refused';
  reportId?: string;
  org?: string;
  year?: number | null;
  passages?: number;
  /** Why it was refused (or what it replaced). */
  reason?: string;
}

/** The outcome of a failed ingest: "already indexed" for the very same text, "refused" otherwise (pure). */
export function failedLine(source: string, error: unknown): IngestLine {
  const reason = error instanceof Error ? error.message : String(error);
  return { source, outcome: isAppError(error, 'REPORT_ALREADY_INDEXED') ? 'already indexed' : 'refused', reason };
}

/** "12 files: 8 added, 1 replaced, 2 already indexed, 1 refused", then each refusal with its reason (pure). */
export function renderSummary(lines: readonly IngestLine[]): string {
  const count = (outcome: IngestLine['outcome']) => lines.filter((l) => l.outcome === outcome).length;
  const refused = lines.filter((l) => l.outcome === 'refused');
  return [
    `${lines.length} ${lines.length === 1 ? 'item' : 'items'}: ${count('added')} added, ${count('replaced')} replaced, ${count('already indexed')} already indexed, ${refused.length} refused`,
    ...refused.map((l) => `  refused ${l.source}: ${l.reason ?? ''}`),
  ].join('\n');
}

const COLUMNS = ['source', 'outcome', 'report_id', 'org', 'year', 'passages', 'reason'] as const;

/** The run as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), with a header row (pure). */
export function summaryCsv(lines: readonly IngestLine[]): string {
  const quote = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  const rows = lines.map((l) => [l.source, l.outcome, l.reportId, l.org, l.year, l.passages, l.reason].map(quote).join(','));
  return [COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
