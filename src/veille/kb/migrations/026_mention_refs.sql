-- Schema version 26: a mention names its document's entity by a number, where it repeated the
-- entity's key there as text (12 bytes a mention on average, 30 mentions a document: 0.35 kB a
-- document; benchmarks/store_size.py). Each of a document's entities has its number in the
-- document, `ref` (0, 1, ... in the order of their keys), and its mentions carry it; every reader
-- joins a mention to its entity by document and number (kb/resolve.py, profile.py, details.py,
-- export.py, digest.py, search.py, answer/engine.py). A mention whose key names no entity of its
-- document (none the pipeline writes) keeps -1, naming none, as before.
ALTER TABLE doc_entities ADD COLUMN ref INTEGER;
UPDATE doc_entities SET ref = (SELECT count(*) FROM doc_entities x
                               WHERE x.doc_id = doc_entities.doc_id AND x.key < doc_entities.key);
ALTER TABLE mentions ADD COLUMN ref INTEGER NOT NULL DEFAULT -1;
UPDATE mentions SET ref = coalesce((SELECT de.ref FROM doc_entities de
                                    WHERE de.doc_id = mentions.doc_id AND de.key = mentions.key), -1);
ALTER TABLE mentions DROP COLUMN key;
