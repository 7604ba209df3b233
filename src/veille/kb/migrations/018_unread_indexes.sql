-- Schema version 18: two indexes no query reads (1.4 kB a document; benchmarks/store_size.py).
-- mentions_key (doc_id, key): every query reads a document's mentions of one entity with the
-- document given, so the primary key's range of that document (30 mentions, a page or two) is
-- read instead. facts_date_start: the listings' "since" seeks on facts_order's dates
-- (kb/listing.py), the graph reads dates of facts it found by id. (PostgreSQL keeps
-- mentions_key: postgresql/018_unread_indexes.sql.)
DROP INDEX mentions_key;
DROP INDEX facts_date_start;
