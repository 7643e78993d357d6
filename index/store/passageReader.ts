import type Database from 'better-sqlite3';
import { fromBlob } from './reportRows.js';
import type { StoredPassage } from './passageStore.js';

interface PassageRow {
  rowid: number;
  id: string;
  report_id: string;
  ordinal: number;
  section_json: string;
  text: string;
}

const COLUMNS = 'rowid, id, report_id, ordinal, section_json, text';
const toPassage = (r: PassageRow): StoredPassage => ({
  rowid: r.rowid, id: r.id, reportId: r.report_id, ordinal: r.ordinal, section: JSON.parse(r.section_json) as string[], text: r.text,
});

/**
 * What a search reads from the store, by key and in batches, with statements prepared once: the
 * candidates of one question, never the whole corpus. Memory grows with the question, not the text.
 */
export class PassageReader {
  private readonly byRowids: Database.Statement;
  private readonly vectorsByRowids: Database.Statement;
  private readonly rowidOf: Database.Statement;
  private readonly ofReport: Database.Statement;
  private readonly df: Database.Statement;
  private readonly count: Database.Statement;
  private readonly bm25: Database.Statement;
  private readonly wordsHeldBy: Database.Statement;

  constructor(db: Database.Database) {
    this.byRowids = db.prepare(`SELECT ${COLUMNS} FROM passages WHERE rowid IN (SELECT value FROM json_each(?))`);
    this.vectorsByRowids = db.prepare('SELECT rowid, embedding FROM passages WHERE rowid IN (SELECT value FROM json_each(?))');
    this.rowidOf = db.prepare('SELECT rowid FROM passages WHERE id = ?');
    this.ofReport = db.prepare(`SELECT ${COLUMNS} FROM passages WHERE report_id = ? ORDER BY ordinal`);
    this.df = db.prepare('SELECT df FROM term_df WHERE col = ? AND term = ?');
    this.count = db.prepare("SELECT value FROM meta WHERE key = 'passages'");
    this.wordsHeldBy = db.prepare('SELECT term, df FROM term_df WHERE col = 0 AND df >= ?');
    this.bm25 = db.prepare('SELECT rowid, -bm25(passages_fts, ?, ?) AS score FROM passages_fts WHERE passages_fts MATCH ? ORDER BY score DESC LIMIT ?');
  }

  /** The passages with these row ids (those still stored), by row id: one query. */
  passages(rowids: readonly number[]): Map<number, StoredPassage> {
    const rows = this.byRowids.all(JSON.stringify(rowids)) as PassageRow[];
    return new Map(rows.map((r) => [r.rowid, toPassage(r)]));
  }

  /** The unit vectors of these passages, by row id: one query. */
  vectors(rowids: readonly number[]): Map<number, Float32Array> {
    const rows = this.vectorsByRowids.all(JSON.stringify(rowids)) as Array<{ rowid: number; embedding: Buffer }>;
    return new Map(rows.map((r) => [r.rowid, fromBlob(r.embedding)]));
  }

  /** The row id of a passage id (`${reportId}:${ordinal}`), if stored. */
  rowid(passageId: string): number | undefined {
    return (this.rowidOf.get(passageId) as { rowid: number } | undefined)?.rowid;
  }

  /** A report's passages in reading order. */
  reportPassages(reportId: string): StoredPassage[] {
    return (this.ofReport.all(reportId) as PassageRow[]).map(toPassage);
  }

  /** In how many passages `term` occurs in the words (col 0) or bigrams (col 1) column; 0 when none. */
  documentFrequency(col: 0 | 1, term: string): number {
    return (this.df.get(col, term) as { df: number } | undefined)?.df ?? 0;
  }

  /** The indexed words held by at least `minPassages` passages, with their counts, streamed (for spelling suggestions). */
  *words(minPassages: number): IterableIterator<readonly [string, number]> {
    for (const row of this.wordsHeldBy.iterate(minPassages) as IterableIterator<{ term: string; df: number }>) yield [row.term, row.df];
  }

  /** How many passages the index holds. */
  passageCount(): number {
    return Number((this.count.get() as { value: string } | undefined)?.value ?? 0);
  }

  /** BM25 search (FTS5 `match` syntax); higher score is better. */
  lexical(match: string, limit: number, weights: { words: number; bigrams: number }): Array<{ rowid: number; score: number }> {
    return this.bm25.all(weights.words, weights.bigrams, match, limit) as Array<{ rowid: number; score: number }>;
  }
}
