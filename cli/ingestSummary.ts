import { isAppError } from '../errors/index.js';
import { INGEST_CSV_COLUMNS, INGEST_OUTCOMES, ingestReason, ingestSummaryHead, ingestSummaryRefusal } from '../prompts/index.js';

/** What happened to one file or link of an ingest run. */
export interface IngestLine {
  /** The path or URL as given. */
  source: string;
  outcome: 'added' | 'replaced' | 'already indexed' | 'refused';
  reportId?: string;
  org?: string;
  year?: number | null;
  passages?: number;
  /** Why it was refused and what to do (Chinese), or what it replaced. */
  reason?: string;
  /** The refusal's error code (AppError), when it had one. */
  code?: string;
  /** The refusal's precise message: file names, limits, ids. */
  detail?: string;
}

/** The outcome of a failed ingest: "already indexed" for the very same text, "refused" otherwise (pure). */
export function failedLine(source: string, error: unknown): IngestLine {
  const detail = error instanceof Error ? error.message : String(error);
  const code = isAppError(error) ? error.code : undefined;
  return { source, outcome: isAppError(error, 'REPORT_ALREADY_INDEXED') ? 'already indexed' : 'refused', reason: ingestReason(code), detail, ...(code && { code }) };
}

/** "共 12 项：新增 8 份，替换 1 份，已收录过 2 份，未收录 1 份", then each refusal with its reason (pure). */
export function renderSummary(lines: readonly IngestLine[]): string {
  const count = (outcome: IngestLine['outcome']) => lines.filter((l) => l.outcome === outcome).length;
  const refused = lines.filter((l) => l.outcome === 'refused');
  return [
    ingestSummaryHead({ items: lines.length, added: count('added'), replaced: count('replaced'), already: count('already indexed'), refused: refused.length }),
    ...refused.map((l) => ingestSummaryRefusal(l.source, l.reason ?? '')),
  ].join('\n');
}

/** The run as CSV (RFC 4180: every field quoted, quotes doubled, CRLF line ends), with a header row (pure). */
export function summaryCsv(lines: readonly IngestLine[]): string {
  const quote = (value: unknown) => `"${String(value ?? '').replace(/"/g, '""')}"`;
  const rows = lines.map((l) => [l.source, INGEST_OUTCOMES[l.outcome], l.reportId, l.org, l.year, l.passages, l.reason, l.code, l.detail].map(quote).join(','));
  return [INGEST_CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}
