-- Schema version 29: a fact's first evidence (kb/store.py `first_evidence`) names its document
-- by the document's number, its rowid, as its evidence does since schema 28, where it repeated
-- the document's id of 16 characters (0.2 kB a document; benchmarks/store_size.py). The column
-- keeps its name and becomes an INTEGER (one of TEXT affinity would keep the number as text):
-- added, filled, then put in the old one's stead (last among the facts' columns, as it was
-- nearly; every reader names the columns it reads). The first evidence is still the least by
-- text, then by document id (kb/facts.py finds the id of the kept one's document by its
-- number to compare), then by offset; a fact whose document is unknown keeps none, as before.
ALTER TABLE facts ADD COLUMN first_ev_number INTEGER;
UPDATE facts SET first_ev_number = (SELECT d.rowid FROM documents d WHERE d.id = facts.first_ev_doc)
WHERE first_ev_doc IS NOT NULL;
ALTER TABLE facts DROP COLUMN first_ev_doc;
ALTER TABLE facts RENAME COLUMN first_ev_number TO first_ev_doc;
