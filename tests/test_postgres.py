"""The PostgreSQL store: SQLite's SQL said in PostgreSQL's dialect, search expressions as tsquery,
two ingests racing on the same new entity, `veille migrate`, `veille copy` both ways losing
nothing, and the same knowledge base as SQLite's from the same documents, whatever order of rows
a query leaves to each store's plan. (The rest of the suite runs on both stores through the
fixtures of conftest.py.)"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from conftest import ARTICLES, PG_OFF, Cli, assert_counts_exact, dedent, new_pg_database, table_counts, write_articles

from veille.kb.dialect import postgres
from veille.kb.search_pg import tsquery, tsvector
from veille.kb.store import open_store

SRC = str(Path(__file__).resolve().parent.parent / "src")


# --- the dialect (no server) ----------------------------------------------------------------

@pytest.mark.parametrize(("sqlite", "pg"), [
    ("SELECT id, start, end FROM mentions WHERE doc_id = ?", 'SELECT id, start, "end" FROM mentions WHERE doc_id = %s'),
    ("SELECT CASE WHEN a THEN 1 END, m.end FROM t", "SELECT CASE WHEN a THEN 1 END, m.end FROM t"),
    ("INSERT OR IGNORE INTO entities (id, name) VALUES (?, ?)",
     "INSERT INTO entities (id, name) VALUES (%s, %s) ON CONFLICT DO NOTHING"),
    ("INSERT OR IGNORE INTO alert_matches (rule) VALUES (?) RETURNING id",
     "INSERT INTO alert_matches (rule) VALUES (%s) ON CONFLICT DO NOTHING RETURNING id"),
    ("INSERT OR REPLACE INTO failures VALUES (?, ?, ?, ?)",
     "INSERT INTO failures VALUES (%s, %s, %s, %s) ON CONFLICT (source) DO UPDATE SET code = excluded.code,"
     " error = excluded.error, at = excluded.at"),
    ("SELECT 1 FROM t WHERE source LIKE 'http://%' AND x = ?",
     "SELECT 1 FROM t WHERE source ILIKE 'http://%%' AND x = %s"),
    ("SELECT 1 FROM facts f INDEXED BY facts_order WHERE +f.type = ?", "SELECT 1 FROM facts f WHERE f.type = %s"),
    ("SELECT value FROM json_each(?) j CROSS JOIN t ON t.id = j.value",
     "SELECT value FROM veille_json_each(%s) j JOIN t ON t.id = j.value"),
    ("SELECT ?1, ?2, ?1", "SELECT %(p1)s, %(p2)s, %(p1)s"),
    ("SELECT * FROM t LIMIT ? OFFSET ?", "SELECT * FROM t LIMIT nullif(%s, -1) OFFSET %s"),
])
def test_sqlite_statements_in_postgresql_dialect(sqlite: str, pg: str) -> None:
    assert postgres(sqlite, "seq") == pg


@pytest.mark.parametrize(("fts", "query"), [
    ('"zhipu"', "'zhipu'"),
    ('"levee de fond"', "('levee' <-> 'de' <-> 'fond')"),
    ('"cyber" *', "'cyber':*"),
    ('("a" OR "b c") AND "d" NOT "e"', "(('a' | ('b' <-> 'c')) & 'd' & !'e')"),
    ('{title lead body} : ("robot" *)', "'robot':*ABC"),
    ("facts : ftfunding", "'ftfunding':D"),
    ("(\"a\") AND facts : ftfunding", "('a' & 'ftfunding':D)"),
])
def test_search_expressions_as_tsquery(fts: str, query: str) -> None:
    assert tsquery(fts) == query


def test_a_tsvector_keeps_positions_and_weights() -> None:
    assert tsvector([(["robot"], "A"), (["robot", "usin"], "C")]) == "'robot':1A,2C 'usin':3C"
    long = "a" * 3000  # longer than a lexeme may be: kept as its digest, the same in queries
    assert "'#" in tsvector([([long], "C")]) and tsquery(f'"{long}"').startswith("'#")


# --- a server -----------------------------------------------------------------------------

def test_migrate_says_what_it_applied(cli: Cli, pg_cluster: Any, tmp_path: Path) -> None:
    uri = pg_cluster.create("migrate_me")
    result = cli("migrate", "--db", uri)
    assert result.exit_code == 0, result.output
    from importlib import resources

    latest = max(int(p.name[:3]) for p in (resources.files("veille.kb") / "migrations" / "postgresql").iterdir()
                 if p.name.endswith(".sql"))
    assert f"schema version {latest} (applied 001_init, 002_search" in " ".join(result.stdout.split())
    assert "nothing to apply" in cli("migrate", "--db", uri).stdout
    result = cli("migrate", "--db", tmp_path / "kb.db")  # SQLite's the same way, but a missing file is refused
    assert result.exit_code == 1 and "V202" in result.stderr


def test_a_database_of_other_tables_is_left_alone(pg_cluster: Any) -> None:
    import psycopg

    from veille.errors import StoreError

    uri = pg_cluster.create("foreign")
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute("CREATE TABLE invoices (id int)")
    with pytest.raises(StoreError, match="not a Veille store .*invoices"):
        open_store(uri)


def test_evidence_kept_as_text_before_schema_9_reads_the_same_as_offsets(pg_cluster: Any) -> None:
    """A store of schema 8 kept each evidence's words and sentence as text; migrated, it keeps
    offsets into the document's text, and the view `evidence` reads the same words and sentence
    (a sentence written twice in the text is found around its own words)."""
    from importlib import resources

    import psycopg

    uri = pg_cluster.create("schema_8")
    folder = resources.files("veille.kb") / "migrations" / "postgresql"
    text = "Orvane lève 4 millions. Orvane lève 4 millions. Fin."
    with psycopg.connect(uri, autocommit=True) as conn:
        conn.execute("CREATE TABLE schema_version (version BIGINT PRIMARY KEY, at TEXT)")
        for path in sorted((p for p in folder.iterdir() if p.name.endswith(".sql")), key=lambda p: p.name):
            number = int(path.name.split("_", 1)[0])
            if number <= 8:
                conn.execute(path.read_text(encoding="utf-8"))
                conn.execute("INSERT INTO schema_version VALUES (%s, '2026-01-01')", (number,))
        conn.execute("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                     " VALUES ('d1', 'a', 'a.txt', 'fr', %s, 'annotated', '2026-01-01')", (text,))
        conn.execute("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version)"
                     " VALUES ('f1', 'funding', '{}', 'asserted', 0.8, 'x', 1)")
        rows = [("f1", "d1", 36, 46, "4 millions", "Orvane lève 4 millions."),  # the second sentence
                ("f1", "d1", 0, 6, "Orvane", ""),  # no sentence kept: the words stand for it
                ("f1", "d1", 48, 51, "Fin", "Fin.")]
        for row in rows:
            conn.execute('INSERT INTO evidence (fact_id, doc_id, start, "end", text, sentence)'
                         " VALUES (%s, %s, %s, %s, %s, %s)", row)
    store = open_store(uri)
    assert store.migrate() >= 9
    got = [tuple(r) for r in store.query('SELECT fact_id, doc_id, start, "end", text, sentence FROM evidence'
                                         " ORDER BY start")]
    assert got == [("f1", "d1", 0, 6, "Orvane", "Orvane"),
                   ("f1", "d1", 36, 46, "4 millions", "Orvane lève 4 millions."), ("f1", "d1", 48, 51, "Fin", "Fin.")]
    assert [tuple(r) for r in store.query("SELECT sentence_start, sentence_end FROM evidence_spans ORDER BY start")] \
        == [(0, 6), (24, 47), (48, 52)]


def _exports(cli: Cli, db: Any) -> dict[str, list[str]]:
    out = {}
    for what in ("entities", "mentions", "facts", "graph"):
        result = cli("export", what, "--format", "jsonl", "--db", db)
        assert result.exit_code == 0, result.output
        out[what] = result.stdout.splitlines()
    out["ask"] = cli("ask", "Qui a présenté un robot humanoïde ?", "--json", "--db", db).stdout.splitlines()
    # what a search finds and cites (its scores are each store's: bm25 on SQLite, ts_rank_cd on PostgreSQL)
    hits = [json.loads(line) for line in cli("search", "Zhipu", "--json", "--db", db).stdout.splitlines()]
    out["search"] = sorted(json.dumps({k: v for k, v in hit.items() if k != "score"}, sort_keys=True) for hit in hits)
    return out


@pytest.mark.slow
def test_copy_to_postgresql_and_back_loses_nothing(cli: Cli, pg_cluster: Any, tmp_path: Path) -> None:
    folder = write_articles(tmp_path / "articles")
    first, back = tmp_path / "first.db", tmp_path / "back.db"
    assert cli("ingest", "--db", first, "-q", folder).exit_code == 0
    assert cli("entities", "merge", "Zhora Robotics", "Talvix Robotics", "--db", first).exit_code == 0  # a decision
    pg = new_pg_database(pg_cluster)
    result = cli("copy", first, pg)
    assert result.exit_code == 0, result.output
    assert "copied 7 documents" in result.stdout
    result = cli("copy", pg, back, "-q")
    assert result.exit_code == 0, result.output
    expected = _exports(cli, first)
    assert expected["entities"] and expected["facts"] and expected["search"] and expected["ask"]
    for db in (pg, back):
        exported = _exports(cli, db)
        for what, lines in expected.items():
            assert exported[what] == lines, (db, what)
    kept = {t: n for t, n in table_counts(first).items() if not t.startswith("search_") and t != "schema_version"}
    assert {t: n for t, n in table_counts(pg).items() if t in kept} == kept
    assert {t: n for t, n in table_counts(back).items() if t in kept} == kept
    assert_counts_exact(pg)
    assert_counts_exact(back)
    # a copy goes into an empty store only
    result = cli("copy", first, pg)
    assert result.exit_code == 1 and "[V206]" in result.stderr


RACING = {  # the same new names in every article: each ingest wants to create them
    f"quorvane_{n}.txt": f"""
        Quorvane Systems et Belmarsh Dynamics, épisode {n}

        La société Quorvane Systems a signé un accord avec Belmarsh Dynamics à Lyon, selon
        Mireille Aubrac, directrice de Quorvane Systems. Le contrat numéro {n} porte sur des robots.
        """ for n in range(6)}


@pytest.mark.slow
def test_two_ingests_creating_the_same_entities_at_once(pg_cluster: Any, tmp_path: Path) -> None:
    """Two processes ingesting articles that name the same new entities, at the same time: one
    entity each, every document counted, nothing lost."""
    uri = new_pg_database(pg_cluster)
    names = sorted(RACING)
    halves = [write_articles(tmp_path / "a", {n: RACING[n] for n in names[::2]}),
              write_articles(tmp_path / "b", {n: RACING[n] for n in names[1::2]})]
    env = {**os.environ, "PYTHONPATH": SRC + os.pathsep + os.environ.get("PYTHONPATH", "")}
    env.pop("VEILLE_GAZETTEER", None)
    procs = [subprocess.Popen([sys.executable, "-m", "veille", "ingest", "--db", uri, "-q", str(folder)],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for folder in halves]
    for p in procs:
        out, errors = p.communicate(timeout=300)
        assert p.returncode == 0, errors
        assert "3 added" in out, out
    store = open_store(uri)
    try:
        for name in ("Quorvane Systems", "Belmarsh Dynamics"):
            rows = store.query("SELECT e.id, e.docs FROM entities e JOIN aliases a ON a.entity_id = e.id"
                               " WHERE a.norm = ?", (name.lower(),))
            assert len(rows) == 1, (name, rows)
            assert rows[0]["docs"] == len(RACING)
        assert store.query("SELECT count(*) FROM documents")[0][0] == len(RACING)
    finally:
        store.close()
    assert_counts_exact(uri)


def test_the_search_index_is_built_by_both_stores_alike(cli: Cli, pg_cluster: Any, tmp_path: Path) -> None:
    """The same documents give the same term counts in both stores (the idf of questions)."""
    from veille.kb.frequency import term_frequencies
    from veille.kb.search import ensure_index, terms

    text = dedent(ARTICLES["zhipu_modele.txt"])
    stores = [open_store(tmp_path / "kb.db"), open_store(new_pg_database(pg_cluster))]
    from veille.models import Document, content_id

    for store in stores:
        with store.write():
            store.add_document(Document(id=content_id(text), name="z", source="z.txt", text=text, lang="fr",
                                        title=text.splitlines()[0], status="annotated"))
        ensure_index(store)
    words = terms(text, "fr")
    for level in ("doc", "sent"):
        assert term_frequencies(stores[0], words, level) == term_frequencies(stores[1], words, level)
    for store in stores:
        store.close()


@pytest.mark.slow
def test_the_benchmarks_make_the_same_knowledge_base_in_both_stores(
        cli: Cli, tmp_path: Path, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch) -> None:
    """benchmarks/store_size.py builds the same store in both backends: the test articles
    ingested as bases, then variants of them written with the bases' annotations as each store
    reads them back (search_latency.py). A variant draws its names entity by entity: each base's
    entities (and facts) must be read in the same order from either store, or the variants,
    hence the knowledge bases, differ."""
    if PG_OFF:
        pytest.skip("PostgreSQL tests turned off (VEILLE_TEST_PG=off)")
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent.parent / "benchmarks"))
    from search_latency import load_annotations, store_variants
    folder = write_articles(tmp_path / "articles")
    exports = []
    for db in (tmp_path / "kb.db", new_pg_database(request.getfixturevalue("pg_cluster"))):
        assert cli("ingest", "--db", db, "-q", folder).exit_code == 0
        store = open_store(db)
        try:
            store_variants(store, load_annotations(store), 40, seed=29)
        finally:
            store.close()
        exports.append({what: lines for what, lines in _exports(cli, db).items() if what not in ("ask", "search")})
    assert len({json.loads(line)["doc"] for line in exports[0]["entities"]}) == len(ARTICLES) + 40
    for what, lines in exports[0].items():
        assert exports[1][what] == lines, what


def _funding(store: Any, n: int, recipient: str, aliases: tuple[str, ...] = ()) -> None:
    """A document saying Brindle Capital funded `recipient` (`aliases`: its other names there),
    resolved and its fact stored as an ingest does."""
    from veille.kb.facts import save_facts
    from veille.kb.resolve import resolve_document
    from veille.models import DocEntity, Document, Mention, content_id

    text = f"Brindle Capital a investi {n} millions d'euros dans {recipient}."
    at = text.index(recipient)
    found = [DocEntity(key="b", name="Brindle Capital", type="organization", aliases=[],
                       mentions=[Mention(0, 15, "Brindle Capital", "organization")]),
             DocEntity(key="r", name=recipient, type="organization", aliases=list(aliases),
                       mentions=[Mention(at, at + len(recipient), recipient, "organization")])]
    fact = {"type": "funding", "args": {"subject": "Brindle Capital", "recipient": recipient,
                                        "amount": {"value": n * 1e6, "currency": "EUR"}},
            "date": f"2025-{n:02d}", "date_precision": "month", "modality": "asserted", "confidence": 0.5 + n % 4 / 10,
            "rule": "test", "rule_version": 1, "entities": {"subject": "b", "recipient": "r"},
            "evidence": {"start": 0, "end": len(text), "text": text, "sentence": text}}
    doc = Document(id=content_id(text), name=f"f{n}", source=f"f{n}.txt", text=text, lang="fr",
                   status="annotated")
    with store.write():
        store.add_document(doc)
        save_facts(store, doc, [fact], resolve_document(store, doc.id, found))


def test_a_join_of_entities_keeps_their_graph_edges_alike_in_both_stores(tmp_path: Path,
                                                                        request: pytest.FixtureRequest) -> None:
    """A document naming two stored entities as one joins them, and the graph's pairs of both
    are counted again: each pair lists its facts in the same order in either store (the query
    reading them back leaves their order to each store's plan)."""
    if PG_OFF:
        pytest.skip("PostgreSQL tests turned off (VEILLE_TEST_PG=off)")
    pairs = []
    for db in (tmp_path / "kb.db", new_pg_database(request.getfixturevalue("pg_cluster"))):
        store = open_store(db)
        try:
            for n in range(1, 9):
                _funding(store, n, "Velmora" if n % 2 else "Velmora Robotics")
            assert store.query("SELECT count(*) FROM entities")[0][0] == 3
            _funding(store, 9, "Velmora Robotics", ("Velmora",))  # the two are one
            assert store.query("SELECT count(*) FROM entities")[0][0] == 2
            pairs.append([tuple(r) for r in store.query(
                "SELECT kind, source, target, n, ids FROM graph_pairs ORDER BY kind, source, target")])
        finally:
            store.close()
        assert_counts_exact(db)
    assert [n for *_, n, _ in pairs[0]] == [9]
    assert pairs[1] == pairs[0]
