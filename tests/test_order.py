"""The knowledge base does not depend on the order documents arrive in: stores built from the
same files in different orders hold the same facts (each shown as its best statement, not
its first), entities, names and reasons, and export the same lines."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

import pytest
from conftest import dedent
from generated import article

from veille.api import KnowledgeBase

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
