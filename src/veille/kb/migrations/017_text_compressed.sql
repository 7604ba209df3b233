-- Schema version 17: a document's text is kept compressed (zlib, about a third of its bytes;
-- kb/packed.py), through the SQL functions each connection of the store has (kb/store.py
-- add_functions): veille_zip(text) writes it, veille_text(documents.text) reads it. The view
-- `evidence` slices the text it reads.
UPDATE documents SET text = veille_zip(text) WHERE typeof(text) = 'text';
DROP VIEW evidence;
CREATE VIEW evidence AS
SELECT e.fact_id, e.doc_id, e.start, e.end,
       substr(veille_text(d.text), e.start + 1, e.end - e.start) AS text,
       substr(veille_text(d.text), e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM evidence_spans e LEFT JOIN documents d ON d.id = e.doc_id;
