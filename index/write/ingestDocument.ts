import { addReport } from './addReport.js';
import type { ProgressFn } from './addReport.js';
import type { Embedder } from '../embedding/embedder.js';
import { AppError } from '../../errors/index.js';
import type { DocumentText } from '../formats/readDocument.js';
import { toSimplifiedChinese } from '../lexical/normalize.js';
import { regionOf } from '../parse/meta/regionOf.js';
import { parseInWorker, type ParsedDocument, type ParseLimits } from '../parse/parseInWorker.js';
import { forgetRemoval } from './removeReport.js';
import { reportIdOf } from '../reportId.js';
import { hanCount, MIN_FILE_HAN } from '../reportLength.js';
import type { PassageStore } from '../store/passageStore.js';
import type { ParsedReport, ReportMeta } from '../types.js';

/** Metadata given by the person adding a report; it wins over what the document says. */
export interface MetadataOverrides {
  org?: string;
  year?: number;
  region?: string[];
  title?: string;
}

/** How to add one document. All optional. */
export interface IngestOptions {
  overrides?: MetadataOverrides;
  /** Replace an indexed report of the same issuer and year instead of refusing; default false. */
  replace?: boolean;
  /** Largest file accepted, in bytes; default 20 MiB. */
  maxBytes?: number;
  /** Most passages one report may have; default 2,000. */
  maxPassages?: number;
  onProgress?: ProgressFn;
  /** Time, memory and length limits on reading the file (see parseInWorker); defaults 20 s, 384 MiB, 1.5 M characters. */
  parseLimits?: Pick<ParseLimits, 'timeoutMs' | 'maxHeapMb' | 'maxTextChars'>;
  /** Aborting stops the ingest before its write (INGEST_INTERRUPTED): the index is left as it was. */
  signal?: AbortSignal;
  /** Progress of reading scanned pages by OCR, in pages; called before the first page and after each. */
  onOcrProgress?: ProgressFn;
  /** The web address the report was fetched from, stored in its metadata (`ReportMeta.sourceUrl`). */
  sourceUrl?: string;
}

/** What adding a document did. */
export interface IngestOutcome {
  meta: ReportMeta;
  passages: number;
  format: DocumentText['format'];
  /** Ids of reports this one replaced. */
  replaced: string[];
}

/**
 * Reads, cleans and indexes one report file in a single transaction: the index changes only if every
 * step succeeded. Refuses (AppError) a file already indexed, text under MIN_FILE_HAN Han characters
 * (REPORT_TOO_SHORT, whatever metadata is given), a report whose issuer or year is neither in
 * the document nor given, a second report of the same issuer and year unless `replace`, and files over
 * the limits. Nothing indexed before is touched by a refusal. The file is read and parsed on a worker
 * thread (parseInWorker: FILE_TOO_COMPLEX past its time or memory limit).
 */
export async function ingestDocument(store: PassageStore, embedder: Embedder, bytes: Uint8Array, fileName: string, options: IngestOptions = {}): Promise<IngestOutcome> {
  return ingestParsed(store, embedder, await readForIngest(bytes, fileName, options), fileName, options);
}

/**
 * Reads and parses one report file as every ingest does: on a worker thread under the ingest's limits (size,
 * time, memory, text length), so no file can block or crash the caller (issue 13). Throws what parseInWorker
 * throws (FILE_TOO_LARGE, FILE_TOO_COMPLEX, the reader's refusals).
 */
export function readForIngest(bytes: Uint8Array, fileName: string, options: Pick<IngestOptions, 'maxBytes' | 'parseLimits' | 'signal' | 'onOcrProgress'>): Promise<ParsedDocument> {
  return parseInWorker(bytes, fileName, { maxBytes: options.maxBytes, ...options.parseLimits, signal: options.signal, onOcrProgress: options.onOcrProgress });
}

/**
 * The part of ingestDocument() after the file is read and parsed: for reports read elsewhere (a web page or its
 * attachment, see ingestUrl). Same refusals; REPORT_ALREADY_INDEXED for the very same text.
 */
