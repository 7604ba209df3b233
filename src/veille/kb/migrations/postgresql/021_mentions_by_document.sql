-- Schema version 21: mentions_key (a mention's document and key) is dropped on PostgreSQL too
-- (SQLite dropped it in 18; 1.4 kB a document here, benchmarks/store_size.py). Every query reading
-- mentions by key gives their document, or reads them document by document: the recount of an
-- entity's mentions after a split or a merge (kb/resolve.py `recount`) counts each of its
-- documents' mentions by the primary key's range of that document, as a subquery per document,
-- where a join let the planner read every mention (7.7 ms against 0.2 ms for an entity of 19 of
-- 2,000 documents, without the index).
DROP INDEX mentions_key;
