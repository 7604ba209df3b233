-- Schema version 17 (on SQLite, the documents' text kept compressed): PostgreSQL compresses a
-- long text itself (TOAST), so the functions the queries read and write the text through give
-- it as it is.
CREATE OR REPLACE FUNCTION veille_text(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS 'SELECT value';
CREATE OR REPLACE FUNCTION veille_zip(value TEXT) RETURNS TEXT LANGUAGE sql IMMUTABLE AS 'SELECT value';
