-- Schema version 12 (as on SQLite): each document's indexed sentences packed into one value of
-- search_docs (kb/packed.py); kb/steps.py packs those indexed before and drops search_sentences.
ALTER TABLE search_docs ADD COLUMN packed BYTEA;
