-- Full-text search, schema version 2: a stemmed, accent-folded copy of each document and of
-- each sentence in contentless FTS5 tables (the text itself stays in documents.text).
CREATE TABLE search_docs (
    seq       INTEGER PRIMARY KEY,          -- rowid in search_doc_fts; sentence ids derive from it
    doc_id    TEXT NOT NULL UNIQUE,         -- documents.id
    sentences INTEGER NOT NULL,
    version   INTEGER NOT NULL              -- analyzer version the rows were built with
);

CREATE TABLE search_sentences (
    id     INTEGER PRIMARY KEY,             -- seq * 4096 + position: rowid in search_sent_fts
    doc_id TEXT NOT NULL,
    start  INTEGER NOT NULL,                -- offsets into documents.text
    end    INTEGER NOT NULL
);

CREATE TABLE search_state (
    key   TEXT PRIMARY KEY,                 -- version | upto (largest documents.rowid indexed)
    value INTEGER NOT NULL
);

CREATE VIRTUAL TABLE search_doc_fts USING fts5(
    title, lead, body, content='', tokenize='unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE search_sent_fts USING fts5(
    body, content='', tokenize='unicode61 remove_diacritics 2');

CREATE VIRTUAL TABLE search_doc_vocab USING fts5vocab(search_doc_fts, 'row');

CREATE VIRTUAL TABLE search_sent_vocab USING fts5vocab(search_sent_fts, 'row');
