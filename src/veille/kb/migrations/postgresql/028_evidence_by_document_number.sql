-- Schema version 28, as on SQLite (../028_evidence_by_document_number.sql): a fact's evidence
-- names its document by the document's `rowid` (a 4-byte integer here: two billion documents),
-- where it repeated the document's id as text. The column changes type in place (the table and
-- its two indexes written once) through a function of this session, since a USING expression
-- cannot hold a subquery, and is renamed `doc`; its foreign key to documents(id) goes with it.
DROP VIEW evidence;
ALTER TABLE evidence_spans DROP CONSTRAINT evidence_spans_doc_id_fkey;
CREATE FUNCTION pg_temp.doc_number(doc TEXT) RETURNS INTEGER LANGUAGE sql STABLE
    AS $$ SELECT rowid::int FROM documents WHERE id = doc $$;
ALTER TABLE evidence_spans ALTER COLUMN doc_id TYPE INTEGER USING pg_temp.doc_number(doc_id);
ALTER TABLE evidence_spans RENAME COLUMN doc_id TO doc;
DROP FUNCTION pg_temp.doc_number(TEXT);
CREATE VIEW evidence AS
SELECT e.fact_id, d.id AS doc_id, e.start, e."end",
       substr(d.text, (e.start + 1)::int, (e."end" - e.start)::int) AS text,
       substr(d.text, (e.sentence_start + 1)::int, (e.sentence_end - e.sentence_start)::int) AS sentence,
       e.doc
FROM evidence_spans e LEFT JOIN documents d ON d.rowid = e.doc;  -- LEFT: a query reading neither text nor id reads no document
