-- Schema version 8: the entity graph's edges kept as facts are stored (see ../008_graph_edges.sql).
CREATE TABLE graph_links (
    kind       TEXT NOT NULL,
    source     TEXT NOT NULL,
    target     TEXT NOT NULL,
    fact_id    TEXT NOT NULL,
    date_start TEXT,
    date_end   TEXT,
    confidence DOUBLE PRECISION NOT NULL,
    PRIMARY KEY (kind, source, target, fact_id)
);
CREATE INDEX graph_links_dated ON graph_links(kind, date_start, date_end, confidence, source, target, fact_id);

CREATE TABLE graph_pairs (
    kind   TEXT NOT NULL,
    source TEXT NOT NULL,
    target TEXT NOT NULL,
    n      BIGINT NOT NULL,
    ids    TEXT NOT NULL,
    PRIMARY KEY (kind, source, target)
);
CREATE INDEX graph_pairs_weight ON graph_pairs(kind, n DESC, source, target);

-- A document's day and its id (kb/store.py's DOC_DAY).
CREATE INDEX documents_day ON documents((substr(coalesce(published, substr(ingested_at, 1, 10)) || '-01-01', 1, 10)), id);
