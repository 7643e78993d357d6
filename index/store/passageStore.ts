import Database from 'better-sqlite3';
import { existsSync } from 'node:fs';
import { AppError } from '../../errors/index.js';
import type { Passage, ReportMeta } from '../types.js';
import { INDEX_FORMAT_VERSION, SCHEMA_SQL } from './schema.js';

/** Identity of an index: what built it and which write it reflects. */
export interface IndexStamp {
  formatVersion: number;
  modelId: string;
  dim: number;
  /** Incremented by every committed change; derived files (the HNSW graph) record the one they match. */
  generation: number;
}

/** A report as stored, with where it came from. */
export interface StoredReport {
  meta: ReportMeta;
  origin: 'seed' | 'ingest';
  passageCount: number;
}

/** A passage with its storage row id (also its label in the vector index). */
export interface StoredPassage extends Passage {
  rowid: number;
}

/** What one report contributes to the index, all written in one transaction. */
export interface ReportRecord {
  meta: ReportMeta;
  origin: 'seed' | 'ingest';
  sourceText: string;
  /** Other reports removed in the same transaction (an older version being replaced). */
  replaces?: string[];
  passages: Array<{ passage: Passage; vector: Float32Array; words: string; bigrams: string; textHash: string }>;
}

const toBlob = (vector: Float32Array) => Buffer.from(vector.buffer, vector.byteOffset, vector.byteLength);
const fromBlob = (blob: Buffer) => new Float32Array(blob.buffer.slice(blob.byteOffset, blob.byteOffset + blob.byteLength));

/** Reports, passages, vectors and the BM25 index in one SQLite file: every change is one transaction. */
export class PassageStore {
  private constructor(private readonly db: Database.Database, readonly file: string) {}

