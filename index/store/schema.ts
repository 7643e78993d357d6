/** Bumped whenever the stored layout or the way passages are derived changes; a mismatch is refused on open. */
export const INDEX_FORMAT_VERSION = 1;

/** SQLite schema of index.sqlite: reports with their source text, passages with vectors, and the BM25 index. */
export const SCHEMA_SQL = `
CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE IF NOT EXISTS reports (
  id TEXT PRIMARY KEY,
  meta_json TEXT NOT NULL,
  origin TEXT NOT NULL,              -- 'seed' (from seeds/) or 'ingest' (added later)
  source_file TEXT NOT NULL,
  source_text TEXT NOT NULL,         -- the text the passages were made from, kept so a rebuild loses nothing
  added_at TEXT NOT NULL
);
CREATE TABLE IF NOT EXISTS passages (
  rowid INTEGER PRIMARY KEY,
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
CREATE VIRTUAL TABLE IF NOT EXISTS passages_fts USING fts5(words, bigrams, tokenize = 'unicode61 remove_diacritics 0');
CREATE VIRTUAL TABLE IF NOT EXISTS passages_vocab USING fts5vocab(passages_fts, 'col');
`;
