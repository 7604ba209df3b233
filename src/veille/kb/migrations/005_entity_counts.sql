-- Schema version 5: what the pages of a big store need without reading it whole.
--
-- Each entity keeps its numbers of documents and mentions, kept up to date by resolution,
-- split and merge (kb/resolve.py), so that the entities listing, ordered by them, reads the
-- first rows of an index instead of counting every entity's mentions on each request.
ALTER TABLE entities ADD COLUMN docs INTEGER NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions INTEGER NOT NULL DEFAULT 0;

-- An entity's documents in one index range, the document ids in the index itself.
CREATE INDEX doc_entities_entity_doc ON doc_entities(entity_id, doc_id);
DROP INDEX doc_entities_entity;

UPDATE entities SET
    docs = (SELECT count(DISTINCT de.doc_id) FROM doc_entities de WHERE de.entity_id = entities.id),
    mentions = (SELECT count(*) FROM doc_entities de JOIN mentions m ON m.doc_id = de.doc_id AND m.key = de.key
                WHERE de.entity_id = entities.id);

CREATE INDEX entities_rank ON entities(docs DESC, mentions DESC, name);
CREATE INDEX entities_type_rank ON entities(type, docs DESC, mentions DESC, name);

-- A document's day (its publication date, else the day it was ingested; a year or a month
-- counts as its first day), as kb/overview.py writes it: what is new since a date is an index
-- range.
CREATE INDEX documents_day ON documents(substr(coalesce(published, substr(ingested_at, 1, 10)) || '-01-01', 1, 10));

-- Each fact keeps what the listings show of its statements (kb/facts.py keeps them up to date):
-- how many documents state it, its first evidence and document, and the day of the newest
-- document stating it, so that a page of facts reads no evidence (a fact stated by hundreds of
-- documents read them all), and the facts stated since a date are an index range.
ALTER TABLE facts ADD COLUMN n_sources INTEGER NOT NULL DEFAULT 0;
ALTER TABLE facts ADD COLUMN first_evidence TEXT;
ALTER TABLE facts ADD COLUMN first_doc TEXT;
ALTER TABLE facts ADD COLUMN stated TEXT;
UPDATE facts SET (n_sources, first_evidence, first_doc, stated) =
    (SELECT count(DISTINCT ev.doc_id), min(ev.text), min(d.name),
            max(substr(coalesce(d.published, substr(d.ingested_at, 1, 10)) || '-01-01', 1, 10))
     FROM evidence ev JOIN documents d ON d.id = ev.doc_id WHERE ev.fact_id = facts.id);
CREATE INDEX facts_stated ON facts(stated, confidence);
CREATE INDEX facts_type_stated ON facts(type, stated);

-- The facts listing's order (undated last, then date, type, id), with and without a type.
CREATE INDEX facts_order ON facts(date, type, id);
CREATE INDEX facts_type_order ON facts(type, date, id);
DROP INDEX facts_type;

-- Each fact keeps how many facts give another value for its measure (kb/facts.py counts them
-- as facts are added); the facts in conflict and the facts stated twice, a minority of them,
-- have an index of their own in the listing's order.
ALTER TABLE facts ADD COLUMN n_conflicts INTEGER NOT NULL DEFAULT 0;
UPDATE facts SET n_conflicts = (SELECT count(*) FROM facts f2 WHERE f2.conflict_key = facts.conflict_key
                                AND f2.id != facts.id) WHERE conflict_key IS NOT NULL;
CREATE INDEX facts_conflicting ON facts(date, type, id) WHERE n_conflicts > 0;
CREATE INDEX facts_corroborated ON facts(date, type, id) WHERE n_sources > 1;

-- The documents by source (kb/store.py's SOURCE_LABEL and SOURCE_KIND, counted as documents are
-- added): the site a page names, else the host of its address, else the kind of input.
CREATE TABLE document_sources (
    label  TEXT NOT NULL,
    kind   TEXT NOT NULL,                   -- url | text | upload | file
    n      INTEGER NOT NULL,
    latest TEXT,                            -- the newest document's day
    PRIMARY KEY (label, kind)
);
INSERT INTO document_sources (label, kind, n, latest)
SELECT coalesce(nullif(site, ''), CASE WHEN kind = 'url' THEN CASE WHEN instr(rest, '/') > 0
       THEN substr(rest, 1, instr(rest, '/') - 1) ELSE rest END ELSE kind END) AS label, kind, count(*), max(day)
FROM (SELECT d.site, CASE WHEN d.source LIKE 'http://%' OR d.source LIKE 'https://%' THEN 'url'
             WHEN d.source LIKE 'text:%' THEN 'text' WHEN d.source LIKE 'upload:%' THEN 'upload' ELSE 'file' END AS kind,
             substr(coalesce(d.published, substr(d.ingested_at, 1, 10)) || '-01-01', 1, 10) AS day,
             substr(coalesce(d.url, d.source), instr(coalesce(d.url, d.source), '://') + 3) AS rest
      FROM documents d)
GROUP BY 1, kind;

-- The entities named in each document, in the index itself (the entities named with another).
CREATE INDEX doc_entities_doc_entity ON doc_entities(doc_id, entity_id);

-- Each link of a fact to an entity carries the fact's type, date and confidence (a fact's are
-- fixed once stored; kb/facts.py copies them), so that an entity's facts are counted, and its
-- latest ones found, in one range of an index, without reading the facts table.
ALTER TABLE fact_entities ADD COLUMN type TEXT;
ALTER TABLE fact_entities ADD COLUMN date TEXT;
ALTER TABLE fact_entities ADD COLUMN confidence REAL;
UPDATE fact_entities SET (type, date, confidence) =
    (SELECT f.type, f.date, f.confidence FROM facts f WHERE f.id = fact_entities.fact_id);
CREATE INDEX fact_entities_latest ON fact_entities(entity_id, date, type, fact_id, confidence);
DROP INDEX fact_entities_entity;
-- The graph's edges of one type of fact, its links in one role (kb/graph.py).
CREATE INDEX fact_entities_type_role ON fact_entities(type, role, confidence, fact_id, entity_id);
