-- Schema version 22, as on SQLite (../022_mention_words.sql): a mention's words that are the
-- document's text at its offsets are kept as '' (kb/store.py `mention_words` reads them from the
-- text).
UPDATE mentions SET text = ''
    WHERE text = substr(veille_text((SELECT d.text FROM documents d WHERE d.id = mentions.doc_id)),
                        start + 1, "end" - start);
