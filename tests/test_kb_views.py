"""What the library API gives the web pages: what is new since a date (latest facts by type,
rising entities, sources), a fact with its statements and conflicts, a document's marks, an
entity's facts with its role in each, search facets, and the entity graph built from facts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import WebStore

from veille.api import KnowledgeBase
from veille.errors import NotFound
from veille.kb.listing import FilterError
from veille.models import ENTITY_TYPES

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def kb(web_store: WebStore) -> Iterator[KnowledgeBase]:
    base = KnowledgeBase(web_store.db)
    yield base
    base.close()


def test_overview_since_a_date(kb: KnowledgeBase) -> None:
    view = kb.overview(since="2025-05")
    assert view.since == "2025-05-01" and view.new_documents >= 5
    assert {"stock_move", "agreement", "funding"} <= set(view.latest)
    assert all(len(facts) <= 5 for facts in view.latest.values())
    assert {s.kind for s in view.sources} >= {"file", "text"}
    with pytest.raises(FilterError):
        kb.overview(since="May")


def test_rising_entities(tmp_path: Path) -> None:
    with KnowledgeBase(tmp_path / "kb.db") as kb:
        for i, day in enumerate(["2025-05-01", "2025-06-10", "2025-06-17", "2025-06-20"]):
            kb.ingest_text(f"Note {i}\n\nLa société Velmora a ouvert un bureau à Lyon, numéro {i}.",
                           published=day, name=f"note{i}")
        trends = kb.overview().rising
    velmora = next(t for t in trends if t.name == "Velmora")
    assert velmora.weeks == [1, 0, 0, 0, 0, 0, 1, 2] and velmora.rise == 2 and velmora.total == 4


def test_graph_edges_follow_the_roles_of_each_fact_type(tmp_path: Path) -> None:
    from veille.kb.graph import graph, recount_pairs
    from veille.kb.store import SQLiteStore

    store = SQLiteStore(tmp_path / "kb.db")
    kinds = {"a": "organization", "b": "organization", "c": "person", "p": "product", "d": "organization"}
    facts = [("f1", "launch", "2025-01-10", [("subject", "a"), ("product", "p")]),
             ("f2", "funding", "2025-02-01", [("subject", "b"), ("recipient", "a")]),
             ("f3", "agreement", "2025-03-01", [("parties", "a"), ("parties", "b"), ("parties", "d")]),
             ("f4", "role", None, [("person", "c"), ("org", "a")]),
             ("f5", "quote", "2025-03-02", [("speaker", "c")])]
    with store.write():
        for key, kind in kinds.items():
            store.execute("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, ?, '')",
                          (key, key.upper(), kind))
        for fid, kind, day, roles in facts:
            store.execute("INSERT INTO facts (id, type, args, date, modality, confidence, rule, rule_version,"
                          " date_start, date_end) VALUES (?, ?, '{}', ?, 'asserted', 0.9, 'r', 1, ?, ?)",
                          (fid, kind, day, day, day))
            for role, entity in roles:
                store.execute("INSERT INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
                              " VALUES (?, ?, ?, ?, ?, 0.9)", (fid, role, entity, kind, day))
        recount_pairs(store, list(kinds))  # the edges kb/facts.py keeps as it stores facts
    whole = graph(store, min_confidence=0.4)
    assert whole == graph(store, min_confidence=0.3)  # kept edges, and aggregated from the facts
    edges = {(e.source, e.target, e.kind, e.directed) for e in whole.edges}
    assert edges == {("a", "p", "launch", True), ("b", "a", "funding", True), ("c", "a", "role", True),
                     ("a", "b", "agreement", False), ("a", "d", "agreement", False), ("b", "d", "agreement", False)}
    assert {n.id: n.degree for n in whole.nodes}["a"] == 5
    dated = graph(store, min_confidence=0.4, since="2025-02", until="2025-02")
    assert [(e.source, e.target) for e in dated.edges] == [("b", "a")]
    around = graph(store, min_confidence=0.4, entity_id="p")
    assert [(e.source, e.target, e.kind) for e in around.edges] == [("a", "p", "launch")]
    people = graph(store, min_confidence=0.4, entity_types=["person", "organization"])
    assert all(e.kind in ("funding", "role", "agreement") for e in people.edges)
    assert graph(store, min_confidence=0.4, limit=2).truncated
    store.close()


def test_graphs_of_a_period_read_from_the_kept_edges_are_those_of_the_facts(tmp_path: Path) -> None:
    """The heaviest edges of a type within dates, counted from the kept edges (the pairs linked
    twice or more first, or every edge of the period), equal those aggregated from the facts:
    many pairs linked once, a few linked often, dates of every precision, facts of any
    confidence, and limits below and above the pairs linked twice."""
    import random

    from veille.kb.facts import period
    from veille.kb.graph import LINKS, graph, recount_pairs
    from veille.kb.store import SQLiteStore

    rng = random.Random(7)
    store = SQLiteStore(tmp_path / "kb.db")
    people = [f"p{i:02d}" for i in range(15)]
    orgs = [f"o{i:02d}" for i in range(25)]
    products = [f"x{i:02d}" for i in range(10)]
    dates = [None, "2024", "2025", "2024-Q4", "2025-H1", "2024-11", "2025-03", "2025-06-15", "2024-12-31", "2025-01-01"]
    with store.write():
        for ids, kind in ((people, "person"), (orgs, "organization"), (products, "product")):
            for key in ids:
                store.execute("INSERT INTO entities (id, name, type, created_at) VALUES (?, ?, ?, '')",
                              (key, key.upper(), kind))
        for n in range(900):
            kind = rng.choice(list(LINKS))
            often = rng.random() < 0.5  # a few pairs come back again and again
            pick = (lambda pool: pool[rng.randrange(3)]) if often else rng.choice
            roles = {"funding": [("subject", pick(orgs)), ("recipient", pick(orgs[5:]))],
                     "agreement": [("parties", p) for p in {pick(orgs), pick(orgs[::-1]), rng.choice(orgs)}],
                     "role": [("person", pick(people)), ("org", pick(orgs))],
                     "launch": [("subject", pick(orgs)), ("product", pick(products))]}[kind]
            day, confidence = rng.choice(dates), rng.choice([0.3, 0.4, 0.6, 0.9])
            first, last = period(day)
            store.execute("INSERT INTO facts (id, type, args, date, modality, confidence, rule, rule_version,"
                          " date_start, date_end) VALUES (?, ?, '{}', ?, 'asserted', ?, 'r', 1, ?, ?)",
                          (f"f{n:04d}", kind, day, confidence, first, last))
            for role, entity in roles:
                store.execute("INSERT OR IGNORE INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
                              " VALUES (?, ?, ?, ?, ?, ?)", (f"f{n:04d}", role, entity, kind, day, confidence))
        recount_pairs(store, people + orgs + products)  # the edges kb/facts.py keeps as it stores facts
    every_type = ["person", "organization", "product"]  # a filter the kept edges do not serve
    for since, until in ((None, None), ("2025", None), ("2024-12", None), (None, "2024"), ("2024-11-15", "2025-03"),
                         ("2025-06-15", "2025-06-15"), ("2026", None)):
        for confidence in (0.4, 0.6):
            for limit in (2, 5, 20, 300):
                for types in ([kind] for kind in LINKS):
                    kept = graph(store, min_confidence=confidence, types=types, since=since, until=until, limit=limit)
                    facts = graph(store, min_confidence=confidence, types=types, since=since, until=until,
                                  limit=limit, entity_types=every_type)
                    assert kept == facts, (types, since, until, confidence, limit)
    assert graph(store, min_confidence=0.4, since="2025", limit=5).edges
    store.close()


def test_a_fact_with_its_statements_and_conflicts(kb: KnowledgeBase) -> None:
    funding = next(f for f in kb.facts(type="funding", entity="Velmora") if f.sources == 2)
    detail = kb.fact(funding.id)
    assert list(dict.fromkeys(s.doc for s in detail.statements)) == ["velmora_levee", "velmora_tour"]  # by date
    first = detail.statements[0]
    assert kb.document(first.doc).text[first.start:first.end] == first.text
    assert detail.rule.startswith("funding.") and not detail.conflicting
    move = next(f for f in kb.facts(type="stock_move", conflicts=True) if f.args["change_pct"] == 12.0)
    assert [c.args["change_pct"] for c in kb.fact(move.id).conflicting] == [10.0]
    with pytest.raises(NotFound):
        kb.fact("0000000000000000")


def test_a_documents_marks_and_an_entitys_facts(kb: KnowledgeBase) -> None:
    marks = kb.annotations("velmora_levee")
    text = kb.document("velmora_levee").text
    assert all(text[m.start:m.end] == m.text for m in marks.mentions)
    assert {m.name for m in marks.mentions} >= {"Velmora", "Brindle Capital", "Claire Dumont"}
    assert {f.type for f in marks.facts} >= {"funding", "role", "quote"}
    assert len(kb.annotations("velmora_levee", show_all=True).facts) >= len(marks.facts)
    roles = {(f.type, f.role) for f in kb.entity_facts("Velmora")}
    assert {("funding", "recipient"), ("stock_move", "subject"), ("target", "subject")} <= roles
    assert {f.type for f in kb.entity_facts("Velmora", types=["stock_move"])} == {"stock_move"}
    assert {(f.type, f.role) for f in kb.entity_facts("Brindle Capital")} == {("funding", "subject")}


def test_search_facets_and_document_pages(kb: KnowledgeBase) -> None:
    hits = kb.search("Velmora", limit=100)
    facets = kb.facets([h.doc_id for h in hits])
    assert dict(facets.types)["stock_move"] == 3 and dict(facets.langs) == {"fr": len(hits) - 1, "en": 1}
    assert facets.entities[0][1] == "Velmora" and facets.entities[0][3] == len(hits)
    assert dict(facets.years) == {"2025": len(hits)}
    assert kb.facets([]).types == []
    everything = kb.documents()
    assert [d.name for d in kb.documents(limit=3, offset=2)] == [d.name for d in everything[2:5]]


def test_the_graph_of_the_store(kb: KnowledgeBase) -> None:
    from veille.kb.graph import graph

    whole = kb.graph()  # the edges kept as facts were stored, at the default threshold ...
    assert whole.edges and whole == graph(kb.store, min_confidence=0.4, entity_types=list(ENTITY_TYPES))  # ... or not
    around = kb.graph(entity="Velmora", mentions=5)
    assert {e.kind for e in around.edges} >= {"funding", "agreement", "role", "mention"}
    with pytest.raises(FilterError):
        kb.graph(types=["quote"])
    with pytest.raises(FilterError):
        kb.graph(entity_types=["robot"])
    with pytest.raises(NotFound):
        kb.graph(entity="Nobody Such Corp")
