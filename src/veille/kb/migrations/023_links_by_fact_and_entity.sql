-- Schema version 23: fact_entities_type_role, the facts' links to entities by type and role, is
-- dropped (1.0 kB a document, a third of the links' bytes; benchmarks/store_size.py). The links
-- are read by their fact (the primary key) and by their entity (fact_entities_latest); the
-- queries that read every link of a type now read the facts of that type (facts_type_order,
-- facts_type_stated) and each one's links by the primary key: the graph's edges under an entity
-- type or a lower threshold (kb/graph.py), the graph's export (kb/export.py); the edges kept
-- again after a split or a merge are read from the two entities' own links.
DROP INDEX fact_entities_type_role;
