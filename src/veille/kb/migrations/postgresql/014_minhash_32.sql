-- Schema version 14 (as on SQLite): each document's MinHash signature kept as the 32-bit values
-- it holds (ingest/dedup.py): the low four bytes of each little-endian 64-bit value, when the
-- high four are zero (any other value is left for the ingest to compute again).
UPDATE documents SET minhash = (SELECT string_agg(substring(minhash FROM i * 8 + 1 FOR 4), ''::bytea ORDER BY i)
                                FROM generate_series(0, 127) i)
WHERE length(minhash) = 1024
  AND NOT EXISTS (SELECT 1 FROM generate_series(0, 127) i
                  WHERE substring(minhash FROM i * 8 + 5 FOR 4) != '\x00000000'::bytea);
