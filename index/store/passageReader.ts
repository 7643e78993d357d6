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
  private readonly bm25InReport: Database.Statement;
  private readonly vectorsOfReport: Database.Statement;
  private readonly holders: Database.Statement;

  constructor(db: Database.Database) {
    this.byRowids = db.prepare(`SELECT ${COLUMNS} FROM passages WHERE rowid IN (SELECT value FROM json_each(?))`);
    this.vectorsByRowids = db.prepare('SELECT rowid, embedding FROM passages WHERE rowid IN (SELECT value FROM json_each(?))');
    this.rowidOf = db.prepare('SELECT rowid FROM passages WHERE id = ?');
    this.ofReport = db.prepare(`SELECT ${COLUMNS} FROM passages WHERE report_id = ? ORDER BY ordinal`);
    this.df = db.prepare('SELECT df FROM term_df WHERE col = ? AND term = ?');
    this.count = db.prepare("SELECT value FROM meta WHERE key = 'passages'");
    this.wordsHeldBy = db.prepare('SELECT term, df FROM term_df WHERE col = 0 AND df >= ?');
    this.bm25 = db.prepare('SELECT rowid, -bm25(passages_fts, ?, ?) AS score FROM passages_fts WHERE passages_fts MATCH ? ORDER BY score DESC LIMIT ?');
    // The row id range lets FTS5 seek to the report's passages (a report's passages are written together, so
    // their row ids run on); the report_id test keeps the answer exact whatever the range holds.
    this.bm25InReport = db.prepare(
      'SELECT f.rowid AS rowid, -bm25(passages_fts, @words, @bigrams) AS score FROM passages_fts f JOIN passages p ON p.rowid = f.rowid ' +
        'WHERE passages_fts MATCH @match AND f.rowid BETWEEN (SELECT min(rowid) FROM passages WHERE report_id = @report) AND (SELECT max(rowid) FROM passages WHERE report_id = @report) ' +
        'AND p.report_id = @report ORDER BY score DESC LIMIT @limit',
    );
    this.vectorsOfReport = db.prepare('SELECT rowid, text, embedding FROM passages WHERE report_id = ? ORDER BY ordinal');
    // The report of each matching passage read from the (report_id, ordinal) index, not the passage rows (2–3 KB each with their vector).
    this.holders = db.prepare(
      'SELECT report_id AS id, count(*) AS n FROM passages INDEXED BY passages_by_report WHERE rowid IN (SELECT rowid FROM passages_fts WHERE passages_fts MATCH ?) GROUP BY report_id',
    );
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

  /**
   * BM25 search (FTS5 `match` syntax) within one report's passages; higher score is better. FTS5's bm25() counts
   * each term's passages corpus-wide on every call (its IDF), so the cost is the match's summed document
   * frequencies: bound the terms (boundTerms) before calling this per report.
   */
  lexicalInReport(match: string, reportId: string, limit: number, weights: { words: number; bigrams: number }): Array<{ rowid: number; score: number }> {
    return this.bm25InReport.all({ words: weights.words, bigrams: weights.bigrams, match, report: reportId, limit }) as Array<{ rowid: number; score: number }>;
  }

  /** Every passage of one report with its row id, text and vector, in reading order: a whole report read at once. */
  reportPassageVectors(reportId: string): Array<{ rowid: number; text: string; vector: Float32Array }> {
    const rows = this.vectorsOfReport.all(reportId) as Array<{ rowid: number; text: string; embedding: Buffer }>;
    return rows.map((row) => ({ rowid: row.rowid, text: row.text, vector: fromBlob(row.embedding) }));
  }

  /**
   * The reports with a passage matching `match` (FTS5 syntax, no scoring), each with how many of its passages
   * match: one pass over the match's postings and over the (report_id, ordinal) index (~20–40 ms at 10⁵ passages).
   */
  reportsMatching(match: string): Map<string, number> {
    const rows = this.holders.all(match) as Array<{ id: string; n: number }>;
    return new Map(rows.map((r) => [r.id, r.n]));
  }
}
