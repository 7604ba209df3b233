-- Schema version 30, as on SQLite (../030_entities_by_document_number.sql): a document's entities
-- and its mentions name the document by its `rowid` (a 4-byte integer, as evidence_spans.doc
-- since schema 28), where each row repeated the document's id as text. The columns change type
-- in place (each table and its indexes written once) through a function of this session, since
-- a USING expression cannot hold a subquery, and are renamed `doc`; their foreign keys to
-- documents(id) go with them.
ALTER TABLE doc_entities DROP CONSTRAINT doc_entities_doc_id_fkey;
ALTER TABLE mentions DROP CONSTRAINT mentions_doc_id_fkey;
CREATE FUNCTION pg_temp.doc_number(doc TEXT) RETURNS INTEGER LANGUAGE sql STABLE
    AS $$ SELECT rowid::int FROM documents WHERE id = doc $$;
ALTER TABLE doc_entities ALTER COLUMN doc_id TYPE INTEGER USING pg_temp.doc_number(doc_id);
ALTER TABLE doc_entities RENAME COLUMN doc_id TO doc;
ALTER TABLE mentions ALTER COLUMN doc_id TYPE INTEGER USING pg_temp.doc_number(doc_id);
ALTER TABLE mentions RENAME COLUMN doc_id TO doc;
DROP FUNCTION pg_temp.doc_number(TEXT);
