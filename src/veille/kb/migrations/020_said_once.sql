-- Schema version 20: what a row holds twice, once (benchmarks/store_size.py). A document's entity
-- tied to its entity by its own name kept the reason 'normalised name: ' and that name again: its
-- reason is '' now (kb/store.py `reason` reads it back as before), and doc_entities_ties, the
-- entities that may be tied by another name, no longer needs to compare the two. A statement of
-- a fact that says what the fact says ([null, {role: [keys]}], most of them; kb/facts.py) is its
-- roles alone.
DROP INDEX doc_entities_ties;
UPDATE doc_entities SET reason = '' WHERE reason = 'normalised name: ' || name;
CREATE INDEX doc_entities_ties ON doc_entities(entity_id)
    WHERE reason = 'new entity' OR substr(reason, 1, 17) = 'normalised name: ';
UPDATE evidence_spans SET statement = substr(statement, 7, length(statement) - 7)
    WHERE substr(statement, 1, 6) = '[null,';
