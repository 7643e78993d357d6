/**
 * Bumped whenever the stored layout or the way passages are derived changes; a mismatch is refused on open
 * (and rebuilt by `npm run index -- --rebuild` or at start-up). 2: change log, document frequencies and
 * passage counts kept by every write, passage row ids never reused.
 */
export const INDEX_FORMAT_VERSION = 2;

/** SQLite schema of index.sqlite: reports with their source text, passages with vectors, and the BM25 index. */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY,
  meta_json TEXT NOT NULL,
  origin TEXT NOT NULL,              -- 'seed' (from seeds/) or 'ingest' (added later)
  source_file TEXT NOT NULL,
  source_text TEXT NOT NULL,         -- the text the passages were made from, kept so a rebuild loses nothing
  added_at TEXT NOT NULL,
  passage_count INTEGER NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
  rowid INTEGER PRIMARY KEY AUTOINCREMENT, -- never reused: it is the passage's label in the HNSW graph
  id TEXT NOT NULL UNIQUE,
  report_id TEXT NOT NULL REFERENCES reports(id) ON DELETE CASCADE,
  ordinal INTEGER NOT NULL,
  section_json TEXT NOT NULL,
  text TEXT NOT NULL,
  embedding BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS passages_by_report ON passages(report_id, ordinal);
CREATE TABLE IF NOT EXISTS embedding_cache (
  text_hash TEXT PRIMARY KEY,        -- sha256 of the embedded text, so unchanged passages are not embedded again
  embedding BLOB NOT NULL
);
-- Every passage added or removed, with the generation that committed it: a graph saved at generation g
-- catches up by replaying what came after g instead of being rebuilt.
CREATE TABLE IF NOT EXISTS changes (
  generation INTEGER NOT NULL,
  rowid INTEGER NOT NULL,
  added INTEGER NOT NULL             -- 1 added, 0 removed
);
CREATE INDEX IF NOT EXISTS changes_by_generation ON changes(generation);
-- In how many passages each term occurs, per FTS column (0 words, 1 bigrams), kept in each write's transaction.
CREATE TABLE IF NOT EXISTS term_df (
  col INTEGER NOT NULL,
  term TEXT NOT NULL,
  df INTEGER NOT NULL,
  PRIMARY KEY (col, term)
) WITHOUT ROWID;
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(words, bigrams, tokenize = 'unicode61 remove_diacritics 0');
`;
