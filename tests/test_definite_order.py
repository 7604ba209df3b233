"""Orders a reader gives, not the plan: rows that tie on what a query sorts by come out in an
order of their own keys, the same on SQLite and on PostgreSQL, whatever order they were
written in (a new PostgreSQL store reads a small table in the order its rows were written,
SQLite by its rowid or its primary key)."""

from __future__ import annotations

from typing import Any

from veille.kb import digest, monitor
from veille.kb.details import document_marks, facets, fact_detail
from veille.kb.export import FactFilters, entity_rows, fact_roles, fact_statements
from veille.kb.listing import entities
from veille.kb.overview import sources
from veille.kb.packed import zip_text
from veille.kb.search import search

TEXT = "Orvane lève 4 millions auprès de Brindle et Kestrel."


def _document(store: Any) -> None:
    text = TEXT if store.dialect == "postgresql" else zip_text(TEXT)
    store.execute("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                  " VALUES ('d1', 'a', 'a.txt', 'fr', ?, 'annotated', '2026-01-01')", (text,))


def test_a_facts_links_come_by_role_then_entity_id(store: Any) -> None:
    """`fact_roles` (the FollowTheMoney export) lists a fact's entities by role, then entity
    id: links written in the reverse order read the same on both backends."""
    entity_rows = [("e4", "Kestrel", "organization"), ("e3", "Brindle", "organization"),
                   ("e2", "Orvane", "organization"), ("e1", "Dunkerque", "place")]
    links = [("target", "e1"), ("subject", "e2"), ("investor", "e4"), ("investor", "e3")]
    with store.write():
        _document(store)
        for eid, name, etype in entity_rows:
            store.execute("INSERT INTO entities (id, name, type, created_at, docs, mentions)"
                          " VALUES (?, ?, ?, '2026', 1, 1)", (eid, name, etype))
        store.execute("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources,"
                      " first_ev_doc, first_ev_start, first_ev_end)"
                      " SELECT 'f1', 'funding', '{}', 'asserted', 0.8, 'x', 1, 1, rowid, 0, 22"
                      " FROM documents WHERE id = 'd1'")
        store.execute("INSERT INTO evidence_spans (fact_id, doc, start, end, sentence_start, sentence_end)"
                      " SELECT 'f1', rowid, 0, 22, 0, 52 FROM documents WHERE id = 'd1'")
        for role, eid in links:
            store.execute("INSERT INTO fact_entities (fact_id, role, entity_id, type, confidence)"
                          " VALUES ('f1', ?, ?, 'funding', 0.8)", (role, eid))
    [fact] = fact_roles(store, FactFilters())
    assert list(fact["entities"]) == ["investor", "subject", "target"]
    assert [(e[0], e[1]) for e in fact["entities"]["investor"]] == [("e3", "Brindle"), ("e4", "Kestrel")]
    assert [e[0] for links in fact["entities"].values() for e in links] == ["e3", "e4", "e2", "e1"]


def test_entities_tied_on_their_counts_and_name_come_by_type_then_id(store: Any) -> None:
    """The entities listing (`veille entities`, the web page, the API) sorts by documents,
    mentions and name, then by type and id: two entities of one name and the same counts,
    written in any order, are listed alike on both backends, with a type and without."""
    rows = [("e9", "DRAM", "product", 2, 3), ("e8", "DRAM", "organization", 2, 3),
            ("e7", "DRAM", "organization", 2, 3), ("e6", "PayPay", "organization", 2, 3),
            ("e5", "Orvane", "organization", 4, 1)]
    with store.write():
        for eid, name, etype, docs, mentions in rows:
            store.execute("INSERT INTO entities (id, name, type, created_at, docs, mentions)"
                          " VALUES (?, ?, ?, '2026', ?, ?)", (eid, name, etype, docs, mentions))
    listed = [(r.id, r.type) for r in entities(store)]
    assert listed == [("e5", "organization"), ("e7", "organization"), ("e8", "organization"),
                      ("e9", "product"), ("e6", "organization")]
    assert [r.id for r in entities(store, type_="organization")] == ["e5", "e7", "e8", "e6"]
    assert [r.id for r in entities(store, limit=2, offset=1)] == ["e7", "e8"]


# --- entities of one name, facts of one span, documents of one name (the digest, the pages,
# the alerts, the exports): each written in the reverse of the order read ---------------------

PERIOD = ("2026-01-01", "2026-01-31")


def _doc(store: Any, doc_id: str, name: str = "a") -> None:
    text = TEXT if store.dialect == "postgresql" else zip_text(TEXT)
    store.execute("INSERT INTO documents (id, name, source, lang, text, status, ingested_at)"
                  " VALUES (?, ?, ?, 'fr', ?, 'annotated', '2026-01-01')", (doc_id, name, f"{doc_id}.txt", text))


def _entity(store: Any, eid: str, name: str, etype: str, docs: int = 1, mentions: int = 1) -> None:
    store.execute("INSERT INTO entities (id, name, type, created_at, docs, mentions)"
                  " VALUES (?, ?, ?, '2026', ?, ?)", (eid, name, etype, docs, mentions))


def _named(store: Any, doc_id: str, key: str, eid: str, name: str, etype: str) -> None:
    store.execute("INSERT INTO doc_entities (doc, key, name, type, aliases, entity_id, reason)"
                  " VALUES ((SELECT rowid FROM documents WHERE id = ?), ?, ?, ?, '[]', ?, 'new entity')",
                  (doc_id, key, name, etype, eid))


def _fact(store: Any, fid: str, doc_id: str = "d1", kind: str = "funding") -> None:
    store.execute("INSERT INTO facts (id, type, args, modality, confidence, rule, rule_version, n_sources,"
                  " first_doc, first_ev_doc, first_ev_start, first_ev_end)"
                  " SELECT ?, ?, '{}', 'asserted', 0.8, 'x', 1, 1, 'a', rowid, 0, 22 FROM documents WHERE id = ?",
                  (fid, kind, doc_id))


def _span(store: Any, fid: str, doc_id: str, start: int = 0, end: int = 22) -> None:
    store.execute("INSERT INTO evidence_spans (fact_id, doc, start, end, sentence_start, sentence_end)"
                  " SELECT ?, rowid, ?, ?, 0, 52 FROM documents WHERE id = ?", (fid, start, end, doc_id))


DRAMS = [(f"e{i}", ("organization", "product")[i % 2]) for i in range(6, 0, -1)]  # one name, ids reversed


def _drams(store: Any) -> None:
    """Six entities named DRAM with the same counts, named in d1 and linked to f1, each
    written in the reverse of their ids."""
    _doc(store, "d1")
    _fact(store, "f1")
    _span(store, "f1", "d1")
    for eid, etype in DRAMS:
        _entity(store, eid, "DRAM", etype)
        _named(store, "d1", f"k{eid}", eid, "DRAM", etype)
        store.execute("INSERT INTO fact_entities (fact_id, role, entity_id, type, confidence)"
                      " VALUES ('f1', 'investor', ?, 'funding', 0.8)", (eid,))


def test_entities_of_one_name_come_by_id_in_digests_pages_and_alerts(store: Any) -> None:
    """Entities of one name (and the same counts) are read by id: the digest's new entities
    and a fact's roles, a fact's page, a search's facets, an alert's new entities. (A first few
    of many: PostgreSQL's top-N sort keeps no order of its own among ties.)"""
    with store.write():
        _drams(store)
    ids = ["e1", "e2", "e3", "e4", "e5", "e6"]
    assert [r["id"] for r in digest.new_entities(store, *PERIOD, [])] == ids
    assert [r["id"] for r in digest.new_entities(store, *PERIOD, [], limit=2)] == ids[:2]
    assert [e["id"] for e in digest.roles(store, ["f1"])["f1"]["investor"]] == ids
    assert [e.id for e in fact_detail(store, "f1").entities] == ids
    assert [e[0] for e in facets(store, ["d1"], 0.0).entities] == ids
    assert [e[0] for e in facets(store, ["d1"], 0.0, entities=2).entities] == ids[:2]
    assert [r["id"] for r in monitor.new_entities(store, "d1")] == ids


def test_facts_of_one_span_come_by_id_and_a_facts_spans_by_end(store: Any) -> None:
    """Facts whose evidence is the same words of a document are marked in it by fact id; a
    fact's evidence starting at one offset in a document is read by its end (an alert's words,
    a fact's page)."""
    with store.write():
        _doc(store, "d1")
        for fid in ("f3", "f2", "f1"):
            _fact(store, fid)
            _span(store, fid, "d1")
        _span(store, "f1", "d1", 0, 6)
    assert [(m.fact_id, m.end) for m in document_marks(store, "d1", 0.0).facts] == [
        ("f1", 22), ("f2", 22), ("f3", 22), ("f1", 6)]
    found = monitor.fact_evidence(store, "f1", "d1")
    assert found is not None and found["text"] == "Orvane"
    assert [(s.doc_id, s.end) for s in fact_detail(store, "f1").statements] == [("d1", 6), ("d1", 22)]


def test_documents_of_one_name_come_by_id(store: Any) -> None:
    """Two documents of one name (and day) stating a fact at the same offset, or naming an
    entity under the same key and name: the digest shows the fact with the first by id, a
    fact's page and the exports list them by id."""
    with store.write():
        for doc_id, etype in (("d2", "person"), ("d1", "organization")):
            _doc(store, doc_id)
            _entity(store, f"e{doc_id[1]}", "Orvane", etype)
            _named(store, doc_id, "k1", f"e{doc_id[1]}", "Orvane", etype)
        _fact(store, "f1", "d2")
        _span(store, "f1", "d2")
        _span(store, "f1", "d1")
    [fact] = digest.top_facts(store, *PERIOD, [], 0.0)
    assert fact["doc_id"] == "d1"
    assert [s.doc_id for s in fact_detail(store, "f1").statements] == ["d1", "d2"]
    assert [r["doc_id"] for r in fact_statements(store, FactFilters())] == ["d1", "d2"]
    assert [r["type"] for r in entity_rows(store)] == ["organization", "person"]


def test_sources_of_one_label_and_count_come_by_kind(store: Any) -> None:
    """The overview's sources: one label counted under three kinds, the same number of each, by kind."""
    with store.write():
        for kind in ("url", "upload", "file"):
            store.execute("INSERT INTO document_sources (label, kind, n, latest) VALUES ('lemonde.fr', ?, 3,"
                          " '2026-01-01')", (kind,))
    assert [s.kind for s in sources(store)] == ["file", "upload", "url"]
    assert [s.kind for s in sources(store, limit=2)] == ["file", "upload"]


def test_searches_tied_come_by_document_then_index_order(store: Any) -> None:
    """A search on filters alone lists documents of one day and name by id; documents a query
    scores alike come in the order they were indexed (SQLite's FTS5 and PostgreSQL alike)."""
    with store.write():
        for i in range(6, 0, -1):
            _doc(store, f"d{i}")
    assert [h.doc_id for h in search(store, "", lang="fr")] == ["d1", "d2", "d3", "d4", "d5", "d6"]
    assert [h.doc_id for h in search(store, "", lang="fr", limit=2)] == ["d1", "d2"]
    assert [h.doc_id for h in search(store, "Orvane", limit=3)] == ["d6", "d5", "d4"]
