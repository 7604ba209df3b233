-- Schema version 6: the entity graph's edges (kb/graph.py's LINKS) kept as facts are stored
-- (kb/facts.py), and after a split or a merge (kb/resolve.py), so that the graph is read from
-- indexes instead of aggregating every fact of a type (1.5 s for the roles of 100,000 documents).
-- Both keep the facts at least as sure as the listings' default threshold
-- (config.MIN_CONFIDENCE, 0.4).

-- One row per edge of a fact: its link type, source and target, the fact, its first and last
-- day and its confidence. The edges of a period are a range of graph_links_dated; a pair's
-- facts a range of the primary key.
CREATE TABLE graph_links (
    kind       TEXT NOT NULL,               -- funding | agreement | role | launch
    source     TEXT NOT NULL,
    target     TEXT NOT NULL,
    fact_id    TEXT NOT NULL,
    date_start TEXT,                        -- the fact's (facts.date_start, facts.date_end)
    date_end   TEXT,
    confidence REAL NOT NULL,
    PRIMARY KEY (kind, source, target, fact_id)
) WITHOUT ROWID;
INSERT INTO graph_links (kind, source, target, fact_id, date_start, date_end, confidence)
SELECT DISTINCT a.type, a.entity_id, b.entity_id, a.fact_id, f.date_start, f.date_end, a.confidence
FROM fact_entities a JOIN fact_entities b ON b.fact_id = a.fact_id AND b.entity_id != a.entity_id
JOIN facts f ON f.id = a.fact_id
WHERE a.confidence >= 0.4 AND ((a.type = 'funding' AND a.role = 'subject' AND b.role = 'recipient')
    OR (a.type = 'agreement' AND a.role = 'parties' AND b.role = 'parties' AND a.entity_id < b.entity_id)
    OR (a.type = 'role' AND a.role = 'person' AND b.role = 'org')
    OR (a.type = 'launch' AND a.role = 'subject' AND b.role = 'product'));
CREATE INDEX graph_links_dated ON graph_links(kind, date_start, date_end, confidence, source, target, fact_id);

-- Per link type and pair of entities, how many facts link them, and their ids: the heaviest
-- edges of a type are the first rows of graph_pairs_weight. (A store brought to version 5 by a
-- development version of Veille has the table already: it is made again.)
DROP TABLE IF EXISTS graph_pairs;
CREATE TABLE graph_pairs (
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    n      INTEGER NOT NULL,                -- facts linking them
    ids    TEXT NOT NULL,                   -- their ids, comma separated
    PRIMARY KEY (kind, source, target)
);
INSERT INTO graph_pairs (kind, source, target, n, ids)
SELECT kind, source, target, count(*), group_concat(fact_id) FROM graph_links GROUP BY kind, source, target;
CREATE INDEX graph_pairs_weight ON graph_pairs(kind, n DESC, source, target);

-- A document's day and its id: the documents newest first are an index read backwards.
DROP INDEX documents_day;
CREATE INDEX documents_day ON documents(substr(coalesce(published, substr(ingested_at, 1, 10)) || '-01-01', 1, 10), id);

-- The documents by status: a ranked question keeps out the duplicates, a few, from an index
-- range, instead of reading the status of each of thousands of matches after its text (30 of a
-- question's 50 ms on 100,000 documents).
CREATE INDEX documents_status ON documents(status, id);
