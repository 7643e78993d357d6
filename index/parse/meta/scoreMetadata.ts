import { z } from 'zod';
import { toSimplifiedChinese } from '../../lexical/normalize.js';
import type { ReportMeta } from '../../types.js';

/** One entry of a metadata manifest (test/fixtures/corpus-dev/manifest.json): what a person read. */
export const ManifestEntrySchema = z.object({
  file: z.string(),
  issuer: z.string().nullable(),
  region: z.array(z.string()).nullable(),
  level: z.string().nullable(),
  year: z.number().nullable(),
  title: z.string().nullable(),
});
export type ManifestEntry = z.infer<typeof ManifestEntrySchema>;

/** The fields scored, in the order they are printed. */
export const SCORED_FIELDS = ['issuer', 'region', 'level', 'year', 'title'] as const;
export type ScoredField = (typeof SCORED_FIELDS)[number];

/** One file's extracted metadata against its manifest entry; a field is absent when the manifest leaves it null. */
export interface FileScore {
  file: string;
  /** Why the report would be refused at ingest (missing issuer or year), empty when it goes in. */
  refused: string[];
  right: Partial<Record<ScoredField, boolean>>;
}

/** Per-field accuracy over a folder. */
export interface MetadataAccuracy {
  files: number;
  /** Files whose manifest names an issuer that would be refused at ingest. */
  refusedWithIssuer: string[];
  fields: Record<ScoredField, { right: number; total: number }>;
}

const compact = (text: string): string => toSimplifiedChinese(text).replace(/[\s、，,·]+/gu, '');

/**
 * Scores extracted metadata against a manifest entry: issuer and title equal once script, spaces and
 * separators are ignored (a manifest title of null expects no printed title); region right when both
 * the province and the most specific place agree; level and year exactly (pure).
 */
export function scoreFile(meta: ReportMeta, entry: ManifestEntry, refused: string[]): FileScore {
  const right: FileScore['right'] = {};
  if (entry.issuer !== null) right.issuer = compact(meta.org) === compact(entry.issuer);
  if (entry.region !== null) {
    right.region = meta.region[0] === entry.region[0] && meta.region.at(-1) === entry.region.at(-1);
  }
  if (entry.level !== null) right.level = meta.level === entry.level;
  if (entry.year !== null) right.year = meta.year === entry.year;
  right.title = entry.title === null ? meta.titleInferred === true : !meta.titleInferred && compact(meta.title) === compact(entry.title);
  return { file: entry.file, refused, right };
}

/** Sums file scores into per-field accuracy (pure). */
export function summarizeScores(scores: readonly FileScore[], manifest: readonly ManifestEntry[]): MetadataAccuracy {
  const fields = Object.fromEntries(SCORED_FIELDS.map((f) => [f, { right: 0, total: 0 }])) as MetadataAccuracy['fields'];
  for (const score of scores) {
    for (const field of SCORED_FIELDS) {
      const value = score.right[field];
      if (value === undefined) continue;
      fields[field].total += 1;
      if (value) fields[field].right += 1;
    }
  }
  const named = new Set(manifest.filter((e) => e.issuer !== null).map((e) => e.file));
  return { files: scores.length, refusedWithIssuer: scores.filter((s) => s.refused.length > 0 && named.has(s.file)).map((s) => s.file), fields };
}
