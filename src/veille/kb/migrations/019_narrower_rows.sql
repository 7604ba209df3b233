-- Schema version 19: rows no wider than what they hold. On SQLite, graph_pairs is read and
-- written by its primary key (kind, source, target) and by graph_pairs_weight, which holds that
-- key: the key is the table (WITHOUT ROWID), without the second copy of it SQLite kept as an
-- index (0.2 kB a document; benchmarks/store_size.py). (On PostgreSQL, the offsets into the
-- documents' text become 4-byte integers.)
CREATE TABLE graph_pairs_new (
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    n      INTEGER NOT NULL,                -- facts linking them
    ids    TEXT NOT NULL,                   -- their ids, comma separated
    PRIMARY KEY (kind, source, target)
) WITHOUT ROWID;
INSERT INTO graph_pairs_new (kind, source, target, n, ids) SELECT kind, source, target, n, ids FROM graph_pairs;
DROP TABLE graph_pairs;
ALTER TABLE graph_pairs_new RENAME TO graph_pairs;
CREATE INDEX graph_pairs_weight ON graph_pairs(kind, n DESC, source, target);
