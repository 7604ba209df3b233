-- Schema version 23: fact_entities_type_role is dropped, as on SQLite (see
-- ../023_links_by_fact_and_entity.sql): the links are read by their fact (the primary key) and by
-- their entity (fact_entities_latest); every link of a type, through the facts of that type.
DROP INDEX fact_entities_type_role;
