-- Schema version 9: a fact's evidence is kept as offsets into its document's text, not as text.
-- Each evidence row used to keep its words and the sentence they stand in: 4.5 kB a document,
-- more than the document's text (a sentence stating several facts was stored once per fact;
-- benchmarks/store_size.py). The words are text[start:end] and the sentence
-- text[sentence_start:sentence_end]; the view `evidence` gives them as before, so every query
-- that reads evidence reads it the same way.
CREATE TABLE evidence_spans (
    fact_id        TEXT NOT NULL REFERENCES facts(id) ON DELETE CASCADE,
    doc_id         TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start          INTEGER NOT NULL,
    end            INTEGER NOT NULL,
    sentence_start INTEGER NOT NULL,   -- the sentence (or sentences) stating the fact
    sentence_end   INTEGER NOT NULL,
    PRIMARY KEY (fact_id, doc_id, start, end)
) WITHOUT ROWID;

-- The sentence is found in the text around the evidence: it starts at most its own length
-- before the words; where it is not found (none was kept), the words stand for it.
INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end)
SELECT fact_id, doc_id, start, end,
       CASE WHEN k > 0 THEN w + k - 1 ELSE start END,
       CASE WHEN k > 0 THEN w + k - 1 + length(sentence) ELSE end END
FROM (SELECT ev.fact_id, ev.doc_id, ev.start, ev.end, ev.sentence,
             max(0, ev.start - length(ev.sentence)) AS w,
             CASE WHEN length(ev.sentence) = 0 THEN 0
                  ELSE instr(substr(d.text, max(0, ev.start - length(ev.sentence)) + 1,
                                    ev.end - max(0, ev.start - length(ev.sentence)) + length(ev.sentence)),
                             ev.sentence) END AS k
      FROM evidence ev JOIN documents d ON d.id = ev.doc_id);

DROP TABLE evidence;
CREATE INDEX evidence_spans_doc ON evidence_spans(doc_id);

CREATE VIEW evidence AS
SELECT e.fact_id, e.doc_id, e.start, e.end,
       substr(d.text, e.start + 1, e.end - e.start) AS text,
       substr(d.text, e.sentence_start + 1, e.sentence_end - e.sentence_start) AS sentence
FROM evidence_spans e LEFT JOIN documents d ON d.id = e.doc_id;  -- LEFT: a query reading no text does not read the documents
