-- Veille knowledge base, schema version 1.
CREATE TABLE documents (
    id           TEXT PRIMARY KEY,          -- derived from the normalised text
    name         TEXT NOT NULL,             -- export id: file name without extension
    source       TEXT NOT NULL,             -- path or URL it came from
    url          TEXT,
    title        TEXT,
    published    TEXT,                      -- ISO date when known
    site         TEXT,
    author       TEXT,
    lang         TEXT,
    text         TEXT NOT NULL,             -- the clean text all offsets point into
    status       TEXT NOT NULL,             -- annotated | not_annotated | duplicate
    duplicate_of TEXT REFERENCES documents(id),
    note         TEXT,
    minhash      BLOB,
    ingested_at  TEXT NOT NULL
);
CREATE INDEX documents_name ON documents(name);
CREATE INDEX documents_source ON documents(source);

CREATE TABLE failures (
    source TEXT PRIMARY KEY,
    code   TEXT NOT NULL,
    error  TEXT NOT NULL,
    at     TEXT NOT NULL
);

CREATE TABLE entities (
    id           TEXT PRIMARY KEY,
    name         TEXT NOT NULL,
    type         TEXT NOT NULL,
    kind         TEXT,
    gazetteer_id TEXT,
    created_at   TEXT NOT NULL
);
CREATE INDEX entities_gazetteer ON entities(gazetteer_id);

CREATE TABLE aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias     TEXT NOT NULL,
    norm      TEXT NOT NULL,
    reason    TEXT NOT NULL,                -- gazetteer | in-document pattern | normalised name | user merge
    doc_id    TEXT,
    PRIMARY KEY (entity_id, norm)
);
CREATE INDEX aliases_norm ON aliases(norm);

CREATE TABLE doc_entities (
    doc_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key       TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    aliases   TEXT NOT NULL,                -- JSON list of the names used in this document
    entity_id TEXT NOT NULL REFERENCES entities(id),
    reason    TEXT NOT NULL,                -- why this document's entity joined entity_id
    PRIMARY KEY (doc_id, key)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);

CREATE TABLE mentions (
    doc_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    key    TEXT NOT NULL,
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    source TEXT NOT NULL,
    PRIMARY KEY (doc_id, start, end)
);
CREATE INDEX mentions_key ON mentions(doc_id, key);

CREATE TABLE overrides (                   -- a user's split and merge decisions, replayed on ingest
    id        INTEGER PRIMARY KEY,
    action    TEXT NOT NULL,                -- split | merge
    norm      TEXT NOT NULL,                -- the alias the decision concerns
    entity_id TEXT NOT NULL,                -- split: the entity it must not join; merge: the one it joins
    at        TEXT NOT NULL
);

CREATE TABLE facts (
    id             TEXT PRIMARY KEY,        -- derived from type and normalised roles
    type           TEXT NOT NULL,
    args           TEXT NOT NULL,           -- JSON
    date           TEXT,
    date_precision TEXT,
    modality       TEXT NOT NULL,
    confidence     REAL NOT NULL,
    rule           TEXT NOT NULL,
    rule_version   INTEGER NOT NULL,
    conflict_key   TEXT                     -- same subject, measure and date: values compared across facts
);
CREATE INDEX facts_type ON facts(type);
CREATE INDEX facts_conflict ON facts(conflict_key);

CREATE TABLE evidence (
    fact_id  TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    doc_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start    INTEGER NOT NULL,
    end      INTEGER NOT NULL,
    text     TEXT NOT NULL,
    sentence TEXT NOT NULL,
    PRIMARY KEY (fact_id, doc_id, start, end)
);
CREATE INDEX evidence_doc ON evidence(doc_id);

CREATE TABLE fact_entities (
    fact_id   TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    role      TEXT NOT NULL,
    entity_id TEXT NOT NULL,
    PRIMARY KEY (fact_id, role, entity_id)
);
CREATE INDEX fact_entities_entity ON fact_entities(entity_id);
