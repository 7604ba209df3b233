"""The knowledge base does not depend on the order documents arrive in: stores built from the
same files in different orders hold the same facts (each shown as its best statement, not
its first), entities, names and reasons, and export the same lines."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from conftest import dedent, new_pg_database
from generated import article

from veille.api import KnowledgeBase
from veille.kb.facts import save_facts
from veille.kb.resolve import resolve_document
from veille.kb.store import open_store
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
             " date_start, date_end, n_sources, first_evidence, first_doc, stated, n_conflicts FROM facts ORDER BY id",
    "entities": "SELECT id, name, type, kind, gazetteer_id, docs, mentions FROM entities ORDER BY id",
    "aliases": "SELECT entity_id, alias, norm, reason, doc_id FROM aliases ORDER BY entity_id, norm",
    "doc_entities": "SELECT doc_id, key, name, type, aliases, entity_id, reason FROM doc_entities ORDER BY doc_id, key",
    "fact_entities": "SELECT * FROM fact_entities ORDER BY fact_id, role, entity_id",
    "evidence": "SELECT * FROM evidence ORDER BY fact_id, doc_id, start, end",
    "mentions": "SELECT * FROM mentions ORDER BY doc_id, start, end",
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


# --- a document's annotations taken out ---------------------------------------------------------

KB_TABLES = {**QUERIES, "evidence": "SELECT fact_id, doc_id, start, end, sentence_start, sentence_end, statement"
                                    " FROM evidence_spans ORDER BY fact_id, doc_id, start, end",
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
