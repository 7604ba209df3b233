-- Schema version 24: the graph's edges of a fact are read by the fact, as on SQLite (see
-- ../024_graph_links_by_fact.sql), where every edge was read (a sequential scan).
CREATE INDEX graph_links_fact ON graph_links(fact_id);
