-- Schema version 22: a mention's words are the document's text at its offsets (every mention the
-- pipeline stores), kept as '' then (0.3 kB a document; benchmarks/store_size.py); kb/store.py
-- `mention_words` reads them from the text, as the evidence's are (schema 9). Words that are not
-- the text at their offsets are kept as they are.
UPDATE mentions SET text = ''
    WHERE text = substr(veille_text((SELECT d.text FROM documents d WHERE d.id = mentions.doc_id)),
                        start + 1, "end" - start);
