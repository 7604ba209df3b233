-- Schema version 9: a fact's evidence is kept as offsets into its document's text, not as text
-- (see ../009_evidence_offsets.sql).
CREATE TABLE evidence_spans (
    fact_id        TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start          BIGINT NOT NULL,
    "end"          BIGINT NOT NULL,
    sentence_start BIGINT NOT NULL,
    sentence_end   BIGINT NOT NULL,
    PRIMARY KEY (fact_id, doc_id, start, "end")
);

INSERT INTO evidence_spans (fact_id, doc_id, start, "end", sentence_start, sentence_end)
SELECT fact_id, doc_id, start, "end",
       CASE WHEN k > 0 THEN w + k - 1 ELSE start END,
       CASE WHEN k > 0 THEN w + k - 1 + length(sentence) ELSE "end" END
FROM (SELECT ev.fact_id, ev.doc_id, ev.start, ev."end", ev.sentence,
             GREATEST(0, ev.start - length(ev.sentence)) AS w,
             CASE WHEN length(ev.sentence) = 0 THEN 0
                  ELSE strpos(substr(d.text, (GREATEST(0, ev.start - length(ev.sentence)) + 1)::int,
                                     (ev."end" - GREATEST(0, ev.start - length(ev.sentence)) + length(ev.sentence))::int),
                              ev.sentence) END AS k
      FROM evidence ev JOIN documents d ON d.id = ev.doc_id) AS found;

DROP TABLE evidence;
CREATE INDEX evidence_spans_doc ON evidence_spans(doc_id);

CREATE VIEW evidence AS
SELECT e.fact_id, e.doc_id, e.start, e."end",
       substr(d.text, (e.start + 1)::int, (e."end" - e.start)::int) AS text,
       substr(d.text, (e.sentence_start + 1)::int, (e.sentence_end - e.sentence_start)::int) AS sentence
FROM evidence_spans e LEFT JOIN documents d ON d.id = e.doc_id;  -- LEFT: a query reading no text does not read the documents
