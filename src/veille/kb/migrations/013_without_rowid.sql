-- Schema version 13: the documents' entities, the mentions and the facts' links to entities are
-- read by their primary key (a document's, a fact's), so the key is the table (WITHOUT ROWID):
-- no rowid, and no second copy of the key as the index SQLite builds for it (0.8-0.9 kB a
-- document each; benchmarks/store_size.py). A document's entities are a range of the table now,
-- and doc_entities_doc_entity, the same range with their entity ids, is dropped.
CREATE TABLE doc_entities_new (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    aliases   TEXT NOT NULL,                -- JSON list of the names used in this document
    entity_id TEXT NOT NULL REFERENCES entities(id),
    reason    TEXT NOT NULL,                -- why this document's entity joined entity_id
    PRIMARY KEY (doc_id, key)
) WITHOUT ROWID;
INSERT INTO doc_entities_new (doc_id, key, name, type, aliases, entity_id, reason)
SELECT doc_id, key, name, type, aliases, entity_id, reason FROM doc_entities;
DROP TABLE doc_entities;
ALTER TABLE doc_entities_new RENAME TO doc_entities;
CREATE INDEX doc_entities_entity_doc ON doc_entities(entity_id, doc_id);
CREATE INDEX doc_entities_ties ON doc_entities(entity_id)
    WHERE reason = 'new entity' OR (substr(reason, 1, 17) = 'normalised name: ' AND reason != 'normalised name: ' || name);

CREATE TABLE mentions_new (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (doc_id, start, end)
) WITHOUT ROWID;
INSERT INTO mentions_new (doc_id, key, start, end, text, source)
SELECT doc_id, key, start, end, text, source FROM mentions;
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
CREATE INDEX mentions_key ON mentions(doc_id, key);

CREATE TABLE fact_entities_new (
    fact_id    TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    role       TEXT NOT NULL,
    entity_id  TEXT NOT NULL,
    type       TEXT,                        -- the fact's type, date and confidence (schema 5)
    date       TEXT,
    confidence REAL,
    PRIMARY KEY (fact_id, role, entity_id)
) WITHOUT ROWID;
INSERT INTO fact_entities_new (fact_id, role, entity_id, type, date, confidence)
SELECT fact_id, role, entity_id, type, date, confidence FROM fact_entities;
DROP TABLE fact_entities;
ALTER TABLE fact_entities_new RENAME TO fact_entities;
CREATE INDEX fact_entities_latest ON fact_entities(entity_id, date, type, fact_id, confidence);
CREATE INDEX fact_entities_type_role ON fact_entities(type, role, confidence, fact_id, entity_id)
