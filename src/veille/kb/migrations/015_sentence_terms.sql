-- Schema version 15: the FTS5 index of the sentences served only to count the sentences holding
-- each term (its vocabulary table, the idf of questions): 1.9 kB a document. The counts are a
-- table now, kept as documents are indexed (as PostgreSQL's search_terms), first filled with
-- the counts of the index it replaces.
CREATE TABLE search_sent_terms (
    term  TEXT PRIMARY KEY,
    sents INTEGER NOT NULL                  -- indexed sentences holding it
) WITHOUT ROWID;
INSERT INTO search_sent_terms (term, sents) SELECT term, doc FROM search_sent_vocab;
DROP TABLE search_sent_vocab;
DROP TABLE search_sent_fts;
