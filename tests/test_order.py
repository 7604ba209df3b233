"""The knowledge base does not depend on the order documents arrive in: stores built from the
same files in different orders hold the same facts (each shown as its best statement, not
its first), entities, names and reasons, and export the same lines."""

from __future__ import annotations

import itertools
import random
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from conftest import dedent, new_pg_database
from generated import article

from veille.api import KnowledgeBase
from veille.ingest import dedup
from veille.kb.facts import save_facts
from veille.kb.resolve import resolve_document
from veille.kb.store import add_functions, open_store, reason
from veille.kb.withdraw import withdraw
from veille.models import DocEntity, Document, Mention, content_id

# One funding stated four times, with a day, a month, no date and in English.
ARTICLES = {
    "a-jour.txt": """
        Velmora lève 40 millions d'euros

        La start-up lyonnaise Velmora a levé 40 millions d'euros auprès de Brindle Capital le
        12 mars 2025, a annoncé sa directrice générale Claire Dumont.
        """,
    "b-mois.txt": """
        Robotique : Velmora finance ses robots

        Velmora a levé 40 millions d'euros auprès de Brindle Capital en mars 2025, selon
        plusieurs investisseurs. La société vise 500 robots livrés d'ici 2027.
        """,
    "c-sans-date.txt": """
        Les robots de Velmora

        Velmora, qui a levé 40 millions d'euros auprès de Brindle Capital, ouvre un atelier à
        Lyon. La société emploie déjà 120 personnes.
        """,
    "d-en.txt": """
        Velmora opens a plant in Ohio

        Velmora said on Monday, March 17, 2025, that it raised 40 million euros from Brindle
        Capital and would open a robotics plant in Ohio next year.
        """,
}

QUERIES = {
    "facts": "SELECT id, type, args, date, date_precision, modality, confidence, rule, rule_version, conflict_key,"
             " date_start, date_end, n_sources, first_ev_start, first_ev_end, first_doc, stated, n_conflicts,"
             " (SELECT d.id FROM documents d WHERE d.rowid = first_ev_doc) AS first_ev_doc FROM facts ORDER BY id",
    "entities": "SELECT id, name, type, kind, gazetteer_id, docs, mentions FROM entities ORDER BY id",
    "aliases": "SELECT entity_id, alias, norm, reason, doc_id FROM aliases ORDER BY entity_id, norm",
    "doc_entities": "SELECT d.id AS doc_id, key, de.name, type, aliases, entity_id, reason FROM doc_entities de"
                    " JOIN documents d ON d.rowid = de.doc ORDER BY d.id, key",
    "fact_entities": "SELECT * FROM fact_entities ORDER BY fact_id, role, entity_id",
    "evidence": "SELECT fact_id, doc_id, start, end, text, sentence FROM evidence ORDER BY fact_id, doc_id, start, end",
    "mentions": "SELECT d.id AS doc_id, m.start, m.end, m.text, m.source, m.ref FROM mentions m"
                "  JOIN documents d ON d.rowid = m.doc ORDER BY d.id, m.start, m.end",
    "documents": "SELECT id, name, source, status, duplicate_of, lang, title, published, text FROM documents"
                 " ORDER BY id",
    "graph_links": "SELECT * FROM graph_links ORDER BY kind, source, target, fact_id",
    "graph_pairs": "SELECT kind, source, target, n, ids FROM graph_pairs ORDER BY kind, source, target",
}


def build(folder: Path, order: list[str], db: Path) -> dict[str, object]:
    with KnowledgeBase(db) as kb:
        report = kb.ingest([folder / name for name in order], timeout=0)
        assert not report.failed
        exports = {"facts": list(kb.export_facts(show_all=True)), "entities": list(kb.export_entities())}
    conn = sqlite3.connect(db)
    add_functions(conn)  # the text is compressed, the view `evidence` reads it through them
    tables = {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}
    conn.close()
    return {"exports": exports, "tables": tables}


