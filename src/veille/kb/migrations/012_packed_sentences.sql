-- Schema version 12: a document's indexed sentences (their bounds and index terms, one row each
-- of search_sentences: 3 kB a document, more than its index) are one compressed value of its
-- row of search_docs (kb/packed.py). kb/steps.py packs the sentences of the documents indexed
-- before, then drops search_sentences.
ALTER TABLE search_docs ADD COLUMN packed BLOB;