  /**
   * Opens `file`, creating it when `create` is set. Refuses (INDEX_MISSING / INDEX_MISMATCH / INDEX_CORRUPT)
   * an absent file, another format version, or an index built by another model, saying how to rebuild.
   */
  static open(file: string, expected: { modelId: string; dim: number }, options: { create?: boolean } = {}): PassageStore {
    if (!options.create && !existsSync(file)) {
      throw new AppError('INDEX_MISSING', `no index at ${file}; run \`npm run index\``);
    }
    let db: Database.Database;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      db.pragma('foreign_keys = ON');
      db.exec(SCHEMA_SQL);
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `the index at ${file} cannot be read; move it away and run \`npm run index\``, { cause });
    }
    const store = new PassageStore(db, file);
    store.checkStamp(file, expected);
    return store;
  }

  private checkStamp(file: string, expected: { modelId: string; dim: number }): void {
    const current = this.readMeta();
    if (current.size === 0) {
      this.writeMeta({ formatVersion: INDEX_FORMAT_VERSION, modelId: expected.modelId, dim: expected.dim, generation: 0 });
      return;
    }
    const stamp = this.stamp();
    const problems = [
      stamp.formatVersion !== INDEX_FORMAT_VERSION && `format ${stamp.formatVersion} (this program reads ${INDEX_FORMAT_VERSION})`,
      stamp.modelId !== expected.modelId && `model ${stamp.modelId} (this program embeds with ${expected.modelId})`,
      stamp.dim !== expected.dim && `dimension ${stamp.dim} (expected ${expected.dim})`,
    ].filter(Boolean);
    if (problems.length > 0) {
      this.db.close();
      throw new AppError('INDEX_MISMATCH', `the index at ${file} was built with ${problems.join(', ')}; run \`npm run index -- --rebuild\` (reports already indexed are kept)`);
    }
  }

  private readMeta(): Map<string, string> {
    const rows = this.db.prepare('SELECT key, value FROM meta').all() as Array<{ key: string; value: string }>;
    return new Map(rows.map((row) => [row.key, row.value]));
  }

  private writeMeta(stamp: IndexStamp): void {
    const put = this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');
    for (const [key, value] of Object.entries(stamp)) put.run(key, String(value));
  }

  /** The stamp saved with the index. */
  stamp(): IndexStamp {
    const meta = this.readMeta();
    return {
      formatVersion: Number(meta.get('formatVersion')),
      modelId: meta.get('modelId') ?? '',
      dim: Number(meta.get('dim')),
      generation: Number(meta.get('generation') ?? 0),
    };
  }

  /** The committed generation, read fresh (another process may have written since). */
  generation(): number {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'generation'").get() as { value: string } | undefined;
    return Number(row?.value ?? 0);
  }

  private bumpGeneration(): void {
    this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation'").run();
  }

  /** A free-form value saved with the index (e.g. the parser version the passages were made with). */
  setting(key: string): string | undefined {
    const row = this.db.prepare('SELECT value FROM meta WHERE key = ?').get(`setting:${key}`) as { value: string } | undefined;
    return row?.value;
  }

  /** Saves a free-form value with the index. */
  setSetting(key: string, value: string): void {
    this.db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value').run(`setting:${key}`, value);
  }

  /** Every report with its passage count, in the order they were added. */
  reports(): StoredReport[] {
    const rows = this.db
      .prepare('SELECT r.meta_json, r.origin, COUNT(p.rowid) AS n FROM reports r LEFT JOIN passages p ON p.report_id = r.id GROUP BY r.id ORDER BY r.added_at, r.id')
      .all() as Array<{ meta_json: string; origin: 'seed' | 'ingest'; n: number }>;
    return rows.map((row) => ({ meta: JSON.parse(row.meta_json) as ReportMeta, origin: row.origin, passageCount: row.n }));
  }

  /** The text a report's passages were made from (for rebuilding after a format change). */
  sourceText(reportId: string): string | undefined {
    const row = this.db.prepare('SELECT source_text FROM reports WHERE id = ?').get(reportId) as { source_text: string } | undefined;
    return row?.source_text;
  }

  /** Adds or replaces one report and all its passages atomically. */
  putReport(record: ReportRecord): void {
    const insertReport = this.db.prepare(
      "INSERT INTO reports (id, meta_json, origin, source_file, source_text, added_at) VALUES (?, ?, ?, ?, ?, COALESCE((SELECT added_at FROM reports WHERE id = ?), strftime('%Y-%m-%dT%H:%M:%f', 'now')))",
    );
    const insertPassage = this.db.prepare('INSERT INTO passages (id, report_id, ordinal, section_json, text, embedding) VALUES (?, ?, ?, ?, ?, ?)');
    const insertFts = this.db.prepare('INSERT INTO passages_fts (rowid, words, bigrams) VALUES (?, ?, ?)');
    const cache = this.db.prepare('INSERT OR IGNORE INTO embedding_cache (text_hash, embedding) VALUES (?, ?)');
    this.db.transaction(() => {
      const { meta } = record;
      for (const id of [meta.id, ...(record.replaces ?? [])]) this.deleteReportRows(id);
      insertReport.run(meta.id, JSON.stringify(meta), record.origin, meta.sourceFile, record.sourceText, meta.id);
      for (const item of record.passages) {
        const { passage } = item;
        const info = insertPassage.run(passage.id, meta.id, passage.ordinal, JSON.stringify(passage.section), passage.text, toBlob(item.vector));
        insertFts.run(info.lastInsertRowid, item.words, item.bigrams);
        cache.run(item.textHash, toBlob(item.vector));
      }
      this.bumpGeneration();
    })();
  }

  /** Removes a report and its passages atomically; false when there was no such report. */
  removeReport(reportId: string): boolean {
    return this.db.transaction(() => {
      const existed = this.deleteReportRows(reportId);
      if (existed) this.bumpGeneration();
      return existed;
    })();
  }

  private deleteReportRows(reportId: string): boolean {
    this.db.prepare('DELETE FROM passages_fts WHERE rowid IN (SELECT rowid FROM passages WHERE report_id = ?)').run(reportId);
    this.db.prepare('DELETE FROM passages WHERE report_id = ?').run(reportId);
    return this.db.prepare('DELETE FROM reports WHERE id = ?').run(reportId).changes > 0;
  }

  /** All passages in report and reading order. */
  passages(): StoredPassage[] {
    const rows = this.db.prepare('SELECT rowid, id, report_id, ordinal, section_json, text FROM passages ORDER BY report_id, ordinal').all() as Array<{
      rowid: number; id: string; report_id: string; ordinal: number; section_json: string; text: string;
    }>;
    return rows.map((r) => ({ rowid: r.rowid, id: r.id, reportId: r.report_id, ordinal: r.ordinal, section: JSON.parse(r.section_json) as string[], text: r.text }));
  }

  /** Every passage's vector with its row id, for (re)building the vector index. */
  *vectors(): Generator<{ rowid: number; vector: Float32Array }> {
    for (const row of this.db.prepare('SELECT rowid, embedding FROM passages ORDER BY rowid').iterate() as Iterable<{ rowid: number; embedding: Buffer }>) {
      yield { rowid: row.rowid, vector: fromBlob(row.embedding) };
    }
  }

  /** Vectors already computed for these text hashes. */
  cachedEmbeddings(textHashes: string[]): Map<string, Float32Array> {
    const get = this.db.prepare('SELECT embedding FROM embedding_cache WHERE text_hash = ?');
    const found = new Map<string, Float32Array>();
    for (const hash of textHashes) {
      const row = get.get(hash) as { embedding: Buffer } | undefined;
      if (row) found.set(hash, fromBlob(row.embedding));
    }
    return found;
  }

  /** BM25 search (FTS5 `match` syntax); higher score is better. */
  lexical(match: string, limit: number, weights: { words: number; bigrams: number }): Array<{ rowid: number; score: number }> {
    const rows = this.db
      .prepare('SELECT rowid, -bm25(passages_fts, ?, ?) AS score FROM passages_fts WHERE passages_fts MATCH ? ORDER BY score DESC LIMIT ?')
      .all(weights.words, weights.bigrams, match, limit) as Array<{ rowid: number; score: number }>;
    return rows;
  }

  /** In how many passages each term occurs, per column, for weighting question terms. */
  documentFrequencies(): { words: Map<string, number>; bigrams: Map<string, number>; passages: number } {
    const rows = this.db.prepare('SELECT term, col, doc FROM passages_vocab').all() as Array<{ term: string; col: string; doc: number }>;
    const words = new Map<string, number>();
    const bigrams = new Map<string, number>();
    for (const row of rows) (row.col === 'words' ? words : bigrams).set(row.term, row.doc);
    const { n } = this.db.prepare('SELECT COUNT(*) AS n FROM passages').get() as { n: number };
    return { words, bigrams, passages: n };
  }

  // --- One report's passages (comparisons decide each report against all of its own passages). ---

  /** BM25 search (FTS5 `match` syntax) within one report's passages; higher score is better. */
  lexicalInReport(match: string, reportId: string, limit: number, weights: { words: number; bigrams: number }): Array<{ rowid: number; score: number }> {
    return this.db
      .prepare(
        'SELECT passages_fts.rowid AS rowid, -bm25(passages_fts, ?, ?) AS score FROM passages_fts JOIN passages p ON p.rowid = passages_fts.rowid ' +
          'WHERE passages_fts MATCH ? AND p.report_id = ? ORDER BY score DESC LIMIT ?',
      )
      .all(weights.words, weights.bigrams, match, reportId, limit) as Array<{ rowid: number; score: number }>;
  }

  /** Every passage of one report with its row id, text and vector, in reading order: a whole report read at once. */
  reportPassageVectors(reportId: string): Array<{ rowid: number; text: string; vector: Float32Array }> {
    const rows = this.db.prepare('SELECT rowid, text, embedding FROM passages WHERE report_id = ? ORDER BY ordinal').all(reportId) as Array<{ rowid: number; text: string; embedding: Buffer }>;
    return rows.map((row) => ({ rowid: row.rowid, text: row.text, vector: fromBlob(row.embedding) }));
  }

  close(): void {
    if (this.db.open) this.db.close();
  }
}
