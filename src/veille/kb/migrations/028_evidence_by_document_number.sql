-- Schema version 28: a fact's evidence names its document by the document's number, its rowid
-- (the number that orders the documents, which the search index counts by and `veille copy`
-- keeps; VACUUM keeps it, the table having indexes), where it repeated the document's id of 16
-- characters in each row and again in the index of a document's evidence (18 rows a document:
-- about 0.5 kB a document; benchmarks/store_size.py). The view `evidence` gives the document's
-- id as before (`doc_id`, joined by number) and its number (`doc`, last: `SELECT *` gives the columns it gave, then it); the few statements that read
-- `evidence_spans` itself find a document's number by its id (kb/facts.py, kb/withdraw.py).
-- No document is ever deleted (a near duplicate keeps its row): the rows need no foreign key to
-- take them with it, and `withdraw` deletes a document's evidence itself, as it did.
DROP VIEW evidence;
CREATE TABLE evidence_spans_new (
    fact_id        TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    doc            INTEGER NOT NULL,        -- documents.rowid
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,        -- the offsets of its sentence in the document's text
    sentence_end   INTEGER NOT NULL,
    statement      TEXT,                    -- what it says (kb/facts.py `statement`)
    PRIMARY KEY (fact_id, doc, start, end)
) WITHOUT ROWID;
INSERT INTO evidence_spans_new (fact_id, doc, start, end, sentence_start, sentence_end, statement)
SELECT e.fact_id, d.rowid, e.start, e.end, e.sentence_start, e.sentence_end, e.statement
FROM evidence_spans e JOIN documents d ON d.id = e.doc_id;
DROP TABLE evidence_spans;
ALTER TABLE evidence_spans_new RENAME TO evidence_spans;
CREATE INDEX evidence_spans_doc ON evidence_spans(doc);
CREATE VIEW evidence AS
SELECT e.fact_id, d.id AS doc_id, e.start, e.end,
       substr(veille_text(d.text), e.start + 1, e.end - e.start) AS text,
       substr(veille_text(d.text), e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence,
       e.doc
FROM evidence_spans e LEFT JOIN documents d ON d.rowid = e.doc;  -- LEFT: a query reading neither text nor id reads no document
