import Database from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import { existsSync, statSync } from 'node:fs';
import { AppError } from '../../errors/index.js';
import type { Passage, ReportMeta } from '../types.js';
import { fromBlob, ReportRows } from './reportRows.js';
import { PassageReader } from './passageReader.js';
import { INDEX_FORMAT_VERSION, SCHEMA_SQL } from './schema.js';

/** Identity of an index: what built it and which write it reflects. */
export interface IndexStamp {
  formatVersion: number;
  modelId: string;
  dim: number;
  /** Incremented by every committed change; derived files (the HNSW graph) record the one they match. */
  generation: number;
  /** Random id given when the store file is created: a graph saved for another (rebuilt) store is never used. */
  storeId: string;
}

/** A report as stored, with where it came from. */
export interface StoredReport {
  meta: ReportMeta;
  origin: 'seed' | 'ingest';
  passageCount: number;
  /** When it was first added (ISO time, UTC). */
  addedAt?: string;
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
  /**
   * Called inside the write transaction with the ids of other stored reports of the same issuer and year
   * (those in `replaces` aside); an error it returns is thrown and nothing is written. So two concurrent
   * writers cannot both add a report for one issuer and year.
   */
  refuseRivals?: (rivalIds: string[]) => Error | undefined;
  passages: Array<{ passage: Passage; vector: Float32Array; words: string; bigrams: string; textHash: string }>;
}


/** Reports, passages, vectors and the BM25 index in one SQLite file: every change is one transaction. */
export class PassageStore {
  private passageReader: PassageReader | undefined;

  /** The file's inode when opened: another one under the same name means the index was rebuilt or replaced. */
  private readonly inode: number | undefined;

  private constructor(private readonly db: Database.Database, readonly file: string) {
    this.inode = statSync(file, { throwIfNoEntry: false })?.ino;
  }

  /** Whether another file now has this store's name (a rebuild swapped it in); false when the name is gone. */
  replaced(): boolean {
    const inode = statSync(this.file, { throwIfNoEntry: false })?.ino;
    return inode !== undefined && inode !== this.inode;
  }

  /**
   * Opens `file`, creating it when `create` is set. Refuses (INDEX_MISSING / INDEX_MISMATCH / INDEX_CORRUPT)
   * an absent file, another format version, or an index built by another model, saying how to rebuild.
   */
  static open(file: string, expected: { modelId: string; dim: number }, options: { create?: boolean } = {}): PassageStore {
    if (!options.create && !existsSync(file)) {
      throw new AppError('INDEX_MISSING', `no index at ${file}; run \`npm run index\``);
    }
    if (statSync(file, { throwIfNoEntry: false })?.size === 0) {
      // SQLite would take an empty file for a new database and start-up would refill it with the seeds only.
      throw new AppError('INDEX_CORRUPT', `the index at ${file} is empty (0 bytes): restore it from a backup, or run \`npm run index\`, which moves it aside and rebuilds it from the originals kept in the data folder and the seeds`);
    }
    let db: Database.Database;
    try {
      db = new Database(file);
      db.pragma('journal_mode = WAL');
      // WAL with NORMAL: a commit survives the process being killed (only a power cut may lose the last
      // commits, never corrupt the file), without an fsync per report (SQLite's documentation on WAL).
      db.pragma('synchronous = NORMAL');
      db.pragma('foreign_keys = ON');
      db.exec(SCHEMA_SQL);
    } catch (cause) {
      throw new AppError('INDEX_CORRUPT', `the index at ${file} cannot be read: restore it from a backup, or run \`npm run index\`, which moves it aside and rebuilds it from the originals kept in the data folder and the seeds`, { cause });
    }
    const store = new PassageStore(db, file);
    store.checkStamp(file, expected);
    return store;
  }

  private checkStamp(file: string, expected: { modelId: string; dim: number }): void {
    const current = this.readMeta();
    if (current.size === 0) {
      this.writeMeta({ formatVersion: INDEX_FORMAT_VERSION, modelId: expected.modelId, dim: expected.dim, generation: 0, storeId: randomUUID() });
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
      storeId: meta.get('storeId') ?? '',
    };
  }

  /** The committed generation, read fresh (another process may have written since). */
  generation(): number {
    const row = this.db.prepare("SELECT value FROM meta WHERE key = 'generation'").get() as { value: string } | undefined;
    return Number(row?.value ?? 0);
  }