@pytest.mark.slow
def test_the_same_files_in_any_order_make_the_same_knowledge_base(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in ARTICLES.items():
        (folder / name).write_text(dedent(text), encoding="utf-8")
    for seed in range(200, 212):
        name, text = article(seed)
        (folder / name).write_text(text, encoding="utf-8")
    names = sorted(p.name for p in folder.iterdir())
    first = build(folder, names, tmp_path / "sorted.db")
    for n, order in enumerate([list(reversed(names)), random.Random(3).sample(names, len(names))]):
        other = build(folder, order, tmp_path / f"order{n}.db")
        for table, rows in first["tables"].items():  # type: ignore[union-attr]
            assert other["tables"][table] == rows, table  # type: ignore[index]
        assert other["exports"] == first["exports"]
    funding = [r for r in first["exports"]["facts"] if r["type"] == "funding"]  # type: ignore[index]
    assert {r["doc"] for r in funding} >= {"a-jour", "b-mois"}
    assert len({(r["date"], str(r["args"])) for r in funding if r["doc"] in ("a-jour", "b-mois")}) == 1


BRIDGE = {  # 'Velmora' and 'Velmora Robotics' are one company for the documents that say both
    **{name: ARTICLES[name] for name in ("a-jour.txt", "b-mois.txt")},
    "c-sans-date.txt": ARTICLES["c-sans-date.txt"].replace("La société emploie", "Velmora Robotics emploie"),
    "d-en.txt": ARTICLES["d-en.txt"].replace("Velmora said", "Velmora Robotics said"),
}


@pytest.mark.slow
def test_a_document_naming_two_entities_as_one_joins_them_whatever_the_order(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in BRIDGE.items():
        (folder / name).write_text(dedent(text), encoding="utf-8")
    counts = []
    for n, order in enumerate([sorted(BRIDGE), sorted(BRIDGE, reverse=True)]):
        with KnowledgeBase(tmp_path / f"{n}.db") as kb:
            kb.ingest([folder / name for name in order], timeout=0)
            counts.append(sorted((e.name, e.documents) for e in kb.entities(search="velmora")))
    assert counts[0] == counts[1]


# --- names and reasons ----------------------------------------------------------------------------


@pytest.fixture
def new_store(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Callable[[], Any]:
    """Where a new store of the test's backend goes, each time it is called."""
    made = itertools.count()

    def location() -> Any:
        if backend == "sqlite":
            return tmp_path / f"{next(made)}.db"
        return new_pg_database(request.getfixturevalue("pg_cluster"))
    return location


def test_a_name_given_again_keeps_the_first_document_s_reason_whatever_the_order(
        new_store: Callable[[], Any]) -> None:
    """Two documents give an entity the name 'AIS' for two reasons: the name keeps the reason
    of the first document in sort order (it kept the first to come's). A reason of the
    gazetteer's comes first, and of those, the first document's spelling."""
    given = [("AIS", "in-document pattern: parenthesis", "doc-b"), ("AIS", "normalised name", "doc-a"),
             ("Ais", "gazetteer", "doc-d"), ("AIs", "gazetteer", "doc-c")]
    expected = [("AIS", "normalised name", "doc-a")], [("AIs", "gazetteer", "doc-c")]
    for order in ([given[0], given[1]], [given[1], given[0]], given, given[::-1], [given[1], given[3], given[0],
                                                                                   given[2]]):
        store = open_store(new_store())
        try:
            with store.write():
                store.execute("INSERT INTO entities (id, name, type, created_at) VALUES ('e', 'AIS', 'organization',"
                              " '2025-01-01')")
                for alias, reason, doc in order:
                    store.add_alias("e", alias, reason, doc)
            rows = [tuple(r) for r in store.query("SELECT alias, reason, doc_id FROM aliases")]
            assert rows == expected[len(order) > 2], order
        finally:
            store.close()


JOINED = {  # text, entities: each document's entities all name one company
    "a08": ("AIS ouvre un centre de données.", [("e1", "AIS", ())]),
    "a10": ("Advanced Info Service (AIS) investit à Bangkok.", [("e1", "Advanced Info Service", ("AIS",))]),
    "m1": ("Le ministère Alpha Beta (AB), ou Beta, finance 20 start-up.", [("e1", "Alpha Beta", ("AB", "Beta"))]),
    "m2": ("Beta, c'est-à-dire Alpha Beta, ouvre un appel.", [("e1", "Beta", ()), ("e2", "Alpha Beta", ())]),
}


@pytest.mark.parametrize("names", [("a08", "a10"), ("m1", "m2")])
def test_a_document_is_tied_to_an_entity_by_the_first_of_its_names_another_gives(
        new_store: Callable[[], Any], names: tuple[str, str]) -> None:
    """'AIS' alone, then 'Advanced Info Service (AIS)': both are tied to the entity by the name
    they share, 'AIS', whichever came first (the first said its own name, or 'new entity'). 'Alpha
    Beta (AB), or Beta', then a document naming 'Beta' and 'Alpha Beta' apart: the first is tied by
    'Alpha Beta', the first of its names the other gives (it said 'Beta', the first it met)."""
    reasons = []
    for order in (names, names[::-1]):
        store = open_store(new_store())
        try:
            for name in order:
                text, found = JOINED[name]
                doc = Document(id=name, name=name, source=f"{name}.txt", text=text, lang="fr", status="annotated")
                with store.write():
                    store.add_document(doc, None)
                    resolve_document(store, doc.id, [_entity(text, key, entity, "organization", aliases)
                                                     for key, entity, aliases in found])
            told = f"SELECT d.id, key, {reason('de')} FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
            reasons.append(sorted(tuple(r) for r in store.query(told)))
            assert store.query("SELECT count(*) FROM entities")[0][0] == 1
        finally:
            store.close()
    assert reasons[0] == reasons[1]
    assert reasons[0] == {"a08": [("a08", "e1", "normalised name: AIS"), ("a10", "e1", "normalised name: AIS")],
                          "m1": [("m1", "e1", "normalised name: Alpha Beta"), ("m2", "e1", "normalised name: Beta"),
                                 ("m2", "e2", "normalised name: Alpha Beta")]}[names[0]]


# --- a document's annotations taken out ---------------------------------------------------------

KB_TABLES = {**QUERIES, "evidence": "SELECT e.fact_id, d.id, e.start, e.end, e.sentence_start, e.sentence_end,"
                                    " e.statement FROM evidence_spans e JOIN documents d ON d.rowid = e.doc"
                                    " ORDER BY e.fact_id, d.id, e.start, e.end",
             "documents": "SELECT id, name, status, duplicate_of, note FROM documents ORDER BY id"}


def _mention(text: str, name: str, kind: str) -> dict[str, Any]:
    start = text.index(name)
    return {"start": start, "end": start + len(name), "text": name, "label": kind}


def _entity(text: str, key: str, name: str, kind: str, aliases: tuple[str, ...] = ()) -> DocEntity:
    return DocEntity(key, name, kind, list(aliases), [Mention(**_mention(text, n, kind)) for n in (name, *aliases)])


def _funding(text: str, date: str, precision: str, confidence: float) -> dict[str, Any]:
    words = "40 millions d'euros"
    start = text.index(words)
    return {"type": "funding", "args": {"subject": "Brindle Capital", "recipient": "Velmora",
                                        "amount": {"value": 4e7, "currency": "EUR"}},
            "date": date, "date_precision": precision, "modality": "asserted", "confidence": confidence,
            "rule": "funding.raise.v1", "entities": {"subject": "e2", "recipient": "e1"},
            "evidence": {"start": start, "end": start + len(words), "text": words, "sentence": text}}


AGENCY_TEXT = "Velmora a levé 40 millions d'euros auprès de Brindle Capital en mars 2025."
COPY_TEXT = ("Velmora Robotics (Velmora) a levé 40 millions d'euros auprès de Brindle Capital le 11 mars 2025."
             " Paul Ferrand dirige Korvex Systems.")
ANNOTATIONS = {  # text, entities, facts: the copy names Velmora more fully, states the funding to the
    "agency": (AGENCY_TEXT, [_entity(AGENCY_TEXT, "e1", "Velmora", "organization"),  # day, and names more
                             _entity(AGENCY_TEXT, "e2", "Brindle Capital", "organization")],
               [_funding(AGENCY_TEXT, "2025-03", "month", 0.7)]),
    "copy": (COPY_TEXT, [_entity(COPY_TEXT, "e1", "Velmora Robotics", "organization", ("Velmora",)),
                         _entity(COPY_TEXT, "e2", "Brindle Capital", "organization"),
                         _entity(COPY_TEXT, "e3", "Korvex Systems", "organization"),
                         _entity(COPY_TEXT, "e4", "Paul Ferrand", "person")],
             [_funding(COPY_TEXT, "2025-03-11", "day", 0.8),
              {"type": "role", "args": {"person": "Paul Ferrand", "title": "dirigeant", "org": "Korvex Systems"},
               "date": "2025-03-11", "date_precision": "day", "modality": "asserted", "confidence": 0.8,
               "rule": "role.title.v1", "entities": {"person": "e4", "org": "e3"},
               "evidence": {"start": COPY_TEXT.index("Paul"), "end": len(COPY_TEXT), "text": "Paul Ferrand dirige",
                            "sentence": "Paul Ferrand dirige Korvex Systems."}}]),
}


def _annotate(store: Any, name: str) -> str:
    text, entities, facts = ANNOTATIONS[name]
    doc = Document(id=content_id(text), name=name, source=f"{name}.txt", text=text, lang="fr",
                   published="2025-03-12", status="annotated")
    with store.write():
        store.add_document(doc, None)
        save_facts(store, doc, facts, resolve_document(store, doc.id, entities))
    return doc.id


def test_a_withdrawn_document_leaves_the_knowledge_base_as_if_it_had_never_been_annotated(
        backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> None:
    """The copy renamed Velmora 'Velmora Robotics', stated the funding to the day (the fact's
    best statement) and alone named Korvex Systems and Paul Ferrand; taken out, whether it came
    first or second, the knowledge base is the agency's alone: names, counts, the fact as the
    agency states it, its links and edges."""
    def location(n: int) -> Any:
        if backend == "sqlite":
            return tmp_path / f"{n}.db"
        return new_pg_database(request.getfixturevalue("pg_cluster"))

    tables = []
    for n, names in enumerate([["agency"], ["agency", "copy"], ["copy", "agency"]]):
        store = open_store(location(n))
        try:
            ids = {name: _annotate(store, name) for name in names}
            if "copy" in ids:
                assert [r[0] for r in store.query("SELECT name FROM entities WHERE name LIKE 'Velmora%'")] \
                    == ["Velmora Robotics"]
                with store.write():
                    withdraw(store, ids["copy"])
            tables.append({t: [tuple(r) for r in store.query(sql)] for t, sql in KB_TABLES.items()
                           if t != "documents"})
        finally:
            store.close()
    assert sorted(r[1] for r in tables[0]["entities"]) == ["Brindle Capital", "Velmora"]
    assert [(r[3], r[12]) for r in tables[0]["facts"]] == [("2025-03", 1)]
    assert tables[1] == tables[0]
    assert tables[2] == tables[0]


# --- near duplicates: the original is a function of the documents ------------------------------


def signature(values: list[int]) -> Any:
    return dedup.from_bytes(np.asarray(values, dtype=np.uint64).tobytes())


def test_of_equally_similar_originals_a_near_duplicate_takes_the_first_published() -> None:
    """X is as similar to O1 as to O2 (0.75), O1 and O2 not to each other (0.5): X is the near
    duplicate of the one published first, whatever the order they were indexed in (the old
    rule took the first the LSH index listed, an order that changed between processes)."""
    shared, o1, o2 = list(range(1, 65)), list(range(100, 132)), list(range(200, 232))
    x = shared + o1 + o2  # 64 values shared by all three, 32 with O1 only, 32 with O2 only
    docs = {"o1": signature(shared + o1 + list(range(300, 332))), "o2": signature(shared + list(range(400, 432)) + o2),
            "x": signature(x)}
    assert docs["x"].jaccard(docs["o1"]) == docs["x"].jaccard(docs["o2"]) == 0.75
    assert docs["o1"].jaccard(docs["o2"]) == 0.5
    for dates in ({"o1": "2025-03-01", "o2": "2025-03-02"}, {"o1": "2025-03-02", "o2": "2025-03"}):
        first = min(dates, key=lambda d: dedup.precedence(dates[d], d))
        for order in itertools.permutations(docs):
            index = dedup.NearDuplicates()
            for doc_id in order:
                index.add(doc_id, docs[doc_id], {**dates, "x": "2025-04-01"}[doc_id])
                index.originals(doc_id)  # asked as they come: the links it keeps follow
            assert index.originals("o2") == {"o1": None, "o2": None, "x": (first, 0.75)}, (dates, order)
            index.remove(first)  # failed: nobody's original
            other = ({"o1", "o2"} - {first}).pop()
            assert index.originals("x") == {other: None, "x": (other, 0.75)}


def test_a_group_s_roles_follow_publication_dates_then_ids_in_any_order() -> None:
    """A chain: A ~ B ~ C, A not ~ C. Published A, B, C: A is the original, B its near
    duplicate, C an original (its only near duplicate before it is not one). An undated
    document ranks after the dated ones, a month counts from its first day, and equal dates
    rank by id."""
    a = list(range(0, 128))
    b = a[:100] + list(range(500, 528))  # a's first 100 values
    c = list(range(700, 728)) + b[28:]  # b's last 100
    docs = {"a": signature(a), "b": signature(b), "c": signature(c)}
    assert docs["a"].jaccard(docs["b"]) >= dedup.THRESHOLD and docs["b"].jaccard(docs["c"]) >= dedup.THRESHOLD
    assert docs["a"].jaccard(docs["c"]) < dedup.THRESHOLD
    cases = [({"a": "2025-01-05", "b": "2025-01-06", "c": "2025-01-07"}, {"a": None, "b": "a", "c": None}),
             ({"a": None, "b": "2025-01-06", "c": "2025-01-07"}, {"b": None, "c": "b", "a": "b"}),
             ({"a": "2025-01-06", "b": "2025-01-06", "c": "2025-01"}, {"c": None, "b": "c", "a": None})]
    for dates, roles in cases:
        for order in itertools.permutations(docs):
            index = dedup.NearDuplicates()
            for doc_id in order:
                index.add(doc_id, docs[doc_id], dates[doc_id])
            plan = index.originals(order[0])
            assert {d: near and near[0] for d, near in plan.items()} == roles, (dates, order)


FILLER = "\n\n".join(article(seed)[1].split("\n\n", 1)[1] for seed in (300, 302))
AGENCY = f"""Velmora lève 40 millions d'euros

Publié le 12 mars 2025

La start-up lyonnaise Velmora a levé 40 millions d'euros auprès de Brindle Capital en mars 2025, a annoncé sa
directrice générale Claire Dumont.

{FILLER}
"""
SYNDICATED = {  # the agency's article taken up two days later, dated to the day and with one more sentence
    "a-agence.txt": AGENCY,
    "b-reprise.txt": AGENCY.replace("Publié le 12 mars 2025", "Publié le 14 mars 2025")
    .replace("en mars 2025, a annoncé", "le 11 mars 2025, a annoncé")
    .replace("Claire Dumont.", "Claire Dumont. Velmora a aussi recruté Paul Ferrand, ancien directeur de"
                               " Korvex Systems."),
    "c-autre.txt": ARTICLES["b-mois.txt"],  # another article stating the same funding
}
def kb_tables(location: Any) -> dict[str, list[tuple[Any, ...]]]:
    store = open_store(location)
    try:
        return {name: [tuple(r) for r in store.query(sql)] for name, sql in KB_TABLES.items()}
    finally:
        store.close()


def velmora_funding(location: Any) -> list[tuple[Any, ...]]:
    return [(r[3], r[12]) for r in kb_tables(location)["facts"] if r[1] == "funding" and "Velmora" in r[2]]


@pytest.mark.slow
def test_an_original_that_comes_after_its_near_duplicate_takes_its_place(tmp_path: Path, backend: str,
                                                                        request: pytest.FixtureRequest) -> None:
    """The syndicated copy is stored first, annotated; its original (published two days before)
    comes in a later ingest: the copy becomes its near duplicate, and its annotations are taken
    out, with what they gave to the facts and entities the other documents share: the knowledge
    base is the one made by ingesting the original first, or all three at once in any order."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in SYNDICATED.items():
        (folder / name).write_text(dedent(text), encoding="utf-8")

    def location(n: int) -> Any:
        if backend == "sqlite":
            return tmp_path / f"{n}.db"
        return new_pg_database(request.getfixturevalue("pg_cluster"))

    orders = [[["a-agence.txt", "b-reprise.txt", "c-autre.txt"]],
              [["b-reprise.txt", "c-autre.txt"], ["a-agence.txt"]],
              [["c-autre.txt", "b-reprise.txt"], ["a-agence.txt"]],
              [["c-autre.txt", "b-reprise.txt", "a-agence.txt"]]]
    built = []
    for n, batches in enumerate(orders):
        where = location(n)
        with KnowledgeBase(where) as kb:
            for i, batch in enumerate(batches):
                kb.ingest([folder / name for name in batch], timeout=0)
                if len(batches) > 1 and i == 0:  # the copy's statement, dated to the day, is the fact's
                    assert velmora_funding(where) == [("2025-03-11", 2)]
                    assert kb.entities(search="Korvex")
            assert not kb.entities(search="Korvex")  # named by the copy alone
        built.append(kb_tables(where))
    documents = {r[1]: r[2:4] for r in built[0]["documents"]}
    assert documents["b-reprise"] == ("duplicate", content_id(dedent(SYNDICATED["a-agence.txt"])))
    assert velmora_funding(where) == [("2025-03", 2)]  # the original's and the other's statements
    for n, tables in enumerate(built[1:], 1):
        for table, rows in built[0].items():
            assert tables[table] == rows, (orders[n], table)


def _body(seed: int) -> str:
    return article(seed)[1].split("\n\n", 1)[1]


BASE = [_body(seed) for seed in range(310, 326, 2)]
CHAIN = {  # three versions of one dispatch: each shares 7 of its 8 paragraphs with the next
    "v1.txt": "Dépêche\n\nPublié le 5 janvier 2025\n\n" + "\n\n".join([_body(330), *BASE[1:]]),
    "v2.txt": "Dépêche\n\nPublié le 6 janvier 2025\n\n" + "\n\n".join(BASE),
    "v3.txt": "Dépêche\n\nPublié le 7 janvier 2025\n\n" + "\n\n".join([*BASE[:-1], _body(332)]),
}


@pytest.mark.slow
def test_a_near_duplicate_becomes_an_original_when_its_own_is_no_longer_one(tmp_path: Path) -> None:
    """v1 ~ v2 ~ v3, v1 not ~ v3. Ingested v2 then v3, v3 is v2's near duplicate; when v1 (the
    first published) comes, v2 becomes its near duplicate and v3, near duplicate of no original
    now, is annotated: as if v1, v2 and v3 had come in that order."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name, text in CHAIN.items():
        (folder / name).write_text(text, encoding="utf-8")
    m = {name: dedup.minhash(text) for name, text in CHAIN.items()}
    assert m["v1.txt"].jaccard(m["v2.txt"]) >= dedup.THRESHOLD <= m["v2.txt"].jaccard(m["v3.txt"])
    assert m["v1.txt"].jaccard(m["v3.txt"]) < dedup.THRESHOLD
    orders = [[["v1.txt", "v2.txt", "v3.txt"]], [["v2.txt", "v3.txt"], ["v1.txt"]],
              [["v3.txt"], ["v2.txt"], ["v1.txt"]], [["v3.txt", "v2.txt", "v1.txt"]]]
    built = []
    for n, batches in enumerate(orders):
        with KnowledgeBase(tmp_path / f"{n}.db") as kb:
            for batch in batches:
                report = kb.ingest([folder / name for name in batch], timeout=0)
                assert not report.failed
            statuses = {d.name: d.status for d in kb.documents()}
        assert statuses == {"v1": "annotated", "v2": "duplicate", "v3": "annotated"}, orders[n]
        built.append(kb_tables(tmp_path / f"{n}.db"))
    for n, tables in enumerate(built[1:], 1):
        for table, rows in built[0].items():
            assert tables[table] == rows, (orders[n], table)
