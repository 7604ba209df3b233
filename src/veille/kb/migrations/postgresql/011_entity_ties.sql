-- Schema version 11: the documents' entities that may be tied to their entity by another name
-- (see ../011_entity_ties.sql).
CREATE INDEX doc_entities_ties ON doc_entities(entity_id)
    WHERE reason = 'new entity' OR (substr(reason, 1, 17) = 'normalised name: ' AND reason != 'normalised name: ' || name);
