-- Schema version 26, as on SQLite (../026_mention_refs.sql): a mention names its document's entity
-- by the entity's number in the document (`ref`, in the order of their keys, byte by byte as
-- SQLite and Python compare them), where it repeated the entity's key as text. The mentions'
-- column changes type in place (the table written once, its rows 8 bytes narrower), through a
-- function of this session, since a USING expression cannot hold a subquery.
ALTER TABLE doc_entities ADD COLUMN ref INTEGER;
UPDATE doc_entities de SET ref = r.n
    FROM (SELECT doc_id, key, row_number() OVER (PARTITION BY doc_id ORDER BY key COLLATE "C") - 1 AS n
          FROM doc_entities) r
    WHERE r.doc_id = de.doc_id AND r.key = de.key;
CREATE FUNCTION pg_temp.mention_ref(doc TEXT, k TEXT) RETURNS INTEGER LANGUAGE sql STABLE
    AS $$ SELECT coalesce((SELECT ref FROM doc_entities WHERE doc_id = doc AND key = k), -1) $$;
ALTER TABLE mentions ALTER COLUMN key TYPE INTEGER USING pg_temp.mention_ref(doc_id, key);
ALTER TABLE mentions RENAME COLUMN key TO ref;
DROP FUNCTION pg_temp.mention_ref(TEXT, TEXT);