export async function ingestParsed(store: PassageStore, embedder: Embedder, read: ParsedDocument, fileName: string, options: IngestOptions = {}): Promise<IngestOutcome> {
  const { document } = read;
  const id = reportIdOf(document.text);
  const indexed = store.reports();
  const same = indexed.find((r) => r.meta.id === id);
  if (same) throw new AppError('REPORT_ALREADY_INDEXED', `${fileName} is already indexed as “${same.meta.title}” (id ${id}); nothing was changed`);
  // Before the metadata: naming the issuer (--org, --year) does not make a short note a report.
  const han = hanCount(document.text);
  if (han < MIN_FILE_HAN) {
    throw new AppError('REPORT_TOO_SHORT', `${fileName} has ${han} Chinese characters of text; a report has at least ${MIN_FILE_HAN}. Check that it is the whole report, not a notice, a cover page or a link to it, and add the full text.`);
  }

  const parsed = withOverrides(read.parsed, document, options.overrides ?? {});
  if (options.sourceUrl) parsed.meta.sourceUrl = options.sourceUrl;
  const { meta } = parsed;
  const missing = missingMetadata(meta);
  if (missing.length) {
    throw new AppError('REPORT_METADATA_MISSING', `${fileName}: the document does not state its ${missing.join(' and ')}; give it and add the file again`);
  }
  const maxPassages = options.maxPassages ?? 2000;
  if (parsed.passages.length === 0) throw new AppError('FILE_EMPTY', `${fileName} has no report text to index`);
  if (parsed.passages.length > maxPassages) {
    throw new AppError('REPORT_TOO_LARGE', `${fileName} makes ${parsed.passages.length} passages; the limit is ${maxPassages}. Split the file into separate reports.`);
  }
  const rivals = indexed.filter((r) => r.meta.org === meta.org && r.meta.year === meta.year).map((r) => r.meta.id);
  const duplicate = (ids: string[]) =>
    new AppError('REPORT_DUPLICATE', `a ${meta.year} report of ${meta.org} is already indexed (id ${ids.join(', ')}); add it again with replace (--replace) to put this version in its place`);
  if (rivals.length && !options.replace) throw duplicate(rivals);
  const stopIfAborted = (): void => {
    if (options.signal?.aborted) throw new AppError('INGEST_INTERRUPTED', `adding ${fileName} was stopped because the program is shutting down; nothing was changed. Add it again once it is back.`);
  };
  stopIfAborted();
  // Checked after every embedded batch: throwing there skips the write, so a stop rolls the report back.
  const onProgress: ProgressFn = (done, total) => {
    stopIfAborted();
    options.onProgress?.(done, total);
  };
  // Checked again inside the write transaction: another writer may have added one while this was embedded
  // (then even a replace is refused: it was asked without knowing that version).
  await addReport(store, embedder, parsed, { origin: 'ingest', text: document.text }, onProgress, rivals, duplicate);
  forgetRemoval(store, id);
  return { meta, passages: parsed.passages.length, format: document.format, replaced: rivals };
}

/** What a report lacks to be indexed: its issuing body or the year it covers (as the flags that give them). */
export function missingMetadata(meta: ReportMeta): string[] {
  return [!meta.org && 'issuing body (--org)', meta.year === null && 'year covered (--year)'].filter((x): x is string => Boolean(x));
}

/**
 * A parsed report with the metadata the file's page fields and the admin give: `--org` without
 * `--region` takes the region, its codes and the level from the given issuer.
 */
export function withOverrides(parsed: ParsedReport, document: DocumentText, overrides: MetadataOverrides): ParsedReport {
  const fields = document.fields ?? {};
  const meta: ReportMeta = { ...parsed.meta };
  if (!meta.org && fields['发布机构']) Object.assign(meta, { org: toSimplifiedChinese(fields['发布机构']) }, regionOf(toSimplifiedChinese(fields['发布机构']), toSimplifiedChinese(document.text)));
  if (!meta.docNumber && fields['文号']) meta.docNumber = fields['文号'];
  const fieldDate = isoDate(fields['成文日期'] ?? fields['发布日期']);
  if (!meta.date && fieldDate) meta.date = fieldDate;
  if (overrides.org) Object.assign(meta, { org: overrides.org, regionCodes: undefined, level: undefined, departmentOf: undefined }, regionOf(overrides.org, toSimplifiedChinese(document.text)));
  if (overrides.year) meta.year = overrides.year;
  if (overrides.region) Object.assign(meta, { region: overrides.region, regionCodes: undefined });
  if (overrides.title) meta.title = overrides.title;
  const given = (['org', 'year', 'region', 'title'] as const).filter((field) => overrides[field] !== undefined && overrides[field] !== '');
  if (given.length) meta.given = given;
  else if (meta.titleInferred && (overrides.org || overrides.year)) meta.title = `${meta.org}${meta.year ?? ''}年法治政府建设情况报告`;
  return { ...parsed, meta };
}

/** "2025-01-21", "2025年1月21日", "2025/1/21 10:00" → "2025-01-21"; undefined otherwise. */
function isoDate(value: string | undefined): string | undefined {
  const match = /(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})/.exec(value ?? '');
  return match ? `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}` : undefined;
}