  /** Increments the generation; returns the new one. */
  private bumpGeneration(): number {
    const row = this.db.prepare("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'generation' RETURNING value").get() as { value: string };
    return Number(row.value);
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

  /**
   * Runs `read` in one read transaction: every query in it sees the same committed state (WAL snapshot
   * isolation), whatever another connection commits meanwhile. `read` must be synchronous.
   */
  readSnapshot<T>(read: () => T): T {
    return this.db.transaction(read)();
  }

  /** Every report with its passage count, in the order they were added. */
  reports(): StoredReport[] {
    const rows = this.db.prepare('SELECT meta_json, origin, passage_count AS n, added_at FROM reports ORDER BY added_at, id').all() as Array<{
      meta_json: string; origin: 'seed' | 'ingest'; n: number; added_at: string;
    }>;
    return rows.map((row) => ({ meta: JSON.parse(row.meta_json) as ReportMeta, origin: row.origin, passageCount: row.n, addedAt: row.added_at }));
  }

  /** Reads passages, vectors and term counts by key, for one question at a time (prepared statements). */
  reader(): PassageReader {
    this.passageReader ??= new PassageReader(this.db);
    return this.passageReader;
  }

  /** The text a report's passages were made from (for rebuilding after a format change). */
  sourceText(reportId: string): string | undefined {
    const row = this.db.prepare('SELECT source_text FROM reports WHERE id = ?').get(reportId) as { source_text: string } | undefined;
    return row?.source_text;
  }

  /** Adds or replaces one report and all its passages atomically. */
  putReport(record: ReportRecord): void {
    this.db.transaction(() => {
      if (record.refuseRivals) {
        const replaced = new Set([record.meta.id, ...(record.replaces ?? [])]);
        const rivals = (this.db
          .prepare("SELECT id FROM reports WHERE json_extract(meta_json, '$.org') = ? AND json_extract(meta_json, '$.year') IS ?")
          .all(record.meta.org, record.meta.year) as Array<{ id: string }>).map((r) => r.id).filter((id) => !replaced.has(id));
        const refusal = rivals.length > 0 ? record.refuseRivals(rivals) : undefined;
        if (refusal) throw refusal;
      }
      const rows = new ReportRows(this.db, this.bumpGeneration());
      for (const id of [record.meta.id, ...(record.replaces ?? [])]) rows.delete(id);
      rows.insert(record);
      rows.finish();
    })();
  }

  /** Removes a report and its passages atomically; false when there was no such report. */
  removeReport(reportId: string): boolean {
    return this.db.transaction(() => {
      const rows = new ReportRows(this.db, this.generation() + 1);
      const existed = rows.delete(reportId);
      if (!existed) return false;
      rows.finish();
      this.bumpGeneration();
      return true;
    })();
  }

  /** Every passage's vector with its row id, in row id order, for building the vector index. */
  *vectors(): Generator<{ rowid: number; vector: Float32Array }> {
    for (const row of this.db.prepare('SELECT rowid, embedding FROM passages ORDER BY rowid').iterate() as Iterable<{ rowid: number; embedding: Buffer }>) {
      yield { rowid: row.rowid, vector: fromBlob(row.embedding) };
    }
  }

  /**
   * Passages added (with their vector, when still stored) or removed by the writes after `generation`,
   * in commit order, removals of a commit before its additions: what a graph saved then must replay.
   */
  changesSince(generation: number): Array<{ rowid: number; added: boolean; vector?: Float32Array }> {
    const rows = this.db
      .prepare('SELECT c.rowid AS rowid, c.added AS added, p.embedding AS embedding FROM changes c LEFT JOIN passages p ON p.rowid = c.rowid AND c.added = 1 WHERE c.generation > ? ORDER BY c.generation, c.added, c.rowid')
      .all(generation) as Array<{ rowid: number; added: number; embedding: Buffer | null }>;
    return rows.map((r) => (r.embedding ? { rowid: r.rowid, added: r.added === 1, vector: fromBlob(r.embedding) } : { rowid: r.rowid, added: r.added === 1 }));
  }

  /** How many passages were added or removed after `generation`. */
  changeCountSince(generation: number): number {
    return (this.db.prepare('SELECT COUNT(*) AS n FROM changes WHERE generation > ?').get(generation) as { n: number }).n;
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

  close(): void {
    if (this.db.open) this.db.close();
  }
}
