-- Schema version 5: what the pages of a big store need without reading it whole (see
-- ../005_entity_counts.sql; a PostgreSQL store starts empty, so nothing is counted here).
ALTER TABLE entities ADD COLUMN docs BIGINT NOT NULL DEFAULT 0;
ALTER TABLE entities ADD COLUMN mentions BIGINT NOT NULL DEFAULT 0;
CREATE INDEX doc_entities_entity_doc ON doc_entities(entity_id, doc_id);
DROP INDEX doc_entities_entity;
CREATE INDEX entities_rank ON entities(docs DESC, mentions DESC, name);
CREATE INDEX entities_type_rank ON entities(type, docs DESC, mentions DESC, name);

ALTER TABLE facts ADD COLUMN n_sources BIGINT NOT NULL DEFAULT 0;
ALTER TABLE facts ADD COLUMN first_evidence TEXT;
ALTER TABLE facts ADD COLUMN first_doc TEXT;
ALTER TABLE facts ADD COLUMN stated TEXT;
CREATE INDEX facts_stated ON facts(stated, confidence);
CREATE INDEX facts_type_stated ON facts(type, stated);
CREATE INDEX facts_order ON facts(date, type, id);
CREATE INDEX facts_type_order ON facts(type, date, id);
DROP INDEX facts_type;
ALTER TABLE facts ADD COLUMN n_conflicts BIGINT NOT NULL DEFAULT 0;
CREATE INDEX facts_conflicting ON facts(date, type, id) WHERE n_conflicts > 0;
CREATE INDEX facts_corroborated ON facts(date, type, id) WHERE n_sources > 1;

CREATE TABLE document_sources (
    label  TEXT NOT NULL,
    kind   TEXT NOT NULL,
    n      BIGINT NOT NULL,
    latest TEXT,
    PRIMARY KEY (label, kind)
);
CREATE INDEX doc_entities_doc_entity ON doc_entities(doc_id, entity_id);

ALTER TABLE fact_entities ADD COLUMN type TEXT;
ALTER TABLE fact_entities ADD COLUMN date TEXT;
ALTER TABLE fact_entities ADD COLUMN confidence DOUBLE PRECISION;
CREATE INDEX fact_entities_latest ON fact_entities(entity_id, date, type, fact_id, confidence);
DROP INDEX fact_entities_entity;
CREATE INDEX fact_entities_type_role ON fact_entities(type, role, confidence, fact_id, entity_id);
