-- Schema version 25: a fact's conflict key is a 64-bit integer (see ../025_conflict_keys_as_integers.sql):
-- its 16 hexadecimal digits read as an unsigned number, less 2^63 (the sign bit flipped), so
-- that the keys keep their order. facts_conflict holds the facts that have one only. kb/steps.py
-- writes the arguments again, without spaces.
DROP INDEX facts_conflict;
ALTER TABLE facts ALTER COLUMN conflict_key TYPE BIGINT
    USING (('x' || conflict_key)::bit(64)::bigint # (-9223372036854775807 - 1));
CREATE INDEX facts_conflict ON facts(conflict_key) WHERE conflict_key IS NOT NULL;
