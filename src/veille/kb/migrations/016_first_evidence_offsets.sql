-- Schema version 16: a fact's first evidence (the least by text of its evidence: the words the
-- listings show) is kept as where it is, its document and offsets, not as a copy of the words
-- (0.8 kB a document); kb/store.py's first_evidence() slices them from the text. Each fact
-- points at the evidence whose words it kept (of several with the same words, the first by
-- document and offset).
ALTER TABLE facts ADD COLUMN first_ev_doc TEXT;
ALTER TABLE facts ADD COLUMN first_ev_start INTEGER;
ALTER TABLE facts ADD COLUMN first_ev_end INTEGER;
UPDATE facts SET (first_ev_doc, first_ev_start, first_ev_end) =
    (SELECT ev.doc_id, ev.start, ev.end FROM evidence ev WHERE ev.fact_id = facts.id AND ev.text = facts.first_evidence
     ORDER BY ev.doc_id, ev.start LIMIT 1)
WHERE first_evidence IS NOT NULL;
-- (none: the least of its evidence, which the words kept always were)
UPDATE facts SET (first_ev_doc, first_ev_start, first_ev_end) =
    (SELECT ev.doc_id, ev.start, ev.end FROM evidence ev WHERE ev.fact_id = facts.id
     ORDER BY ev.text, ev.doc_id, ev.start LIMIT 1)
WHERE first_evidence IS NOT NULL AND first_ev_doc IS NULL;
ALTER TABLE facts DROP COLUMN first_evidence;
