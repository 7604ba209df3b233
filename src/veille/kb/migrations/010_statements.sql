-- Schema version 10: each piece of evidence keeps what its statement says (the fact's values as
-- that document gives them, and the document's keys of the entities in each role), so that a
-- fact can be drawn again from the statements left when a document's annotations are taken out
-- (kb/withdraw.py: a near duplicate found to be the original of a document stored before it).
-- Evidence stored before has none: its fact is kept as it is.
ALTER TABLE evidence_spans ADD COLUMN statement TEXT;
