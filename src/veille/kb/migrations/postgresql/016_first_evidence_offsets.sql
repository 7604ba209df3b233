-- Schema version 16 (as on SQLite): a fact's first evidence kept as its document and offsets,
-- not as a copy of its words; kb/store.py's first_evidence() slices them from the text.
ALTER TABLE facts ADD COLUMN first_ev_doc TEXT;
ALTER TABLE facts ADD COLUMN first_ev_start BIGINT;
ALTER TABLE facts ADD COLUMN first_ev_end BIGINT;
UPDATE facts SET (first_ev_doc, first_ev_start, first_ev_end) =
    (SELECT ev.doc_id, ev.start, ev."end" FROM evidence ev WHERE ev.fact_id = facts.id AND ev.text = facts.first_evidence
     ORDER BY ev.doc_id, ev.start LIMIT 1)
WHERE first_evidence IS NOT NULL;
-- (none: the least of its evidence, which the words kept always were)
UPDATE facts SET (first_ev_doc, first_ev_start, first_ev_end) =
    (SELECT ev.doc_id, ev.start, ev."end" FROM evidence ev WHERE ev.fact_id = facts.id
     ORDER BY ev.text, ev.doc_id, ev.start LIMIT 1)
WHERE first_evidence IS NOT NULL AND first_ev_doc IS NULL;
ALTER TABLE facts DROP COLUMN first_evidence;
