-- Schema version 24: the graph's edges of a fact (kb/graph.py's `relink`, each time a document's
-- facts are stored or withdrawn) are read by the fact, from graph_links_fact, where they were
-- read by scanning every edge (graph_links_dated in full: 1.1 ms for 7,477 edges, and growing
-- with the store). The index holds the fact's id and the primary key's other columns.
CREATE INDEX graph_links_fact ON graph_links(fact_id);
