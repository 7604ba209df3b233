-- Schema version 3: the document index gets a `facts` column holding one token per type of
-- fact the document states ('ftfunding', 'ftstockmove'), so that `search --type` is an FTS5
-- condition instead of a scan of every fact of that type. The index is rebuilt on first use
-- (search.ANALYZER_VERSION changes with this migration).
DROP TABLE search_doc_vocab;
DROP TABLE search_doc_fts;
CREATE VIRTUAL TABLE search_doc_fts USING fts5(
    title, lead, body, facts, content='', tokenize='unicode61 remove_diacritics 2');
CREATE VIRTUAL TABLE search_doc_vocab USING fts5vocab(search_doc_fts, 'row');

-- Each indexed sentence keeps its index terms, so that a found document's best sentences are
-- picked by matching them here rather than by one FTS5 query per document (prefix and
-- many-phrase queries reread the whole corpus's postings each time).
ALTER TABLE search_sentences ADD COLUMN terms TEXT NOT NULL DEFAULT '';
