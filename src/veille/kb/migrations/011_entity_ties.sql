-- Schema version 11: the documents' entities that may be tied to their entity by another name
-- when a document joins it (kb/resolve.py `_shared`): those that made it alone, and those tied
-- by a name other than their own first. Few, even for an entity thousands of documents name.
CREATE INDEX doc_entities_ties ON doc_entities(entity_id)
    WHERE reason = 'new entity' OR (substr(reason, 1, 17) = 'normalised name: ' AND reason != 'normalised name: ' || name);
