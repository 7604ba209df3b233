-- Schema version 3 (on SQLite, fact types in the index and the sentences' terms): the types of a
-- document's facts are part of its tsvector already (weight D); the sentences keep their terms.
ALTER TABLE search_sentences ADD COLUMN terms TEXT NOT NULL DEFAULT '';
