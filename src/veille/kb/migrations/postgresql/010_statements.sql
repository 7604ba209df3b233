-- Schema version 10: each piece of evidence keeps what its statement says (see ../010_statements.sql).
ALTER TABLE evidence_spans ADD COLUMN statement TEXT;
