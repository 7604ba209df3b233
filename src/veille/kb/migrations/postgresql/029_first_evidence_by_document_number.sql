-- Schema version 29, as on SQLite (../029_first_evidence_by_document_number.sql): a fact's first
-- evidence names its document by the document's `rowid` (a 4-byte integer, as evidence_spans.doc
-- since schema 28), where it repeated the document's id as text. The column changes type in
-- place (the table and its indexes written once) through a function of this session, since a
-- USING expression cannot hold a subquery.
CREATE FUNCTION pg_temp.doc_number(doc TEXT) RETURNS INTEGER LANGUAGE sql STABLE
    AS $$ SELECT rowid::int FROM documents WHERE id = doc $$;
ALTER TABLE facts ALTER COLUMN first_ev_doc TYPE INTEGER USING pg_temp.doc_number(first_ev_doc);
DROP FUNCTION pg_temp.doc_number(TEXT);
