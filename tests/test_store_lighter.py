"""The lighter store (issue 15): what schema 12 and after keep in fewer bytes reads the same, on
both backends, and a store of an older schema is migrated in place to it."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import pytest

from veille.kb.store import _split_sql, add_functions, mention_words, open_store


@contextmanager
def old_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest, version: int) -> Iterator[Any]:
    """A store of schema `version`, made by the migrations up to it; yields (location, run),
    `run(sql, params)` a statement on it with `?` parameters, committed when the block ends."""
    folder = resources.files("veille.kb") / "migrations"
    if backend == "sqlite":
        location: Any = tmp_path / f"v{version}.db"
        conn = sqlite3.connect(str(location))
        add_functions(conn)  # schema 17 compresses the text through them
        conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, at TEXT)")
        for path in sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name):
            number = int(path.name.split("_", 1)[0])
            if number <= version:
                for statement in _split_sql(path.read_text(encoding="utf-8")):
                    conn.execute(statement)
                conn.execute("INSERT INTO schema_version VALUES (?, '2026-01-01T00:00:00Z')", (number,))
        yield location, lambda sql, params=(): conn.execute(sql, params)
        conn.commit()
        conn.close()
        return
    import psycopg
    from conftest import new_pg_database

    location = new_pg_database(request.getfixturevalue("pg_cluster"), template="")  # dropped after the test
    with psycopg.connect(location, autocommit=True) as pg:
        pg.execute("CREATE TABLE schema_version (version BIGINT PRIMARY KEY, at TEXT)")
        for path in sorted((p for p in (folder / "postgresql").iterdir() if p.name.endswith(".sql")),
                           key=lambda p: p.name):
            number = int(path.name.split("_", 1)[0])
            if number <= version:
                pg.execute(path.read_text(encoding="utf-8"))
                pg.execute("INSERT INTO schema_version VALUES (%s, '2026-01-01')", (number,))
        yield location, lambda sql, params=(): pg.execute(sql.replace("?", "%s").replace(" end", ' "end"'), params)


def test_indexed_sentences_are_packed_in_place(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 12: the sentences of each indexed document, rows of `search_sentences` before,
    are packed into `search_docs.packed` by the migration, and read back the same."""
    from veille.kb.packed import unpack_sentences

    tsv, empty = (", tsv", ", ''") if backend == "postgresql" else ("", "")
    with old_store(backend, tmp_path, request, 11) as (location, run):
        run(f"INSERT INTO search_docs (seq, doc_id, sentences, version{tsv}) VALUES (?, ?, ?, ?{empty})",
            (1, "d1", 2, 4))
        run(f"INSERT INTO search_docs (seq, doc_id, sentences, version{tsv}) VALUES (?, ?, ?, ?{empty})",
            (2, "d2", 0, 4))
        run(f"INSERT INTO search_docs (seq, doc_id, sentences, version{tsv}) VALUES (?, ?, ?, ?{empty})",
            (3, "d3", 1, 4))
        for row in [(4096, "d1", 0, 23, "orvane lev 4 million"), (4097, "d1", 24, 28, "fin"),
                    (3 << 12, "d3", 5, 9, "")]:
            run("INSERT INTO search_sentences (id, doc_id, start, end, terms) VALUES (?, ?, ?, ?, ?)", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 12
        assert "search_sentences" not in store.tables()
        packed = {r[0]: unpack_sentences(r[0], r[1]) for r in store.query("SELECT seq, packed FROM search_docs")}
        assert packed == {1: [(4096, 0, 23, "orvane lev 4 million"), (4097, 24, 28, "fin")], 2: [],
                          3: [(3 << 12, 5, 9, "")]}
    finally:
        store.close()


def test_packed_sentences_round_trip() -> None:
    from veille.kb.packed import pack_sentences, unpack_sentences

    bounds = [(0, 10), (11, 4_000_000), (4_000_001, 4_000_002)]
    bodies = ["un deux", "", "trois é 2000"]
    assert unpack_sentences(7, pack_sentences(bounds, bodies)) == [
        ((7 << 12) + i, s, e, b) for i, ((s, e), b) in enumerate(zip(bounds, bodies, strict=True))]
    assert unpack_sentences(7, pack_sentences([], [])) == []
    with pytest.raises(ValueError):
        pack_sentences([(0, 1)], ["a\nb"])


def test_entities_mentions_and_links_keep_their_rows(backend: str, tmp_path: Path,
                                                     request: pytest.FixtureRequest) -> None:
    """Schema 13: doc_entities, mentions and fact_entities are their primary key (WITHOUT ROWID)
    on SQLite, with one index fewer on both backends; every row is kept."""
    rows = {
        "doc_entities": [("d1", "orvane", "Orvane", "organization", "[]", "e1", "new entity"),
                         ("d1", "dunkerque", "Dunkerque", "place", '["Dunkirk"]', "e2", "gazetteer")],
        "mentions": [("d1", "orvane", 0, 6, "Orvane", "ner"), ("d1", "dunkerque", 20, 29, "Dunkerque", "gazetteer")],
        "fact_entities": [("f1", "subject", "e1", "funding", "2025", 0.8),
                          ("f1", "place", "e2", "funding", "2025", 0.8)],
    }
    columns = {"doc_entities": "doc_id, key, name, type, aliases, entity_id, reason",
               "mentions": "doc_id, key, start, end, text, source",
               "fact_entities": "fact_id, role, entity_id, type, date, confidence"}
    with old_store(backend, tmp_path, request, 12) as (location, run):
        run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
            " VALUES ('d1', 'a', 'a.txt', 'fr', 'Orvane lève 4 millions à Dunkerque.', 'annotated', '2026-01-01')")
        for e in ("e1", "e2"):
            run("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, 'organization', '2026')", (e, e))
        run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version)"
            " VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1)")
        for table, values in rows.items():
            for row in values:
                run(f"INSERT INTO {table} ({columns[table]}) VALUES ({', '.join('?' * len(row))})", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 13
        text = "Orvane lève 4 millions à Dunkerque."  # a mention's words that are the text's are '' (22)
        kept = {**rows, "mentions": [(*r[:4], "" if text[r[2]:r[3]] == r[4] else r[4], r[5]) for r in rows["mentions"]]}
        doc = "(SELECT id FROM documents WHERE rowid = {}.doc)"  # by number (30)
        read = {**columns, "doc_entities": columns["doc_entities"].replace("doc_id", doc.format("de")),
                "mentions": f"{doc.format('m')}, de.key, m.start, m.end, m.text, m.source"}  # by number (26)
        tables = {**{t: t for t in columns}, "doc_entities": "doc_entities de",
                  "mentions": "mentions m JOIN doc_entities de ON de.doc = m.doc AND de.ref = m.ref"}
        for table, values in kept.items():
            got = store.query(f"SELECT {read[table]} FROM {tables[table]} ORDER BY 1, 2, 3".replace(" end,", ' "end",'))
            assert sorted(tuple(r) for r in got) == sorted(values)
        if backend == "sqlite":
            for table in rows:
                sql = store.query("SELECT sql FROM sqlite_master WHERE name = ?", (table,))[0][0]
                assert sql.rstrip().endswith("WITHOUT ROWID")
        catalog = "sqlite_master WHERE name" if backend == "sqlite" else "pg_indexes WHERE indexname"
        indexes = store.query(f"SELECT 1 FROM {catalog} = 'doc_entities_doc_entity'")
        assert not indexes
    finally:
        store.close()


def test_signatures_are_narrowed_to_32_bits(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 14: a MinHash signature is kept as its 32-bit values (512 bytes); those stored as
    64-bit values are narrowed in place, to the bytes a new ingest writes; others are left."""
    import numpy as np

    from veille.ingest import dedup

    m = dedup.minhash("Orvane lève 4 millions à Dunkerque pour son usine de batteries.")
    wide = np.asarray(m.hashvalues, dtype="<u8").tobytes()
    with old_store(backend, tmp_path, request, 13) as (location, run):
        for doc_id, signature in (("d1", wide), ("d2", None), ("d3", b"damaged")):
            run("INSERT INTO documents (id, name, source, lang, text, status, minhash, ingested_at)"
                " VALUES (?, ?, 'a.txt', 'fr', 'x', 'annotated', ?, '2026-01-01')", (doc_id, doc_id, signature))
    store = open_store(location)
    try:
        got = {r[0]: None if r[1] is None else bytes(r[1])
               for r in store.query("SELECT id, minhash FROM documents")}
        assert got == {"d1": dedup.to_bytes(m), "d2": None, "d3": b"damaged"}
        assert len(got["d1"] or b"") == dedup.NUM_PERM * 4
        assert dedup.from_bytes(got["d1"] or b"").jaccard(m) == 1.0
        assert dedup.from_bytes(wide).jaccard(m) == 1.0  # a 64-bit signature is still read
    finally:
        store.close()


@pytest.mark.sqlite_only  # PostgreSQL counted them in search_terms already
def test_sentence_counts_of_terms_are_kept_without_the_sentence_index(tmp_path: Path,
                                                                      request: pytest.FixtureRequest) -> None:
    """Schema 15: the sentences holding each term are counted in a table, filled from the FTS5
    index of the sentences it replaces; new documents' sentences are counted as indexed."""
    from veille.kb.frequency import term_frequencies
    from veille.kb.search import ensure_index
    from veille.models import Document, content_id

    with old_store("sqlite", tmp_path, request, 14) as (location, run):
        for rowid, body in ((4096, "orvan lev million"), (4097, "orvan dunkerqu"), (8192, "usin")):
            run("INSERT INTO search_sent_fts (rowid, body) VALUES (?, ?)", (rowid, body))
    store = open_store(location)
    try:
        assert "search_sent_fts" not in store.tables()
        assert dict(tuple(r) for r in store.query("SELECT term, sents FROM search_sent_terms")) == {
            "orvan": 2, "lev": 1, "million": 1, "dunkerqu": 1, "usin": 1}
        text = "Orvane ouvre une usine. Orvane embauche."
        store.add_document(Document(id=content_id(text), name="b", source="b.txt", text=text, lang="fr",
                                    status="annotated"))
        ensure_index(store)
        counts, _ = term_frequencies(store, ["orvan", "usin", "embauch", "absent"], "sent")
        assert counts == {"orvan": 4, "usin": 2, "embauch": 1}
    finally:
        store.close()


def test_a_fact_s_first_evidence_is_kept_as_offsets(backend: str, tmp_path: Path,
                                                    request: pytest.FixtureRequest) -> None:
    """Schema 16: a fact keeps where its first evidence is (document and offsets), not its words;
    the listings read the same words, sliced from the text."""
    from veille.kb.listing import facts_by_id
    from veille.kb.store import first_evidence

    text = "Orvane lève 4 millions. Orvane lève 4 millions. Fin."
    with old_store(backend, tmp_path, request, 15) as (location, run):
        for doc_id, name in (("d1", "a"), ("d2", "b")):
            run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                " VALUES (?, ?, 'a.txt', 'fr', ?, 'annotated', '2026-01-01')", (doc_id, name, text))
        run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources, first_evidence,"
            " first_doc) VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1, 2, 'Orvane lève 4 millions', 'a')")
        run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources)"
            " VALUES ('f2', 'launch', '{}', 'asserted', 0.8, 'x', 1, 0)")
        for row in (("f1", "d2", 0, 22), ("f1", "d1", 24, 46), ("f1", "d1", 48, 51)):
            run("INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end)"
                " VALUES (?, ?, ?, ?, 0, 0)", row)
    store = open_store(location)
    try:
        assert "first_evidence" not in store.columns("facts")
        got = [tuple(r) for r in store.query("SELECT f.id, (SELECT d.id FROM documents d"
                                             " WHERE d.rowid = f.first_ev_doc), f.first_ev_start, f.first_ev_end,"
                                             f" {first_evidence('f')} FROM facts f ORDER BY f.id")]
        # the same words in two documents: the first by document, then offset
        assert got == [("f1", "d1", 24, 46, "Orvane lève 4 millions"), ("f2", None, None, None, None)]
        assert facts_by_id(store, ["f1"])["f1"].evidence == "Orvane lève 4 millions"
    finally:
        store.close()


