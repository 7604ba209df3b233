-- Schema version 30: a document's entities and its mentions name the document by its number,
-- its rowid (as the evidence does since schema 28 and a fact's first evidence since 29), where
-- each row repeated the document's id of 16 characters, in doc_entities' rows and both its
-- indexes and in the mentions' rows (30 mentions and 16 entities a document: about 1.4 kB a
-- document; benchmarks/store_size.py). The column is `doc` in both tables; the readers that show
-- or order by a document's id join documents by number (documents.rowid, its primary key in
-- SQLite), the few statements given a document's id find its number first. No document is ever
-- deleted (a near duplicate keeps its row): the rows need no foreign key to go with it, and
-- `withdraw` deletes a document's entities and mentions itself, as it did. Both tables are
-- written again (WITHOUT ROWID: their primary keys change), in the order of their keys.
CREATE TABLE doc_entities_new (
    doc       INTEGER NOT NULL,             -- documents.rowid
    key       TEXT NOT NULL,
    name      TEXT NOT NULL,
    type      TEXT NOT NULL,
    aliases   TEXT NOT NULL,
    entity_id TEXT NOT NULL REFERENCES entities(id),
    reason    TEXT NOT NULL,
    ref       INTEGER,                      -- the entity's number in the document (schema 26)
    PRIMARY KEY (doc, key)
) WITHOUT ROWID;
INSERT INTO doc_entities_new (doc, key, name, type, aliases, entity_id, reason, ref)
SELECT d.rowid, de.key, de.name, de.type, de.aliases, de.entity_id, de.reason, de.ref
FROM doc_entities de JOIN documents d ON d.id = de.doc_id;
DROP TABLE doc_entities;
ALTER TABLE doc_entities_new RENAME TO doc_entities;
CREATE INDEX doc_entities_entity_doc ON doc_entities(entity_id, doc);
CREATE INDEX doc_entities_ties ON doc_entities(entity_id)
    WHERE reason = 'new entity' OR substr(reason, 1, 17) = 'normalised name: ';
CREATE TABLE mentions_new (
    doc    INTEGER NOT NULL,                -- documents.rowid
    start  INTEGER NOT NULL,
    end    INTEGER NOT NULL,
    text   TEXT NOT NULL,
    source TEXT NOT NULL,
    ref    INTEGER NOT NULL DEFAULT -1,     -- its entity's number in the document (doc_entities.ref)
    PRIMARY KEY (doc, start, end)
) WITHOUT ROWID;
INSERT INTO mentions_new (doc, start, end, text, source, ref)
SELECT d.rowid, m.start, m.end, m.text, m.source, m.ref
FROM mentions m JOIN documents d ON d.id = m.doc_id;
DROP TABLE mentions;
ALTER TABLE mentions_new RENAME TO mentions;
