"""The SQLite store: migrations, WAL, concurrent reads, transactions, bad store files."""

from __future__ import annotations

import sqlite3
from importlib import resources
from pathlib import Path

import pytest
from conftest import Cli, Corpus, assert_counts_exact

from veille.errors import NotFound, StoreError
from veille.kb.store import SQLiteStore, _split_sql, add_functions, first_evidence, open_store, period_end, period_start
from veille.models import Document, content_id


def migration_numbers() -> list[int]:
    folder = resources.files("veille.kb") / "migrations"
    return sorted(int(p.name.split("_", 1)[0]) for p in folder.iterdir()
                  if p.name.endswith(".sql"))


def a_doc(text: str = "Velmora ouvre une usine à Dunkerque.", name: str = "a") -> Document:
    return Document(id=content_id(text), name=name, source=f"{name}.txt", text=text,
                    lang="fr", status="annotated")


def test_migrations_are_applied_once(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    numbers = migration_numbers()
    assert numbers and numbers[0] == 1
    store = SQLiteStore(path)
    rows = store.query("SELECT version FROM schema_version ORDER BY version")
    assert [r[0] for r in rows] == numbers
    assert store.migrate() == numbers[-1]
    store.add_document(a_doc())
    store.close()

    again = SQLiteStore(path)  # reopening applies nothing and loses nothing
    assert [r[0] for r in again.query("SELECT version FROM schema_version")] == numbers
    assert again.migrate() == numbers[-1]
    assert [d.name for d in again.documents()] == ["a"]
    tables = {r[0] for r in again.query("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"documents", "failures", "entities", "aliases", "doc_entities", "mentions",
            "overrides", "facts", "evidence_spans", "fact_entities"} <= tables
    views = {r[0] for r in again.query("SELECT name FROM sqlite_master WHERE type='view'")}
    assert views == {"evidence"}  # the evidence's words and sentence, sliced from the text
    again.close()


def test_wal_mode_and_foreign_keys(tmp_path: Path) -> None:
    store = SQLiteStore(tmp_path / "kb.db")
    assert store.query("PRAGMA journal_mode")[0][0] == "wal"
    assert store.query("PRAGMA foreign_keys")[0][0] == 1
    store.close()
    conn = sqlite3.connect(str(tmp_path / "kb.db"))  # WAL is a property of the file
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    conn.close()


def test_a_reader_is_not_blocked_by_an_open_write(tmp_path: Path) -> None:
    path = tmp_path / "kb.db"
    store = SQLiteStore(path)
    with store.write():
        store.add_document(a_doc("Premier texte stocké.", "first"))
    reader = sqlite3.connect(str(path), timeout=0)  # would raise at once if it had to wait
    try:
        with store.write():
            store.add_document(a_doc("Deuxième texte, pas encore validé.", "second"))
            names = [r[0] for r in reader.execute("SELECT name FROM documents")]
            assert names == ["first"]  # sees the last commit, not the open write
            with pytest.raises(sqlite3.OperationalError, match="locked"):
                reader.execute("BEGIN IMMEDIATE")  # a second writer must wait
        names = sorted(r[0] for r in reader.execute("SELECT name FROM documents"))
        assert names == ["first", "second"]
    finally:
        reader.close()
        store.close()


def test_a_failed_write_is_rolled_back(store: SQLiteStore) -> None:
    with pytest.raises(RuntimeError):
        with store.write():
            store.add_document(a_doc())
            store.record_failure("x.txt", "V100", "[V100] x.txt: empty")
            raise RuntimeError("boom")
    assert store.documents() == []
    assert store.failures() == []
    with store.write():
        with store.write():  # nested: joins the outer transaction
            store.add_document(a_doc())
        assert store.in_transaction
    assert len(store.documents()) == 1


def test_document_round_trip_and_not_found(store: SQLiteStore) -> None:
    doc = a_doc()
    doc.title, doc.url, doc.published = "Titre", "https://example.org/a", "2025-01-02"
    store.add_document(doc, b"\x01\x02")
    assert store.has_document(doc.id)
    assert store.get_document("a") == doc
    assert store.get_document(doc.id) == doc
    assert list(store.signatures()) == [(doc.id, "2025-01-02", b"\x01\x02")]
    with pytest.raises(NotFound, match="no document 'b'"):
        store.get_document("b")


def test_failures_are_kept_once_per_source(store: SQLiteStore) -> None:
    store.record_failure("x.txt", "V100", "[V100] x.txt: empty")
    store.record_failure("x.txt", "V100", "[V100] x.txt: a binary file")
    (row,) = store.failures()
    assert row["error"] == "[V100] x.txt: a binary file"
    store.clear_failure("x.txt")
    assert store.failures() == []


def test_aliases_with_no_letters_are_not_stored(store: SQLiteStore) -> None:
    store.execute("INSERT INTO entities (id, name, type, created_at)"
                  " VALUES ('e1', 'Velmora', 'organization', '2025-01-01T00:00:00Z')")
    store.add_alias("e1", "Velmora", "normalised name")
    store.add_alias("e1", "L'Velmora", "normalised name")  # same key: kept once
    store.add_alias("e1", " - ", "normalised name")
    assert [a["alias"] for a in store.aliases("e1")] == ["Velmora"]
    assert [e["id"] for e in store.entities_by_alias("VELMORA")] == ["e1"]


def test_a_file_that_is_not_sqlite_gives_a_store_error(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_text("These are my notes, not a database.\n" * 100, encoding="utf-8")
    with pytest.raises(StoreError) as info:
        SQLiteStore(path)
    message = str(info.value)
    assert message.startswith("[V200]")
    assert str(path) in message and "not a Veille store" in message
    assert "--db" in message  # says what to do
    assert path.read_text(encoding="utf-8").startswith("These are my notes")  # untouched


def test_a_folder_as_store_gives_a_store_error(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot open|not a Veille store"):
        SQLiteStore(tmp_path)


def test_an_unreachable_postgres_server_is_said_clearly() -> None:
    from veille.errors import StoreUnreachable

    with pytest.raises(StoreUnreachable, match="cannot reach the PostgreSQL store postgresql://v:\\*\\*\\*@"):
        open_store("postgresql://v:secret@127.0.0.1:1/veille")


def test_cli_reports_a_bad_store_on_one_line(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_bytes(b"not a database at all " * 200)
    for args in (["docs"], ["entities"], ["export", "entities"], ["entity", "Velmora"]):
        result = cli(*args, "--db", path)
        assert result.exit_code == 1, args
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1, result.stderr
        assert lines[0].startswith("Error: [V200]") and str(path) in lines[0]
        assert "Traceback" not in result.output


def test_a_fact_period_is_kept_as_its_first_and_last_day(store: SQLiteStore) -> None:
    from veille.export.jsonl import fact_rows
    from veille.kb.facts import iso_date, save_facts

    doc = a_doc()
    store.add_document(doc)
    facts = [{"type": "target", "args": {"subject": "Velmora", "measure": "usines", "value": 3},
              "date": value, "date_precision": precision, "modality": "projected",
              "confidence": 0.8, "rule": "target.goal", "rule_version": 1, "entities": {},
              "evidence": {"start": 0, "end": 7, "text": "Velmora", "sentence": doc.text}}
             for value, precision in (("2025-Q3", "quarter"), ("2025-W10", "week"), ("2025-03-04", "day"),
                                      ("vers 2025", "year"))]
    for n, fact in enumerate(facts):
        fact["args"] = {**fact["args"], "value": n}
    with store.write():
        save_facts(store, doc, facts, {})
    rows = store.query(f"SELECT date, {period_start('f')}, {period_end('f')} FROM facts f ORDER BY date")
    assert [tuple(r) for r in rows] == [("2025-03-04", "2025-03-04", "2025-03-04"),
                                        ("2025-Q3", "2025-07-01", "2025-09-30"),
                                        ("2025-W10", "2025-03-03", "2025-03-09"), ("vers 2025", None, None)]
    # a day is its own first and last day, kept once (schema 27); a date naming no period keeps ''
    rows = store.query("SELECT date, date_start, date_end FROM facts ORDER BY date")
    assert [tuple(r) for r in rows] == [("2025-03-04", None, None), ("2025-Q3", "2025-07-01", "2025-09-30"),
                                        ("2025-W10", "2025-03-03", "2025-03-09"), ("vers 2025", "", "")]
    exported = sorted((r["period"]["value"], r["date"], r["period"]["start"], r["period"]["end"])
                      for r in fact_rows(store))
    assert exported == [("2025-03-04", "2025-03-04", "2025-03-04", "2025-03-04"),
                        ("2025-Q3", "2025", "2025-07-01", "2025-09-30"),  # never a wrong day
                        ("2025-W10", "2025-03", "2025-03-03", "2025-03-09"), ("vers 2025", None, None, None)]
    assert [iso_date(v) for v in ("2025", "2025-10", "2025-10-11", "199", None)] == [
        "2025", "2025-10", "2025-10-11", None, None]


@pytest.mark.parametrize("order", [[0, 1, 2], [2, 1, 0], [1, 0, 2]])
def test_facts_contradicting_each_other_in_one_document_count_each_other_once(store: SQLiteStore,
                                                                             order: list[int]) -> None:
    """Three values of one figure, one stored before and two stated in the next document (in
    any order): each fact counts the two others."""
    from veille.kb.facts import save_facts

    def target(doc: Document, value: int) -> dict[str, object]:
        return {"type": "target", "args": {"subject": "Velmora", "measure": "usines", "value": value},
                "date": "2025-03", "date_precision": "month", "modality": "projected", "confidence": 0.8,
                "rule": "target.goal", "rule_version": 1, "entities": {},
                "evidence": {"start": 0, "end": 7, "text": "Velmora", "sentence": doc.text}}

    first, second = a_doc(), a_doc("Velmora vise 4 ou 5 usines.", "b")
    stated = [target(second, 4), target(second, 5), target(second, 4)]  # 4 said twice
    for doc, facts in ((first, [target(first, 3)]), (second, [stated[n] for n in order])):
        with store.write():
            store.add_document(doc)
            save_facts(store, doc, facts, {})
    rows = store.query("SELECT json_extract(args, '$.value'), n_conflicts FROM facts ORDER BY 1")
    assert [tuple(r) for r in rows] == [(3, 2), (4, 2), (5, 2)]


@pytest.mark.slow
@pytest.mark.sqlite_only  # an old SQLite file
@pytest.mark.parametrize("last", [4, 5])
def test_an_older_store_is_brought_to_the_current_schema(corpus: Corpus, tmp_path: Path, last: int) -> None:
    """A store made before the counts and indexes of schema 5, or before the graph's kept edges
    of schema 6 (the session corpus's rows in tables of that schema), opens, gets them, and
    counts what the ingest itself counted."""
    old = tmp_path / f"v{last}.db"
    conn = sqlite3.connect(str(old))
    add_functions(conn)
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, at TEXT)")
    folder = resources.files("veille.kb") / "migrations"
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name):
        number = int(path.name.split("_", 1)[0])
        if number <= last:
            for statement in _split_sql(path.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, '2026-01-01T00:00:00Z')", (number,))
    conn.execute("ATTACH DATABASE ? AS src", (str(corpus.db),))
    for table in ("documents", "entities", "aliases", "doc_entities", "mentions", "facts", "evidence",
                  "fact_entities", "failures", "overrides", *(["document_sources"] if last >= 5 else [])):
        names = [r[1] for r in conn.execute(f"PRAGMA main.table_info({table})")]
        columns = ", ".join(names)
        # a fact's first evidence was its words before schema 16 (its offsets since); a mention named
        # its entity by key before 26 (by its number since); both named their document by id before
        # 30 (by its number since)
        values = ", ".join(first_evidence(table) if c == "first_evidence"  # the text as it was before 17
                           else "veille_text(text)" if table == "documents" and c == "text"
                           else "(SELECT de.key FROM src.doc_entities de WHERE de.doc = m.doc AND de.ref = m.ref)"
                           if table == "mentions" and c == "key"
                           else "(SELECT d.id FROM src.documents d WHERE d.rowid = m.doc)"
                           if table in ("mentions", "doc_entities") and c == "doc_id" else c for c in names)
        alias = " m" if table in ("mentions", "doc_entities") else ""
        conn.execute(f"INSERT INTO main.{table} ({columns}) SELECT {values} FROM src.{table}{alias}")
    conn.commit()
    conn.execute("DETACH DATABASE src")
    conn.execute("ANALYZE")  # statistics of the old indexes only
    conn.commit()
    conn.close()

    store = SQLiteStore(old)
    assert store.migrate() == max(migration_numbers())  # 5, and those after it
    indexes = {r[0] for r in store.query("SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert {"doc_entities_entity_doc", "entities_rank", "entities_type_rank",
            "documents_day", "facts_stated", "facts_type_stated", "facts_order", "facts_type_order",
            "graph_pairs_weight", "graph_links_dated", "documents_status"} <= indexes
    assert [r[2] for r in store.query("PRAGMA index_info(documents_day)")] == [None, "id"]
    assert not {"doc_entities_entity", "facts_type", "doc_entities_doc_entity"} & indexes  # 13: the key's range
    # gathered again: the planner knows the new indexes, not only the old ones
    assert store.query("SELECT 1 FROM sqlite_stat1 WHERE idx = 'facts_type_order'")
    store.close()
    assert_counts_exact(old)
    assert_counts_exact(corpus.db)  # the ingest's own counts, kept as it went
    ingested = sqlite3.connect(str(corpus.db))
    migrated = sqlite3.connect(str(old))
    add_functions(ingested)  # the view `evidence` reads the compressed text through them
    add_functions(migrated)
    for sql in ("SELECT id, docs, mentions FROM entities ORDER BY id", "SELECT id, stated FROM facts ORDER BY id",
                "SELECT * FROM document_sources ORDER BY label",
                # the evidence kept as text before schema 9 reads the same as offsets
                "SELECT fact_id, doc_id, start, end, text, sentence FROM evidence ORDER BY 1, 2, 3, 4"):
        assert migrated.execute(sql).fetchall() == ingested.execute(sql).fetchall()
    ingested.close()
    migrated.close()


@pytest.mark.sqlite_only  # an old SQLite file
def test_evidence_kept_as_text_before_schema_9_reads_the_same_as_offsets(tmp_path: Path) -> None:
    """Schema 9 keeps each evidence's words and sentence as offsets into the document's text; a
    store of schema 8 is migrated so that the view `evidence` reads what it kept (a sentence
    written twice in the text is found around its own words)."""
    old = tmp_path / "v8.db"
    conn = sqlite3.connect(str(old))
    conn.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, at TEXT)")
    folder = resources.files("veille.kb") / "migrations"
    for path in sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name):
        number = int(path.name.split("_", 1)[0])
        if number <= 8:
            for statement in _split_sql(path.read_text(encoding="utf-8")):
                conn.execute(statement)
            conn.execute("INSERT INTO schema_version VALUES (?, '2026-01-01T00:00:00Z')", (number,))
    text = "Orvane lève 4 millions. Orvane lève 4 millions. Fin."
    conn.execute("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                 " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')", (text,))
    conn.execute("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version)"
                 " VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1)")
    conn.executemany("INSERT INTO evidence VALUES (?, ?, ?, ?, ?, ?)", [
        ("f1", "d1", 36, 46, "4 millions", "Orvane lève 4 millions."),  # in the second sentence
        ("f1", "d1", 0, 6, "Orvane", ""),  # no sentence kept: the words stand for it
        ("f1", "d1", 48, 51, "Fin", "Fin.")])
    conn.commit()
    conn.close()
    store = SQLiteStore(old)
    assert store.migrate() >= 9
    read = "SELECT fact_id, doc_id, start, end, text, sentence FROM evidence ORDER BY start"
    assert [tuple(r) for r in store.query(read)] == [
        ("f1", "d1", 0, 6, "Orvane", "Orvane"), ("f1", "d1", 36, 46, "4 millions", "Orvane lève 4 millions."),
        ("f1", "d1", 48, 51, "Fin", "Fin.")]
    assert [tuple(r) for r in store.query("SELECT sentence_start, sentence_end FROM evidence_spans ORDER BY start")] \
        == [(0, 6), (24, 47), (48, 52)]
    store.close()


def test_an_evidence_s_sentence_is_found_around_its_words() -> None:
    from veille.kb.facts import sentence_span

    text = "Orvane lève 4 millions. Orvane lève 4 millions. Fin."
    assert sentence_span(text, {"start": 36, "end": 46, "sentence": "Orvane lève 4 millions."}) == (24, 47)
    assert sentence_span(text, {"start": 12, "end": 22, "sentence": "Orvane lève 4 millions."}) == (0, 23)
    assert sentence_span(text, {"start": 48, "end": 51, "sentence": ""}) == (48, 51)
    assert sentence_span(text, {"start": 48, "end": 51, "sentence": "Autre chose."}) == (48, 51)


def test_ctrl_c_inside_an_sql_function_is_the_interrupt_not_a_damaged_store() -> None:
    # SQLite reports only that 'a user-defined function raised exception'; a Ctrl-C landing in
    # the text's compression during an ingest was shown as a failed store (exit 1, not 130)
    import sqlite3

    from veille.kb import store as kbstore

    def interrupted(value: object) -> object:
        raise KeyboardInterrupt

    def broken(value: object) -> object:
        raise ValueError("bad")

    conn = sqlite3.connect(":memory:")
    conn.create_function("f", 1, kbstore._interruptible(interrupted))
    conn.create_function("g", 1, kbstore._interruptible(broken))
    with pytest.raises(sqlite3.OperationalError) as e:
        conn.execute("SELECT f(1)")
    with pytest.raises(KeyboardInterrupt):
        kbstore.store_error("kb.db", e.value)
    with pytest.raises(sqlite3.OperationalError) as e:
        conn.execute("SELECT g(1)")
    assert "failed" in str(kbstore.store_error("kb.db", e.value))
