import type Database from 'better-sqlite3';
import { countTerms } from './ftsTerms.js';
import type { ReportRecord } from './passageStore.js';

export const toBlob = (vector: Float32Array) => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
export const fromBlob = (blob: Buffer) => new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

/**
 * The row-level writes of the passage store, to be run inside one transaction: a report's rows with its
 * passages' FTS terms, the change log and the document frequencies kept in step (see schema.ts).
 */
export class ReportRows {
  private readonly counts = new Map<string, number>();
  private passageDelta = 0;

  constructor(private readonly db: Database.Database, private readonly generation: number) {}

  /** Deletes a report and its passages; false when there was none. */
  delete(reportId: string): boolean {
    const rows = this.db
      .prepare('SELECT f.rowid AS rowid, f.words AS words, f.bigrams AS bigrams FROM passages_fts f WHERE f.rowid IN (SELECT rowid FROM passages WHERE report_id = ?)')
      .all(reportId) as Array<{ rowid: number; words: string; bigrams: string }>;
    const log = this.db.prepare('INSERT INTO changes (generation, rowid, added) VALUES (?, ?, 0)');
    for (const row of rows) {
      countTerms(this.counts, [row.words, row.bigrams], -1);
      log.run(this.generation, row.rowid);
    }
    this.passageDelta -= rows.length;
    this.db.prepare('DELETE FROM passages_fts WHERE rowid IN (SELECT rowid FROM passages WHERE report_id = ?)').run(reportId);
    this.db.prepare('DELETE FROM passages WHERE report_id = ?').run(reportId);
    return this.db.prepare('DELETE FROM reports WHERE id = ?').run(reportId).changes > 0;
  }

  /** Inserts a report (keeping the time an earlier version was first added) and its passages. */
  insert(record: ReportRecord): void {
    const { meta } = record;
    this.db
      .prepare(
        "INSERT INTO reports (id, meta_json, origin, source_file, source_text, passage_count, added_at) VALUES (?, ?, ?, ?, ?, ?, COALESCE((SELECT added_at FROM reports WHERE id = ?), strftime('%Y-%m-%dT%H:%M:%f', 'now')))",
      )
      .run(meta.id, JSON.stringify(meta), record.origin, meta.sourceFile, record.sourceText, record.passages.length, meta.id);
    const insertPassage = this.db.prepare('INSERT INTO passages (id, report_id, ordinal, section_json, text, embedding) VALUES (?, ?, ?, ?, ?, ?)');
    const insertFts = this.db.prepare('INSERT INTO passages_fts (rowid, words, bigrams) VALUES (?, ?, ?)');
    const cache = this.db.prepare('INSERT OR IGNORE INTO embedding_cache (text_hash, embedding) VALUES (?, ?)');
    const log = this.db.prepare('INSERT INTO changes (generation, rowid, added) VALUES (?, ?, 1)');
    for (const item of record.passages) {
      const { passage } = item;
      const info = insertPassage.run(passage.id, meta.id, passage.ordinal, JSON.stringify(passage.section), passage.text, toBlob(item.vector));
      insertFts.run(info.lastInsertRowid, item.words, item.bigrams);
      cache.run(item.textHash, toBlob(item.vector));
      log.run(this.generation, info.lastInsertRowid);
      countTerms(this.counts, [item.words, item.bigrams], 1);
    }
    this.passageDelta += record.passages.length;
  }

  /** Writes the accumulated document-frequency changes and the passage count. */
  finish(): void {
    const upsert = this.db.prepare('INSERT INTO term_df (col, term, df) VALUES (?, ?, ?) ON CONFLICT (col, term) DO UPDATE SET df = df + excluded.df');
    const prune = this.db.prepare('DELETE FROM term_df WHERE col = ? AND term = ? AND df <= 0');
    for (const [key, delta] of this.counts) {
      if (delta === 0) continue;
      const tab = key.indexOf('\t');
      const col = Number(key.slice(0, tab));
      const term = key.slice(tab + 1);
      upsert.run(col, term, delta);
      if (delta < 0) prune.run(col, term);
    }
    this.db
      .prepare("INSERT INTO meta (key, value) VALUES ('passages', ?) ON CONFLICT (key) DO UPDATE SET value = CAST(value AS INTEGER) + excluded.value")
      .run(this.passageDelta);
  }
}