def test_the_text_is_compressed_and_reads_the_same(backend: str, tmp_path: Path,
                                                   request: pytest.FixtureRequest) -> None:
    """Schema 17: SQLite keeps a document's text compressed (PostgreSQL compresses it itself);
    the documents, the evidence's words and sentences and a fact's first evidence read the same."""
    from veille.kb.listing import facts_by_id

    text = "Orvane lève 4 millions d'euros. L'usine de Dunkerque ouvrira en 2026. Fin."
    with old_store(backend, tmp_path, request, 16) as (location, run):
        run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
            " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')", (text,))
        run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources, first_ev_doc,"
            " first_ev_start, first_ev_end) VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1, 1, 'd1', 0, 22)")
        run("INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end)"
            " VALUES ('f1', 'd1', 0, 22, 0, 31)")
    store = open_store(location)
    try:
        if backend == "sqlite":
            assert store.query("SELECT typeof(text) FROM documents")[0][0] == "blob"
        assert store.get_document("d1").text == text
        assert [tuple(r) for r in store.query("SELECT text, sentence FROM evidence")] == [
            ("Orvane lève 4 millions", "Orvane lève 4 millions d'euros.")]
        assert facts_by_id(store, ["f1"])["f1"].evidence == "Orvane lève 4 millions"
    finally:
        store.close()


