-- Schema version 18: an index no query reads (see ../018_unread_indexes.sql): facts_date_start
-- (the listings' "since" seeks on facts_order's dates, the graph reads the dates of facts it
-- found by id). mentions_key stays here, unlike on SQLite: without it PostgreSQL's planner reads
-- an entity's mentions (kb/resolve.py's recount) by a hash join over every mention, not the
-- primary key's range of each document (7.7 ms against 0.15 ms for an entity of 19 of 2,000
-- documents; benchmarks/store_size.py's store).
DROP INDEX facts_date_start;
