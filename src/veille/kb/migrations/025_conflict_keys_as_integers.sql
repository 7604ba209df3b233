-- Schema version 25: a fact's conflict key (same subject, measure and date: kb/facts.py
-- `conflict_key`) is a 64-bit integer, where it was its 16 hexadecimal digits as text: 8 bytes
-- instead of 17 in the row and in facts_conflict, in the same order (the digits' number less
-- 2^63). facts_conflict holds the facts that have one only (about half of them): every query
-- reading it asks for a key (`conflict_key = ?`). Its arguments are JSON without the spaces
-- after `,` and `:`. kb/steps.py fills the new column, drops the old one and names the new one
-- after it (SQLite cannot change a column's type), and writes the arguments again.
DROP INDEX facts_conflict;
ALTER TABLE facts ADD COLUMN conflict INTEGER;