def test_indexes_no_query_reads_are_dropped(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 18: facts_date_start is dropped in place, and mentions_key on SQLite; an entity's
    mentions (read by document and key) and the facts of a period read the same."""
    from veille.kb.listing import facts
    from veille.kb.packed import zip_text

    text = "Orvane lève 4 millions à Dunkerque. Orvane ouvrira son usine en 2026."
    with old_store(backend, tmp_path, request, 17) as (location, run):
        run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
            " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
            (text if backend == "postgresql" else zip_text(text),))
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e1', 'Orvane', 'organization', '2026')")
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e2', 'Dunkerque', 'place', '2026')")
        for row in (("d1", "orvane", "Orvane", "organization", "[]", "e1", "new entity"),
                    ("d1", "dunkerque", "Dunkerque", "place", "[]", "e2", "new entity")):
            run("INSERT INTO doc_entities (doc_id, key, name, type, aliases, entity_id, reason)"
                " VALUES (?, ?, ?, ?, ?, ?, ?)", row)
        for row in (("d1", "orvane", 0, 6, "Orvane", "ner"), ("d1", "dunkerque", 25, 34, "Dunkerque", "ner"),
                    ("d1", "orvane", 36, 42, "Orvane", "ner")):
            run("INSERT INTO mentions (doc_id, key, start, end, text, source) VALUES (?, ?, ?, ?, ?, ?)", row)
        for fid, date, start, end in (("f1", "2025-03", "2025-03-01", "2025-03-31"),
                                      ("f2", "2026", "2026-01-01", "2026-12-31"), ("f3", None, None, None)):
            run("INSERT INTO facts (id, type, args, date, date_start, date_end, modality, confidence, rule,"
                " rule_version, n_sources, first_ev_doc, first_ev_start, first_ev_end)"
                " VALUES (?, 'funding', '{}', ?, ?, ?, 'asserted', 0.8, 'x', 1, 1, 'd1', 0, 34)",
                (fid, date, start, end))
    store = open_store(location)
    try:
        assert store.schema_version() >= 18
        catalog = "sqlite_master WHERE name" if backend == "sqlite" else "pg_indexes WHERE indexname"
        assert not store.query(f"SELECT 1 FROM {catalog} = 'facts_date_start'")
        assert not store.query(f"SELECT 1 FROM {catalog} = 'mentions_key'")  # PostgreSQL's went in 21
        got = store.query("SELECT de.entity_id, m.start, m.end, m.text FROM doc_entities de JOIN mentions m"
                          " ON m.doc = de.doc AND m.ref = de.ref ORDER BY de.entity_id, m.start")
        assert [(r[0], r[1], mention_words(text, r[3], r[1], r[2])) for r in got] == [
            ("e1", 0, "Orvane"), ("e1", 36, "Orvane"), ("e2", 25, "Dunkerque")]
        assert [f.id for f in facts(store, min_confidence=0.4, since="2025-02")] == ["f1", "f2"]
        assert [f.id for f in facts(store, min_confidence=0.4, until="2025")] == ["f1"]
        assert [f.id for f in facts(store, min_confidence=0.4)] == ["f1", "f2", "f3"]
    finally:
        store.close()


def test_rows_are_narrowed_in_place(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 19: graph_pairs is its primary key on SQLite, the offsets are 4-byte integers on
    PostgreSQL; the pairs, mentions, evidence and first evidence read the same."""
    from veille.kb.listing import facts_by_id
    from veille.kb.packed import zip_text

    text = "Orvane lève 4 millions d'euros. L'usine de Dunkerque ouvrira en 2026. Fin."
    pairs = [("funding", "e2", "e1", 2, "f1,f2"), ("role", "e1", "e3", 1, "f3")]
    with old_store(backend, tmp_path, request, 18) as (location, run):
        run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
            " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
            (text if backend == "postgresql" else zip_text(text),))
        run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources, first_ev_doc,"
            " first_ev_start, first_ev_end) VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1, 1, 'd1', 0, 22)")
        run("INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end)"
            " VALUES ('f1', 'd1', 0, 22, 0, 31)")
        run("INSERT INTO mentions (doc_id, key, start, end, text, source)"
            " VALUES ('d1', 'orvane', 0, 6, 'Orvane', 'ner')")
        for row in pairs:
            run("INSERT INTO graph_pairs (kind, source, target, n, ids) VALUES (?, ?, ?, ?, ?)", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 19
        got = store.query("SELECT kind, source, target, n, ids FROM graph_pairs ORDER BY kind, n DESC, source")
        assert [tuple(r) for r in got] == pairs
        got = store.query('SELECT fact_id, doc_id, start, "end", text, sentence FROM evidence')
        assert [tuple(r) for r in got] == [
            ("f1", "d1", 0, 22, "Orvane lève 4 millions", "Orvane lève 4 millions d'euros.")]
        assert [(r[0], r[1], mention_words(text, r[2], r[0], r[1])) for r in store.query(
            "SELECT start, \"end\", text FROM mentions")] == [(0, 6, "Orvane")]
        assert facts_by_id(store, ["f1"])["f1"].evidence == "Orvane lève 4 millions"
        if backend == "sqlite":
            sql = store.query("SELECT sql FROM sqlite_master WHERE name = 'graph_pairs'")[0][0]
            assert sql.rstrip().endswith("WITHOUT ROWID")
            assert not store.query("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_autoindex_graph_pairs_1'")
        else:
            types = {(r[0], r[1]): r[2] for r in store.query(
                "SELECT table_name, column_name, data_type FROM information_schema.columns"
                " WHERE table_schema = current_schema() AND table_name IN ('mentions', 'evidence_spans', 'facts')")}
            for column in (("mentions", "start"), ("mentions", "end"), ("evidence_spans", "sentence_end"),
                           ("facts", "first_ev_start")):
                assert types[column] == "integer"
    finally:
        store.close()


def test_a_name_and_a_statement_are_said_once(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 20: a document's entity tied by its own name keeps the reason '' (read as
    'normalised name: ' and the name), a statement saying what its fact says keeps its roles
    alone; migrated in place, the profile's reasons, the ties and the facts drawn again from
    the statements read the same."""
    from veille.kb.facts import stated
    from veille.kb.packed import zip_text
    from veille.kb.profile import profile
    from veille.kb.store import reason

    text = "Orvane lève 4 millions. Orvane Robotics ouvre une usine."
    ents = [("d1", "orvane", "Orvane", "e1", "normalised name: Orvane"),
            ("d2", "orvane robotics", "Orvane Robotics", "e1", "normalised name: Orvane"),
            ("d3", "orvane", "Orvane", "e1", "new entity"), ("d4", "orvane", "Orvane", "e1", "gazetteer")]
    said = [("f1", "d1", 0, 6, '[null,{"subject":["orvane"]}]'),
            ("f1", "d2", 0, 6, '[[{"value":4},"2026",null,"asserted",0.5,"x",1],{"subject":["orvane robotics"]}]'),
            ("f1", "d3", 0, 6, "[null,{}]"), ("f1", "d4", 0, 6, None)]
    with old_store(backend, tmp_path, request, 19) as (location, run):
        for doc in ("d1", "d2", "d3", "d4"):
            run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                " VALUES (?, ?, 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
                (doc, doc, text if backend == "postgresql" else zip_text(text)))
        run("INSERT INTO entities (id, name, type, created_at, docs)"
            " VALUES ('e1', 'Orvane', 'organization', '2026', 4)")
        for doc, key, name, entity, why in ents:
            run("INSERT INTO doc_entities (doc_id, key, name, type, aliases, entity_id, reason)"
                " VALUES (?, ?, ?, 'organization', '[]', ?, ?)", (doc, key, name, entity, why))
        run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources)"
            " VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1, 4)")
        for row in said:
            run("INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end, statement)"
                " VALUES (?, ?, ?, ?, 0, 23, ?)", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 20
        got = store.query(f"SELECT d.id, de.reason, {reason('de')} AS told FROM doc_entities de"
                          " JOIN documents d ON d.rowid = de.doc ORDER BY d.id")
        assert [tuple(r) for r in got] == [("d1", "", "normalised name: Orvane"),
                                           ("d2", "normalised name: Orvane", "normalised name: Orvane"),
                                           ("d3", "new entity", "new entity"), ("d4", "gazetteer", "gazetteer")]
        # the documents' entities that may be tied by another name than their own: by the index
        ties = store.query("SELECT d.id FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
                           " WHERE entity_id = 'e1' AND (reason = 'new entity'"
                           " OR substr(reason, 1, 17) = 'normalised name: ') ORDER BY d.id")
        assert [r[0] for r in ties] == ["d2", "d3"]
        assert sorted((d.doc, d.why) for d in profile(store, "e1").documents) == [
            ("d1", "normalised name: Orvane"), ("d2", "normalised name: Orvane"), ("d3", "new entity"),
            ("d4", "gazetteer")]
        kept = {r[0]: r[1] for r in store.query("SELECT d.id, e.statement FROM evidence_spans e"
                                                " JOIN documents d ON d.rowid = e.doc ORDER BY d.id")}
        assert kept == {"d1": '{"subject":["orvane"]}', "d2": said[1][4], "d3": "{}", "d4": None}
        current = ("f1", "funding", "{}", None, None, "asserted", 0.8, "x", 1, None, None, None)
        assert stated("f1", "funding", kept["d1"], current) == (current, {"subject": ["orvane"]})
        assert stated("f1", "funding", said[0][4], current) == (current, {"subject": ["orvane"]})  # as before
        assert stated("f1", "funding", kept["d2"], current)[1] == {"subject": ["orvane robotics"]}
        assert stated("f1", "funding", kept["d2"], current)[0][2:4] == ('{"value":4}', "2026")
        if backend == "sqlite":
            plan = " ".join(r[3] for r in store.query(
                "EXPLAIN QUERY PLAN SELECT doc FROM doc_entities WHERE entity_id = ? AND (reason = 'new entity'"
                " OR substr(reason, 1, 17) = 'normalised name: ') AND doc != ?", ("e1", 1)))
            assert "doc_entities_ties" in plan
    finally:
        store.close()


def test_an_entity_s_mentions_are_counted_document_by_document(backend: str, tmp_path: Path,
                                                                request: pytest.FixtureRequest) -> None:
    """Schema 21: mentions_key is dropped on PostgreSQL too (SQLite's went in 18); an entity's
    mentions, counted again after a merge, are read by the primary key's range of each of its
    documents."""
    from veille.kb.packed import zip_text
    from veille.kb.resolve import recount

    text = "Orvane lève 4 millions à Dunkerque. Orvane ouvrira son usine en 2026."
    with old_store(backend, tmp_path, request, 20) as (location, run):
        for doc in ("d1", "d2"):
            run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                " VALUES (?, ?, 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
                (doc, doc, text if backend == "postgresql" else zip_text(text)))
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e1', 'Orvane', 'organization', '2026')")
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e2', 'Dunkerque', 'place', '2026')")
        for row in (("d1", "orvane", "Orvane", "organization", "e1"), ("d1", "dunkerque", "Dunkerque", "place", "e2"),
                    ("d2", "orvane", "Orvane", "organization", "e1")):
            run("INSERT INTO doc_entities (doc_id, key, name, type, aliases, entity_id, reason)"
                " VALUES (?, ?, ?, ?, '[]', ?, 'new entity')", row)
        for row in (("d1", "orvane", 0, 6, "Orvane"), ("d1", "dunkerque", 25, 34, "Dunkerque"),
                    ("d1", "orvane", 36, 42, "Orvane"), ("d2", "orvane", 36, 42, "Orvane")):
            run("INSERT INTO mentions (doc_id, key, start, end, text, source) VALUES (?, ?, ?, ?, ?, 'ner')", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 21
        catalog = "sqlite_master WHERE name" if backend == "sqlite" else "pg_indexes WHERE indexname"
        assert not store.query(f"SELECT 1 FROM {catalog} = 'mentions_key'")
        with store.write():
            recount(store, ["e1", "e2"])
        got = store.query("SELECT id, docs, mentions FROM entities ORDER BY id")
        assert [tuple(r) for r in got] == [("e1", 2, 3), ("e2", 1, 1)]
        if backend == "postgresql":  # each document's mentions by the primary key, whatever the planner's costs
            with store.write():  # one connection, one transaction
                store.execute("SET LOCAL enable_seqscan = off")
                plan = " ".join(r[0] for r in store.query(
                    "EXPLAIN SELECT (SELECT coalesce(sum((SELECT count(*) FROM mentions m WHERE m.doc = de.doc"
                    " AND m.ref = de.ref)), 0) FROM doc_entities de WHERE de.entity_id = ?)", ("e1",)))
            assert "mentions_pkey" in plan and "SubPlan" in plan
    finally:
        store.close()


def test_a_mention_s_words_are_read_from_the_text(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 22: a mention's words that are the document's text at its offsets are kept as ''
    and read from the text (the export, a document's marks); words that are not are kept."""
    from veille.kb.details import document_marks
    from veille.kb.export import mention_rows
    from veille.kb.packed import zip_text

    text = "Orvane lève 4 millions à Dunkerque. L'entreprise ouvrira son usine en 2026."
    with old_store(backend, tmp_path, request, 21) as (location, run):
        run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
            " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
            (text if backend == "postgresql" else zip_text(text),))
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e1', 'Orvane', 'organization', '2026')")
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e2', 'Dunkerque', 'place', '2026')")
        for row in (("orvane", "Orvane", "organization", "e1"), ("dunkerque", "Dunkerque", "place", "e2")):
            run("INSERT INTO doc_entities (doc_id, key, name, type, aliases, entity_id, reason)"
                " VALUES ('d1', ?, ?, ?, '[]', ?, 'new entity')", row)
        for row in (("orvane", 0, 6, "Orvane"), ("dunkerque", 25, 34, "Dunkerque"),
                    ("orvane", 36, 48, "Orvane")):  # words that are not the text's: kept
            run("INSERT INTO mentions (doc_id, key, start, end, text, source) VALUES ('d1', ?, ?, ?, ?, 'ner')", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 22
        kept = [tuple(r) for r in store.query('SELECT start, "end", text FROM mentions ORDER BY start')]
        assert kept == [(0, 6, ""), (25, 34, ""), (36, 48, "Orvane")]
        assert [(r["start"], r["text"], r["entity"]) for r in mention_rows(store)] == [
            (0, "Orvane", "Orvane"), (25, "Dunkerque", "Dunkerque"), (36, "Orvane", "Orvane")]
        assert [(m.start, m.text) for m in document_marks(store, "d1", 0.0).mentions] == [
            (0, "Orvane"), (25, "Dunkerque"), (36, "Orvane")]
    finally:
        store.close()


def test_links_are_read_by_fact_and_by_entity(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 23: fact_entities_type_role is dropped in place; the graph's edges under an entity
    type or a lower threshold, its export, and the edges kept again after a merge read the same
    (each link of a type found through the facts of that type, or its entities' own links)."""
    from veille.kb.export import FactFilters, graph_edges, graph_nodes
    from veille.kb.graph import graph, recount_pairs

    entities = [("e1", "Orvane", "organization"), ("e2", "Kestrel Capital", "organization"),
                ("e3", "Lina Moreau", "person"), ("e4", "Orvane One", "product")]
    facts = [("f1", "funding", "2025-03", "2025-03-01", "2025-03-31", 0.8), ("f2", "funding", "2026", "2026-01-01",
              "2026-12-31", 0.3), ("f3", "role", "2025", "2025-01-01", "2025-12-31", 0.7),
             ("f4", "agreement", None, None, None, 0.6), ("f5", "launch", "2026", "2026-01-01", "2026-12-31", 0.9)]
    links = [("f1", "subject", "e2"), ("f1", "recipient", "e1"), ("f2", "subject", "e2"), ("f2", "recipient", "e1"),
             ("f3", "person", "e3"), ("f3", "org", "e1"), ("f4", "parties", "e1"), ("f4", "parties", "e2"),
             ("f5", "subject", "e1"), ("f5", "product", "e4")]
    with old_store(backend, tmp_path, request, 22) as (location, run):
        for row in entities:
            run("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, ?, '2026')", row)
        for fid, kind, date, start, end, confidence in facts:
            run("INSERT INTO facts (id, type, args, date, date_start, date_end, modality, confidence, rule,"
                " rule_version, n_sources) VALUES (?, ?, '{}', ?, ?, ?, 'asserted', ?, 'x', 1, 1)",
                (fid, kind, date, start, end, confidence))
        for fid, role, entity in links:
            kind, date, confidence = next((f[1], f[2], f[5]) for f in facts if f[0] == fid)
            run("INSERT INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
                " VALUES (?, ?, ?, ?, ?, ?)", (fid, role, entity, kind, date, confidence))
    store = open_store(location)
    try:
        assert store.schema_version() >= 23
        catalog = "sqlite_master WHERE name" if backend == "sqlite" else "pg_indexes WHERE indexname"
        assert not store.query(f"SELECT 1 FROM {catalog} = 'fact_entities_type_role'")
        edges = {(e.kind, e.source, e.target, e.weight, tuple(e.facts)) for e in graph(store, min_confidence=0.2).edges}
        assert edges == {("funding", "e2", "e1", 2, ("f1", "f2")), ("role", "e3", "e1", 1, ("f3",)),
                         ("agreement", "e1", "e2", 1, ("f4",)), ("launch", "e1", "e4", 1, ("f5",))}
        edges = {(e.kind, e.source, e.target, e.weight) for e in graph(store, min_confidence=0.4,
                                                                         entity_types=["organization"]).edges}
        assert edges == {("funding", "e2", "e1", 1), ("agreement", "e1", "e2", 1)}
        edges = {(e.kind, e.source, e.weight) for e in graph(store, min_confidence=0.2, types=["funding", "role"],
                                                             since="2025-06").edges}
        assert edges == {("funding", "e2", 1)}
        exported = [(e["kind"], e["source"], e["target"], e["weight"], e["facts"])
                    for e in graph_edges(store, FactFilters(min_confidence=0.5))]
        assert exported == [("agreement", "e1", "e2", 1, ["f4"]), ("funding", "e2", "e1", 1, ["f1"]),
                            ("launch", "e1", "e4", 1, ["f5"]), ("role", "e3", "e1", 1, ["f3"])]
        assert [n["id"] for n in graph_nodes(store, FactFilters(type_="funding"))] == ["e1", "e2"]
        with store.write():  # the edges of a merged entity kept again from its own links
            recount_pairs(store, ["e2", "e4"])
        kept = store.query("SELECT kind, source, target, fact_id FROM graph_links ORDER BY kind, fact_id")
        assert [tuple(r) for r in kept] == [("agreement", "e1", "e2", "f4"), ("funding", "e2", "e1", "f1"),
                                            ("launch", "e1", "e4", "f5")]
        if backend == "sqlite":  # the facts of the type, each one's links by the primary key
            plan = " ".join(r[3] for r in store.query(
                "EXPLAIN QUERY PLAN SELECT a.entity_id FROM facts f CROSS JOIN fact_entities a"
                " ON a.fact_id = f.id AND a.role = ? WHERE f.type = ? AND a.type = ?",
                ("subject", "funding", "funding")))
            assert "SCAN" not in plan and "PRIMARY KEY" in plan
    finally:
        store.close()


def test_edges_are_read_by_fact(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 24: graph_links_fact is made in place; `relink` reads a fact's edges through it
    (where it read every edge) and keeps the same edges as before: none changed for facts whose
    links did not change, the edge of a fact that lost a link gone, a new fact's edge added."""
    from veille.kb.graph import graph, relink

    entities = [("e1", "Orvane", "organization"), ("e2", "Kestrel Capital", "organization"),
                ("e3", "Lina Moreau", "person")]
    facts = [("f1", "funding", 0.8), ("f2", "funding", 0.7), ("f3", "role", 0.7), ("f4", "agreement", 0.6)]
    links = [("f1", "subject", "e2"), ("f1", "recipient", "e1"), ("f2", "subject", "e2"), ("f2", "recipient", "e1"),
             ("f3", "person", "e3"), ("f3", "org", "e1"), ("f4", "parties", "e1"), ("f4", "parties", "e2")]
    edges = [("funding", "e2", "e1", "f1"), ("funding", "e2", "e1", "f2"), ("role", "e3", "e1", "f3"),
             ("agreement", "e1", "e2", "f4")]
    with old_store(backend, tmp_path, request, 23) as (location, run):
        for row in entities:
            run("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, ?, '2026')", row)
        for fid, kind, confidence in facts:
            run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources)"
                " VALUES (?, ?, '{}', 'asserted', ?, 'x', 1, 1)", (fid, kind, confidence))
        for fid, role, entity in links:
            kind, confidence = next((f[1], f[2]) for f in facts if f[0] == fid)
            run("INSERT INTO fact_entities (fact_id, role, entity_id, type, confidence) VALUES (?, ?, ?, ?, ?)",
                (fid, role, entity, kind, confidence))
        for kind, source, target, fid in edges:  # as `relink` keeps them
            confidence = next(f[2] for f in facts if f[0] == fid)
            run("INSERT INTO graph_links (kind, source, target, fact_id, confidence) VALUES (?, ?, ?, ?, ?)",
                (kind, source, target, fid, confidence))
        run("INSERT INTO graph_pairs (kind, source, target, n, ids) VALUES ('funding', 'e2', 'e1', 2, 'f1,f2'),"
            " ('role', 'e3', 'e1', 1, 'f3'), ('agreement', 'e1', 'e2', 1, 'f4')")
    store = open_store(location)
    try:
        assert store.schema_version() >= 24
        kept = "SELECT kind, source, target, fact_id FROM graph_links ORDER BY kind, fact_id"
        pairs = "SELECT kind, source, target, n, ids FROM graph_pairs ORDER BY kind, source, target"
        before = ([tuple(r) for r in store.query(kept)], [tuple(r) for r in store.query(pairs)])
        statements: list[str] = []
        query = store.query

        def traced(sql: str, params: Any = ()) -> Any:
            statements.append(sql)
            return query(sql, params)

        store.query = traced  # type: ignore[method-assign]
        with store.write():
            relink(store, ["f1", "f2", "f3", "f4"])
        store.query = query  # type: ignore[method-assign]
        assert ([tuple(r) for r in store.query(kept)], [tuple(r) for r in store.query(pairs)]) == before
        lookup = next(s for s in statements if "FROM graph_links a" in s and "fact_id IN" in s)
        if backend == "sqlite":
            plan = " ".join(r[3] for r in store.query("EXPLAIN QUERY PLAN " + lookup, ('["f1"]',)))
            assert "SCAN a" not in plan and "graph_links_fact" in plan
        else:  # on a few rows the planner reads them all: the index serves it once it is told not to
            with store.write():
                store.execute("SET LOCAL enable_seqscan = off")
                plan = " ".join(r[0] for r in store.query("EXPLAIN " + lookup, ('["f1"]',)))
            assert "graph_links_fact" in plan
        with store.write():  # f2 loses its recipient; a new fact f5 links e3 to e2
            store.execute("DELETE FROM fact_entities WHERE fact_id = 'f2' AND role = 'recipient'")
            store.execute("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources)"
                          " VALUES ('f5', 'role', '{}', 'asserted', 0.9, 'x', 1, 1)")
            store.execute("INSERT INTO fact_entities (fact_id, role, entity_id, type, confidence)"
                          " VALUES ('f5', 'person', 'e3', 'role', 0.9), ('f5', 'org', 'e2', 'role', 0.9)")
            relink(store, ["f2", "f5"])
        assert [tuple(r) for r in store.query(kept)] == [
            ("agreement", "e1", "e2", "f4"), ("funding", "e2", "e1", "f1"), ("role", "e3", "e1", "f3"),
            ("role", "e3", "e2", "f5")]
        assert [tuple(r) for r in store.query(pairs)] == [
            ("agreement", "e1", "e2", 1, "f4"), ("funding", "e2", "e1", 1, "f1"), ("role", "e3", "e1", 1, "f3"),
            ("role", "e3", "e2", 1, "f5")]
        assert {(e.kind, e.source, e.target, e.weight) for e in graph(store, min_confidence=0.4).edges} == {
            ("funding", "e2", "e1", 1), ("role", "e3", "e1", 1), ("role", "e3", "e2", 1), ("agreement", "e1", "e2", 1)}
    finally:
        store.close()


def test_conflict_keys_are_integers_in_the_same_order() -> None:
    """Schema 25: a conflict key's 16 hexadecimal digits as a signed 64-bit integer, in the
    order of the digits, from the least key to the greatest."""
    from veille.kb.facts import args_text, key_number

    keys = ["0000000000000000", "0000000000000001", "7fffffffffffffff", "8000000000000000", "c4ad5fd525c31192",
            "ffffffffffffffff"]
    numbers = [key_number(k) for k in keys]
    assert numbers == sorted(numbers) and numbers[0] == -(1 << 63) and numbers[-1] == (1 << 63) - 1
    assert numbers[3] == 0
    assert args_text({"value": 4.0, "subject": "Orvane", "unit": "€"}) == '{"subject":"Orvane","unit":"€","value":4.0}'


def test_conflict_keys_and_arguments_are_narrowed_in_place(backend: str, tmp_path: Path,
                                                           request: pytest.FixtureRequest) -> None:
    """Schema 25: a store of schema 24 keeps its facts' conflict keys as the integers the
    pipeline gives now (`conflict_key`), their arguments without spaces; the facts giving
    another value for a measure are found by the key as before, through facts_conflict, which
    holds the facts with a key only."""
    import json

    from veille.kb.details import fact_detail
    from veille.kb.facts import conflict_key, conflicts

    def fact(fid: str, value: float, date: str | None = "2026-03-01") -> tuple[str, dict[str, Any]]:
        return fid, {"type": "metric", "date": date,
                     "args": {"subject": "Orvane", "measure": "emplois", "value": value, "unit": None}}

    facts = [fact("f1", 200.0), fact("f2", 250.0), fact("f3", 300.0, "2026-04-01"), fact("f4", 10.0, None)]
    with old_store(backend, tmp_path, request, 24) as (location, run):
        for fid, f in facts:
            key = conflict_key(f)
            hexa = None if key is None else format(key + (1 << 63), "016x")  # as schema 24 kept it
            run("INSERT INTO facts (id, type, args, date, modality, confidence, rule, rule_version, n_sources,"
                " conflict_key, n_conflicts) VALUES (?, 'metric', ?, ?, 'asserted', 0.8, 'x', 1, 1, ?, ?)",
                (fid, json.dumps(f["args"], ensure_ascii=False, sort_keys=True), f["date"], hexa,
                 int(fid in ("f1", "f2"))))
    store = open_store(location)
    try:
        assert store.schema_version() >= 25
        got = {r[0]: (r[1], r[2]) for r in store.query("SELECT id, conflict_key, args FROM facts")}
        assert {fid: got[fid][0] for fid, _ in facts} == {fid: conflict_key(f) for fid, f in facts}
        assert got["f1"][0] == got["f2"][0] != got["f3"][0] and got["f4"][0] is None
        assert isinstance(got["f1"][0], int)
        assert got["f1"][1] == '{"measure":"emplois","subject":"Orvane","unit":null,"value":200.0}'
        assert json.loads(got["f2"][1]) == facts[1][1]["args"]
        assert conflicts(store, "f1") == ["f2"] and conflicts(store, "f3") == conflicts(store, "f4") == []
        assert [f.id for f in fact_detail(store, "f2").conflicting] == ["f1"]
        lookup = "SELECT id FROM facts WHERE conflict_key = ? AND id != ?"
        if backend == "sqlite":
            plan = " ".join(r[3] for r in store.query("EXPLAIN QUERY PLAN " + lookup, (got["f1"][0], "f1")))
            assert "facts_conflict" in plan
            assert store.query("SELECT count(*) FROM facts INDEXED BY facts_conflict"
                               " WHERE conflict_key IS NOT NULL")[0][0] == 3
        else:
            with store.write():
                store.execute("SET LOCAL enable_seqscan = off")
                plan = " ".join(r[0] for r in store.query("EXPLAIN " + lookup, (got["f1"][0], "f1")))
            assert "facts_conflict" in plan
    finally:
        store.close()


def test_mentions_name_their_entity_by_number_in_place(backend: str, tmp_path: Path,
                                                       request: pytest.FixtureRequest) -> None:
    """Schema 26: a store of schema 25 numbers each document's entities in the order of their
    keys (byte by byte: 'éole' after 'orvane'), its mentions carry the number instead of the key,
    and every reader joins them as before: the export, a document's marks, a profile's counts, the
    recount. A mention whose key names no entity of its document names none (-1). A document
    resolved after numbers its entities the same way."""
    from veille.kb.details import document_marks
    from veille.kb.export import mention_rows
    from veille.kb.packed import zip_text
    from veille.kb.profile import profile
    from veille.kb.resolve import recount, resolve_document
    from veille.models import DocEntity, Mention

    text = "Orvane lève 4 millions à Dunkerque avec Éole. Orvane ouvrira son usine en 2026."
    with old_store(backend, tmp_path, request, 25) as (location, run):
        for doc in ("d1", "d2"):
            run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                " VALUES (?, ?, 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
                (doc, doc, text if backend == "postgresql" else zip_text(text)))
        for eid, name in (("e1", "Orvane"), ("e2", "Dunkerque"), ("e3", "Éole")):
            run("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, 'organization', '2026')", (eid, name))
        for row in (("d1", "orvane", "Orvane", "e1"), ("d1", "éole", "Éole", "e3"),
                    ("d1", "dunkerque", "Dunkerque", "e2"), ("d2", "orvane", "Orvane", "e1")):
            run("INSERT INTO doc_entities (doc_id, key, name, type, aliases, entity_id, reason)"
                " VALUES (?, ?, ?, 'organization', '[]', ?, '')", row)
        for row in (("d1", "orvane", 0, 6, ""), ("d1", "dunkerque", 25, 34, ""), ("d1", "éole", 40, 44, ""),
                    ("d1", "orvane", 46, 52, ""), ("d1", "ghost", 60, 65, "usine"), ("d2", "orvane", 46, 52, "")):
            run("INSERT INTO mentions (doc_id, key, start, end, text, source) VALUES (?, ?, ?, ?, ?, 'ner')", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 26
        assert "key" not in store.columns("mentions") and "ref" in store.columns("mentions")
        refs = store.query("SELECT d.id, key, ref FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
                           " ORDER BY d.id, ref")
        assert [tuple(r) for r in refs] == [("d1", "dunkerque", 0), ("d1", "orvane", 1), ("d1", "éole", 2),
                                            ("d2", "orvane", 0)]
        kept = store.query("SELECT d.id, start, ref FROM mentions m JOIN documents d ON d.rowid = m.doc"
                           " ORDER BY d.id, start")
        assert [tuple(r) for r in kept] == [("d1", 0, 1), ("d1", 25, 0), ("d1", 40, 2), ("d1", 46, 1), ("d1", 60, -1),
                                            ("d2", 46, 0)]
        assert [(r["doc_id"], r["start"], r["text"], r["entity_id"]) for r in mention_rows(store)] == [
            ("d1", 0, "Orvane", "e1"), ("d1", 25, "Dunkerque", "e2"), ("d1", 40, "Éole", "e3"),
            ("d1", 46, "Orvane", "e1"), ("d2", 46, "Orvane", "e1")]
        assert [(m.start, m.entity_id) for m in document_marks(store, "d1", 0.0).mentions] == [
            (0, "e1"), (25, "e2"), (40, "e3"), (46, "e1")]
        with store.write():
            recount(store, ["e1", "e2", "e3"])
        assert [tuple(r) for r in store.query("SELECT id, docs, mentions FROM entities ORDER BY id")] == [
            ("e1", 2, 3), ("e2", 1, 1), ("e3", 1, 1)]
        assert sorted((d.doc, d.mentions) for d in profile(store, "e1").documents) == [("d1", 2), ("d2", 1)]
        with store.write():
            store.execute("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                          " VALUES ('d3', 'd3', 'a.txt', 'fr', veille_zip(?), 'annotated', '2026-01-02')", (text,))
            resolve_document(store, "d3", [
                DocEntity("zephyr", "Zephyr", "organization", mentions=[Mention(0, 6, "Orvane", "organization")]),
                DocEntity("alpha", "Alpha", "organization", mentions=[Mention(25, 34, "Dunkerque", "organization"),
                                                                    Mention(40, 44, "Éole", "organization")])])
        d3 = "(SELECT rowid FROM documents WHERE id = 'd3')"
        numbered = store.query(f"SELECT key, ref FROM doc_entities WHERE doc = {d3} ORDER BY ref")
        assert [tuple(r) for r in numbered] == [("alpha", 0), ("zephyr", 1)]
        carried = store.query(f"SELECT start, ref FROM mentions WHERE doc = {d3} ORDER BY start")
        assert [tuple(r) for r in carried] == [(0, 1), (25, 0), (40, 0)]
    finally:
        store.close()


def test_a_day_is_kept_once_beside_the_date(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """Schema 27: a fact dated by a day keeps NULL for its first and last day (they are its date),
    a date naming no period '' (NULL before), in place; the listing's periods, the exports and an
    entity's facts read them as before, and a fact stored after is kept the same way."""
    from veille.kb.details import entity_facts
    from veille.kb.export import FactFilters, fact_rows, fact_statements
    from veille.kb.listing import facts
    from veille.kb.packed import zip_text

    text = "Orvane lève 4 millions à Dunkerque. Orvane ouvrira son usine en 2026."
    dated = {"f1": ("2025-03-04", "day", "2025-03-04", "2025-03-04"), "f2": ("2025-03", "month", "2025-03-01",
             "2025-03-31"), "f3": ("2025-W10", "week", "2025-03-03", "2025-03-09"), "f4": (None, None, None, None),
             "f5": ("vers 2025", "year", None, None), "f6": ("2026-01-02", "day", "2026-01-02", "2026-01-02")}
    with old_store(backend, tmp_path, request, 26) as (location, run):
        run("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
            " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')",
            (text if backend == "postgresql" else zip_text(text),))
        run("INSERT INTO entities (id, name, type, created_at) VALUES ('e1', 'Orvane', 'organization', '2026')")
        for fid, (date, precision, start, end) in dated.items():
            run("INSERT INTO facts (id, type, args, date, date_precision, date_start, date_end, modality, confidence,"
                " rule, rule_version, n_sources, first_ev_doc, first_ev_start, first_ev_end, first_doc, stated)"
                " VALUES (?, 'funding', ?, ?, ?, ?, ?, 'asserted', 0.8, 'x', 1, 1, 'd1', 0, 34, 'a', '2026-01-01')",
                (fid, '{"subject":"Orvane"}', date, precision, start, end))
            run("INSERT INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
                " VALUES (?, 'subject', 'e1', 'funding', ?, 0.8)", (fid, date))
            run("INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end)"
                " VALUES (?, 'd1', 0, 34, 0, 35)", (fid,))
    store = open_store(location)
    try:
        assert store.schema_version() >= 27
        raw = {r[0]: tuple(r[1:]) for r in store.query("SELECT id, date_start, date_end FROM facts")}
        assert raw == {"f1": (None, None), "f2": ("2025-03-01", "2025-03-31"), "f3": ("2025-03-03", "2025-03-09"),
                       "f4": (None, None), "f5": ("", ""), "f6": (None, None)}
        periods = {r["fact_id"]: (r["date_start"], r["date_end"]) for r in fact_statements(store, FactFilters(0.0))}
        assert periods == {fid: (start, end) for fid, (_, _, start, end) in dated.items()}
        assert sorted((r["period"] or {}).get("start") or "" for r in fact_rows(store)) == [
            "", "", "2025-03-01", "2025-03-03", "2025-03-04", "2026-01-02"]
        assert [f.id for f in facts(store, min_confidence=0.4, since="2025-03-02")] == ["f1", "f3", "f6"]
        assert [f.id for f in facts(store, min_confidence=0.4, since="2025-03")] == ["f2", "f1", "f3", "f6"]
        assert [f.id for f in facts(store, min_confidence=0.4, until="2025-03-04")] == ["f1"]
        assert [f.id for f in facts(store, min_confidence=0.4, until="2025")] == ["f2", "f1", "f3"]
        by_start = [f.id for f in entity_facts(store, "e1", 0.4)]  # those without a day last (a NULL date
        assert by_start[:4] == ["f2", "f3", "f1", "f6"] and set(by_start[4:]) == {"f4", "f5"}  # where each sorts it)
    finally:
        store.close()


def test_evidence_names_its_document_by_number_in_place(backend: str, tmp_path: Path,
                                                         request: pytest.FixtureRequest) -> None:
    """Schema 28: a fact's evidence names its document by the document's number (its rowid),
    not by its id, in place; the view `evidence`, the exports, a fact's statements, the
    documents' counts of facts and a document's withdrawal read and do what they did, whatever
    the order of the numbers against the ids (and SQLite's VACUUM keeps the numbers)."""
    from veille.kb.details import fact_detail
    from veille.kb.export import FactFilters, fact_documents, fact_statements
    from veille.kb.listing import documents
    from veille.kb.packed import zip_text
    from veille.kb.withdraw import withdraw

    text = "Orvane lève 4 millions à Dunkerque. Orvane ouvrira son usine en 2026."
    spans = [("f1", "d1", 0, 34, 0, 35), ("f1", "d1", 36, 42, 36, 69), ("f1", "d3", 0, 6, 0, 35),
             ("f2", "d2", 36, 69, 36, 69)]
    with old_store(backend, tmp_path, request, 27) as (location, run):
        # numbered neither in the order of their ids nor one after the other (VACUUM would renumber 1, 2, 3)
        for number, doc_id, name in ((7, "d3", "c"), (3, "d1", "a"), (12, "d2", "b")):
            run("INSERT INTO documents (rowid, id, name, source, lang, text, status, ingested_at)"
                " VALUES (?, ?, ?, ?, 'fr', ?, 'annotated', '2026-01-01')",
                (number, doc_id, name, f"{name}.txt", text if backend == "postgresql" else zip_text(text)))
        for fid, n, first in (("f1", 2, "d1"), ("f2", 1, "d2")):
            run("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources,"
                " first_ev_doc, first_ev_start, first_ev_end, first_doc, stated)"
                " VALUES (?, 'funding', '{}', 'asserted', 0.8, 'x', 1, ?, ?, 0, 34, 'a', '2026-01-01')",
                (fid, n, first))
        for row in spans:
            run("INSERT INTO evidence_spans (fact_id, doc_id, start, end, sentence_start, sentence_end)"
                " VALUES (?, ?, ?, ?, ?, ?)", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 28
        numbers = {r[0]: r[1] for r in store.query("SELECT id, rowid FROM documents")}
        assert numbers == {"d3": 7, "d1": 3, "d2": 12}
        assert sorted(tuple(r) for r in store.query("SELECT fact_id, doc, start, end FROM evidence_spans")) == sorted(
            (f, numbers[d], s, e) for f, d, s, e, _, _ in spans)
        assert "doc_id" not in store.columns("evidence_spans")
        view = 'SELECT fact_id, doc_id, start, "end", text, sentence FROM evidence'
        expected = sorted((f, d, s, e, text[s:e], text[ss:se]) for f, d, s, e, ss, se in spans)
        assert sorted(tuple(r) for r in store.query(view)) == expected
        assert sorted((r["fact_id"], r["doc_id"], r["evidence_start"])
                      for r in fact_statements(store, FactFilters(0.0))) == [
            ("f1", "d1", 0), ("f1", "d3", 0), ("f2", "d2", 36)]
        assert [r["id"] for r in fact_documents(store, FactFilters(0.0))] == ["d1", "d2", "d3"]
        assert [(s.doc_id, s.start, s.text) for s in fact_detail(store, "f1").statements] == [
            ("d1", 0, text[0:34]), ("d1", 36, "Orvane"), ("d3", 0, "Orvane")]
        assert [(d.id, d.facts) for d in documents(store)] == [("d1", 1), ("d2", 1), ("d3", 1)]
        if backend == "sqlite":
            store.execute("VACUUM")
            assert {r[0]: r[1] for r in store.query("SELECT id, rowid FROM documents")} == numbers
            assert sorted(tuple(r) for r in store.query(view)) == expected
        with store.write():
            withdraw(store, "d3")
        assert sorted(tuple(r) for r in store.query(view)) == [row for row in expected if row[1] != "d3"]
        assert [tuple(r) for r in store.query("SELECT id, n_sources, (SELECT d.id FROM documents d"
                                                     " WHERE d.rowid = first_ev_doc) FROM facts ORDER BY 1")] == [
            ("f1", 1, "d1"), ("f2", 1, "d2")]
        assert [(d.id, d.facts) for d in documents(store)] == [("d1", 1), ("d2", 1), ("d3", 0)]
    finally:
        store.close()


def test_a_fact_s_first_evidence_names_its_document_by_number_in_place(backend: str, tmp_path: Path,
                                                                        request: pytest.FixtureRequest) -> None:
    """Schema 29: a fact's first evidence names its document by the document's number (its
    rowid), not by its id, in place; the listings, a profile and the digest read the words they
    read, after SQLite's VACUUM too, and the first evidence is still the least by text, then by
    document id (not number), then offset: when a document is withdrawn and when one is stored."""
    from veille.kb.digest import top_facts
    from veille.kb.facts import save_facts
    from veille.kb.listing import facts, facts_by_id
    from veille.kb.packed import zip_text
    from veille.kb.withdraw import withdraw
    from veille.models import Document

    text = "Orvane lève 4 millions à Dunkerque. Orvane ouvrira son usine en 2026."
    # f1 says "Orvane" in d1, d2 and d3: the least by id is d1, then d2 (numbered after d3)
    spans = [("f1", "d1", 36, 42), ("f1", "d2", 0, 6), ("f1", "d3", 36, 42), ("f2", "d2", 0, 34)]
    with old_store(backend, tmp_path, request, 28) as (location, run):
        for number, doc_id, name in ((7, "d3", "c"), (3, "d1", "a"), (12, "d2", "b")):
            run("INSERT INTO documents (rowid, id, name, source, lang, text, status, ingested_at)"
                " VALUES (?, ?, ?, ?, 'fr', ?, 'annotated', '2026-01-01')",
                (number, doc_id, name, f"{name}.txt", text if backend == "postgresql" else zip_text(text)))
        for fid, n, (doc_id, start, end) in (("f1", 3, ("d1", 36, 42)), ("f2", 1, ("d2", 0, 34))):
            run("INSERT INTO facts (id, type, args, date, modality, confidence, rule, rule_version, n_sources,"
                " first_ev_doc, first_ev_start, first_ev_end, first_doc, stated)"
                " VALUES (?, 'funding', '{}', '2026-01-01', 'asserted', 0.8, 'x', 1, ?, ?, ?, ?, 'a', '2026-01-01')",
                (fid, n, doc_id, start, end))
        for fid, doc_id, start, end in spans:
            run("INSERT INTO evidence_spans (fact_id, doc, start, end, sentence_start, sentence_end)"
                " SELECT ?, rowid, ?, ?, 0, 69 FROM documents WHERE id = ?", (fid, start, end, doc_id))
    store = open_store(location)
    try:
        assert store.schema_version() >= 29
        first = "SELECT id, first_ev_doc, first_ev_start, first_ev_end FROM facts ORDER BY id"
        assert [tuple(r) for r in store.query(first)] == [("f1", 3, 36, 42), ("f2", 12, 0, 34)]
        if backend == "sqlite":  # a number, not its text
            assert {r[0] for r in store.query("SELECT typeof(first_ev_doc) FROM facts")} == {"integer"}

        def shown() -> list[tuple[str, str | None]]:
            return [(f.id, f.evidence) for f in facts(store, min_confidence=0.0)]

        expected = [("f1", "Orvane"), ("f2", text[0:34])]
        assert shown() == expected
        assert {k: f.evidence for k, f in facts_by_id(store, ["f1", "f2"]).items()} == dict(expected)
        digest = top_facts(store, "2026-01-01", "2026-12-31", [], 0.0)
        assert sorted((f["id"], f["evidence"]) for f in digest) == expected
        if backend == "sqlite":
            store.execute("VACUUM")
            assert [tuple(r) for r in store.query(first)] == [("f1", 3, 36, 42), ("f2", 12, 0, 34)]
            assert shown() == expected
        with store.write():
            withdraw(store, "d1")
        # "Orvane" in d2 at 0 and in d3 at 36: d2 first by id (by number, d3 would be)
        assert [tuple(r) for r in store.query(first)] == [("f1", 12, 0, 6), ("f2", 12, 0, 34)]
        assert shown() == expected
        # a fact stated in two new documents, the second's id the less: its evidence is the first
        said = "Velmora ouvre une usine à Dunkerque."
        for doc_id, name in (("zz", "z"), ("aa", "y")):
            doc = Document(id=doc_id, name=name, source=f"{name}.txt", text=said, lang="fr", status="annotated")
            with store.write():
                store.add_document(doc)
                save_facts(store, doc, [{
                    "type": "target", "args": {"subject": "Velmora", "measure": "usines", "value": 1},
                    "date": "2025-03", "date_precision": "month", "modality": "projected", "confidence": 0.8,
                    "rule": "target.goal", "rule_version": 1, "entities": {},
                    "evidence": {"start": 0, "end": 7, "text": "Velmora", "sentence": said}}], {})
        got = store.query("SELECT d.id, f.n_sources FROM facts f JOIN documents d ON d.rowid = f.first_ev_doc"
                          " WHERE f.type = 'target'")
        assert [tuple(r) for r in got] == [("aa", 2)]
        assert [f.evidence for f in facts(store, min_confidence=0.0, type_="target")] == ["Velmora"]
    finally:
        store.close()


def test_a_document_s_entities_and_mentions_name_it_by_number_in_place(backend: str, tmp_path: Path,
                                                                        request: pytest.FixtureRequest) -> None:
    """Schema 30: a document's entities and its mentions name the document by its number (its
    rowid), not by its id, in place; the exports, a document's marks and facets, a profile, the
    documents naming an entity, the entities named with it (sampled by id, not number) and the
    recount read what they read, after SQLite's VACUUM too; a withdrawn document takes its rows,
    and a document resolved after numbers its rows likewise."""
    from veille.kb.details import document_marks, facets
    from veille.kb.export import entity_rows, entity_table, mention_rows
    from veille.kb.graph import co_mentioned
    from veille.kb.listing import documents
    from veille.kb.packed import zip_text
    from veille.kb.profile import profile
    from veille.kb.resolve import recount, resolve_document
    from veille.kb.withdraw import withdraw
    from veille.models import DocEntity, Document, Mention

    text = "Orvane lève 4 millions à Dunkerque. Orvane ouvrira son usine en 2026."
    ents = [("d1", "orvane", "Orvane", "e1", 0), ("d1", "dunkerque", "Dunkerque", "e2", 1),
            ("d2", "orvane", "Orvane", "e1", 0), ("d3", "orvane", "Orvane", "e1", 0), ("d3", "zorg", "Zorg", "e3", 1)]
    said = [("d1", 0, 0, 6), ("d1", 1, 25, 34), ("d1", 0, 36, 42), ("d2", 0, 36, 42), ("d3", 0, 0, 6),
            ("d3", 1, 25, 34)]
    with old_store(backend, tmp_path, request, 29) as (location, run):
        # numbered neither in the order of their ids nor one after the other (VACUUM would renumber 1, 2, 3)
        for number, doc_id, name, day in ((7, "d3", "c", "2026-01-03"), (3, "d1", "a", "2026-01-01"),
                                          (12, "d2", "b", "2026-01-02")):
            run("INSERT INTO documents (rowid, id, name, source, lang, text, status, published, ingested_at)"
                " VALUES (?, ?, ?, ?, 'fr', ?, 'annotated', ?, '2026-01-01')",
                (number, doc_id, name, f"{name}.txt", text if backend == "postgresql" else zip_text(text), day))
        for eid, name, kind in (("e1", "Orvane", "organization"), ("e2", "Dunkerque", "place"),
                                ("e3", "Zorg", "organization")):
            run("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, ?, '2026')", (eid, name, kind))
        for doc_id, key, name, eid, ref in ents:
            run("INSERT INTO doc_entities (doc_id, key, name, type, aliases, entity_id, reason, ref)"
                " VALUES (?, ?, ?, (SELECT type FROM entities WHERE id = ?), '[]', ?, '', ?)",
                (doc_id, key, name, eid, eid, ref))
        for row in said:
            run("INSERT INTO mentions (doc_id, ref, start, end, text, source) VALUES (?, ?, ?, ?, '', 'ner')", row)
    store = open_store(location)
    try:
        assert store.schema_version() >= 30
        numbers = {"d3": 7, "d1": 3, "d2": 12}
        for table in ("doc_entities", "mentions"):
            assert "doc_id" not in store.columns(table) and "doc" in store.columns(table)
        assert sorted(tuple(r) for r in store.query("SELECT doc, key, entity_id, ref FROM doc_entities")) == sorted(
            (numbers[d], k, e, r) for d, k, _, e, r in ents)
        assert sorted(tuple(r) for r in store.query('SELECT doc, ref, start, "end" FROM mentions')) == sorted(
            (numbers[d], r, s, e) for d, r, s, e in said)
        if backend == "sqlite":  # numbers, not their text
            assert {r[0] for r in store.query("SELECT typeof(doc) FROM doc_entities UNION"
                                              " SELECT typeof(doc) FROM mentions")} == {"integer"}
            with store.write():
                recount(store, ["e1", "e2", "e3"])

        def read() -> list[Any]:
            return [
                [(r["doc_id"], r["start"], r["text"], r["entity_id"]) for r in mention_rows(store)],
                [(r["doc"], r["name"]) for r in entity_rows(store)],
                [(r["id"], r["documents"], r["mentions"], r["first_seen"], r["last_seen"])
                 for r in entity_table(store)],
                [(m.start, m.entity_id) for m in document_marks(store, "d1", 0.0).mentions],
                facets(store, ["d1", "d3"], 0.0).entities,
                [(d.doc, d.mentions) for d in profile(store, "e1").documents],
                [d.id for d in documents(store, entity_id="e1")],
                [(d.id, d.entities) for d in documents(store)],
                co_mentioned(store, "e1", 5, sample=2),  # d1 and d2, the first two by id (by number: d1 and d3)
                co_mentioned(store, "e1", 5),  # all three
            ]

        if backend == "postgresql":
            with store.write():
                recount(store, ["e1", "e2", "e3"])
        expected = [
            [("d1", 0, "Orvane", "e1"), ("d1", 25, "Dunkerque", "e2"), ("d1", 36, "Orvane", "e1"),
             ("d2", 36, "Orvane", "e1"), ("d3", 0, "Orvane", "e1"), ("d3", 25, "Dunkerque", "e3")],
            [("a", "Dunkerque"), ("a", "Orvane"), ("b", "Orvane"), ("c", "Orvane"), ("c", "Zorg")],
            [("e2", 1, 1, "2026-01-01", "2026-01-01"), ("e1", 3, 4, "2026-01-01", "2026-01-03"),
             ("e3", 1, 1, "2026-01-03", "2026-01-03")],
            [(0, "e1"), (25, "e2"), (36, "e1")],
            [("e1", "Orvane", "organization", 2), ("e2", "Dunkerque", "place", 1), ("e3", "Zorg", "organization", 1)],
            [("c", 1), ("b", 1), ("a", 2)],
            ["d3", "d2", "d1"],
            [("d1", 2), ("d2", 1), ("d3", 2)],
            [("e2", 1)],
            [("e2", 1), ("e3", 1)],
        ]
        assert read() == expected
        if backend == "sqlite":
            store.execute("VACUUM")
            assert {r[0]: r[1] for r in store.query("SELECT id, rowid FROM documents")} == numbers
            assert read() == expected
        with store.write():
            withdraw(store, "d1")
        assert not store.query("SELECT 1 FROM doc_entities WHERE doc = 3 UNION SELECT 1 FROM mentions WHERE doc = 3")
        assert [tuple(r) for r in store.query("SELECT id, docs, mentions FROM entities ORDER BY id")] == [
            ("e1", 2, 2), ("e3", 1, 1)]
        with store.write():
            store.add_document(Document(id="d0", name="z", source="z.txt", text=text, lang="fr", status="annotated"))
            resolve_document(store, "d0", [DocEntity("orvane", "Orvane", "organization",
                                                     mentions=[Mention(0, 6, "Orvane", "organization")])])
        number = store.query("SELECT rowid FROM documents WHERE id = 'd0'")[0][0]
        assert sorted(tuple(r) for r in store.query("SELECT doc, key, ref FROM doc_entities WHERE key = 'orvane'")
                      ) == sorted([(7, "orvane", 0), (12, "orvane", 0), (number, "orvane", 0)])
        assert [(r["doc_id"], r["start"]) for r in mention_rows(store)][-1] == ("d0", 0)
        assert [tuple(r) for r in store.query("SELECT e.docs, e.mentions FROM entities e JOIN doc_entities de"
                                              " ON de.entity_id = e.id WHERE de.doc = ?", (number,))] == [(1, 1)]
    finally:
        store.close()
