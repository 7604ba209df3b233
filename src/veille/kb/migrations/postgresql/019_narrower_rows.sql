-- Schema version 19: rows no wider than what they hold. On PostgreSQL, the offsets into the
-- documents' text (of mentions, of evidence and of a fact's first evidence) are 4-byte integers,
-- not the 8-byte ones SQLite's INTEGER was translated to: a text of up to 2 GB, in rows and
-- primary keys narrower by 4 bytes an offset. The view `evidence`, which reads them, is made
-- again as 009 made it. (On SQLite, graph_pairs is its primary key.)
DROP VIEW evidence;
ALTER TABLE mentions ALTER COLUMN start TYPE INTEGER, ALTER COLUMN "end" TYPE INTEGER;
ALTER TABLE evidence_spans ALTER COLUMN start TYPE INTEGER, ALTER COLUMN "end" TYPE INTEGER,
    ALTER COLUMN sentence_start TYPE INTEGER, ALTER COLUMN sentence_end TYPE INTEGER;
ALTER TABLE facts ALTER COLUMN first_ev_start TYPE INTEGER, ALTER COLUMN first_ev_end TYPE INTEGER;
CREATE VIEW evidence AS
SELECT e.fact_id, e.doc_id, e.start, e."end",
       substr(d.text, (e.start + 1)::int, (e."end" - e.start)::int) AS text,
       substr(d.text, (e.sentence_start + 1)::int, (e.sentence_end - e.sentence_start)::int) AS sentence
FROM evidence_spans e LEFT JOIN documents d ON d.id = e.doc_id;  -- LEFT: a query reading no text does not read the documents
