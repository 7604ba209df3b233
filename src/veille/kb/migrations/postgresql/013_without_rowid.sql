-- Schema version 13 (on SQLite, three tables WITHOUT ROWID): a document's entities are read
-- through the primary key (doc_id, key); the index of the same range with their entity ids is
-- dropped.
DROP INDEX doc_entities_doc_entity;
