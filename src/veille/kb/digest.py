"""What a digest reads: the documents of a period and the facts they state, ranked; the
period's stock moves and fundings; the entities first named in it; its conflicts.

A document's day is its publication date, else the day it was ingested (DOC_DAY); a fact is
of the period when a document of the period states it, and is shown with the first evidence
of the period. `entity_ids` narrows everything to the documents naming one of them and the
facts concerning one of them."""

from __future__ import annotations

import json
from typing import Any

from veille.kb.store import DOC_DAY, Store, first_evidence


def _scope(entity_ids: list[str]) -> tuple[str, str, list[str]]:
    """Conditions on `documents d` and on `facts f` for the entity filter, and their params."""
    if not entity_ids:
        return "", "", []
    marks = ",".join("?" * len(entity_ids))
    return (f" AND d.rowid IN (SELECT doc FROM doc_entities WHERE entity_id IN ({marks}))",
            f" AND f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id IN ({marks}))", entity_ids)


def counts(store: Store, since: str, until: str, entity_ids: list[str], min_confidence: float) -> dict[str, int]:
    """The period's numbers of documents and of facts stated in them."""
    docs_scope, facts_scope, ids = _scope(entity_ids)
    documents = store.query(f"SELECT count(*) FROM documents d WHERE {DOC_DAY} BETWEEN ? AND ?{docs_scope}",
                            (since, until, *ids))[0][0]
    facts = store.query(
        f"SELECT count(DISTINCT f.id) FROM documents d JOIN evidence_spans ev ON ev.doc = d.rowid"
        f" JOIN facts f ON f.id = ev.fact_id WHERE {DOC_DAY} BETWEEN ? AND ? AND f.confidence >= ?{facts_scope}",
        (since, until, min_confidence, *ids))[0][0]
    return {"documents": int(documents), "facts": int(facts)}


def _facts_sql(where: str, order: str, per_type: int | None) -> str:
    """The period's facts, each with its first evidence of the period, ranked within their type
    by `order`, the first `per_type` of each type (all of them when None)."""
    keep = f" WHERE rank <= {int(per_type)}" if per_type else ""
    return (
        "WITH stated AS (SELECT fact_id, period_doc, period_start FROM (SELECT ev.fact_id, d.id AS period_doc,"
        " ev.start AS period_start,"
        " row_number() OVER (PARTITION BY ev.fact_id ORDER BY d.name, ev.start, d.id) AS nth"
        " FROM documents d JOIN evidence_spans ev ON ev.doc = d.rowid JOIN facts f ON f.id = ev.fact_id"  # its first
        f" WHERE {DOC_DAY} BETWEEN ? AND ? AND f.confidence >= ?{where}) firsts WHERE nth = 1),"
        " ranked AS (SELECT f.*, s.period_doc, s.period_start, row_number() OVER (PARTITION BY f.type ORDER BY"
        f" {order}) AS rank FROM stated s JOIN facts f ON f.id = s.fact_id)"
        " SELECT r.*, d.id AS doc_id, d.name AS doc, d.title, d.url, d.published, d.lang, d.source,"
        f" {DOC_DAY} AS day, ev.start, ev.end, ev.text AS ev_text, ev.sentence"
        " FROM ranked r JOIN documents d ON d.id = r.period_doc"
        " JOIN evidence ev ON ev.fact_id = r.id AND ev.doc_id = r.period_doc AND ev.start = r.period_start"
        " AND ev.end = (SELECT min(e2.end) FROM evidence e2 WHERE e2.fact_id = r.id AND e2.doc_id = r.period_doc"
        f" AND e2.start = r.period_start){keep} ORDER BY r.type, r.rank")


def _fact(row: Any) -> dict[str, Any]:
    return {"id": row["id"], "type": row["type"], "args": json.loads(row["args"]), "date": row["date"],
            "modality": row["modality"], "confidence": row["confidence"], "sources": row["n_sources"],
            "conflicts": row["n_conflicts"], "conflict_key": row["conflict_key"], "doc_id": row["doc_id"],
            "doc": row["doc"], "title": row["title"], "url": row["url"], "published": row["published"],
            "day": row["day"], "lang": row["lang"], "start": row["start"], "end": row["end"],
            "evidence": row["ev_text"], "sentence": row["sentence"]}


TOP_ORDER = "f.n_sources DESC, f.confidence DESC, f.date IS NULL, f.date DESC, f.id"


def top_facts(store: Store, since: str, until: str, entity_ids: list[str], min_confidence: float,
              per_type: int | None = 5) -> list[dict[str, Any]]:
    """The `per_type` first facts of each type stated in the period: stated by most documents,
    then surest, then latest."""
    _, facts_scope, ids = _scope(entity_ids)
    rows = store.query(_facts_sql(facts_scope, TOP_ORDER, per_type), (since, until, min_confidence, *ids))
    return [_fact(r) for r in rows]


def facts_of_type(store: Store, kind: str, since: str, until: str, entity_ids: list[str],
                  min_confidence: float, order: str = TOP_ORDER, limit: int | None = None) -> list[dict[str, Any]]:
    """The period's facts of one type, in `order` (SQL over `facts f`), the first `limit`."""
    _, facts_scope, ids = _scope(entity_ids)
    rows = store.query(_facts_sql(f" AND f.type = ?{facts_scope}", order, limit),
                       (since, until, min_confidence, kind, *ids))
    return [_fact(r) for r in rows]


BIGGEST_MOVE = "abs(coalesce(json_extract(f.args, '$.change_pct'), 0)) DESC, f.n_sources DESC, f.id"


def roles(store: Store, fact_ids: list[str]) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """The entities in the roles of these facts: {fact id: {role: [{id, name, type}]}}."""
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for i in range(0, len(fact_ids), 500):
        chunk = fact_ids[i:i + 500]
        for r in store.query("SELECT fe.fact_id, fe.role, e.id, e.name, e.type FROM fact_entities fe"
                             " JOIN entities e ON e.id = fe.entity_id"
                             f" WHERE fe.fact_id IN ({','.join('?' * len(chunk))})"
                             " ORDER BY e.name, e.id", tuple(chunk)):
            out.setdefault(r["fact_id"], {}).setdefault(r["role"], []).append(
                {"id": r["id"], "name": r["name"], "type": r["type"]})
    return out


def places_named(store: Store, doc_ids: list[str]) -> dict[str, list[tuple[str, int]]]:
    """The places each document names, with their numbers of mentions, most named first."""
    out: dict[str, list[tuple[str, int]]] = {}
    for i in range(0, len(doc_ids), 500):
        chunk = doc_ids[i:i + 500]
        for r in store.query(
                "SELECT d.id AS doc_id, e.name, count(m.start) AS n FROM documents d"
                " JOIN doc_entities de ON de.doc = d.rowid JOIN entities e ON e.id = de.entity_id"
                " LEFT JOIN mentions m ON m.doc = de.doc AND m.ref = de.ref"
                f" WHERE e.type = 'place' AND d.id IN ({','.join('?' * len(chunk))})"
                " GROUP BY d.id, e.id ORDER BY n DESC, e.name", tuple(chunk)):
            out.setdefault(r["doc_id"], []).append((r["name"], r["n"]))
    return out


def new_entities(store: Store, since: str, until: str, entity_ids: list[str],
                 limit: int = 30) -> list[dict[str, Any]]:
    """The entities first named in the period (no document before it names them), most named
    first, with their numbers of documents in the period."""
    docs_scope, _, ids = _scope(entity_ids)
    rows = store.query(
        "WITH period AS MATERIALIZED (SELECT d.rowid AS doc FROM documents d"
        f" WHERE {DOC_DAY} BETWEEN ? AND ?{docs_scope})"
        " SELECT e.id, e.name, e.type, e.kind, count(DISTINCT de.doc) AS docs,"
        " (SELECT d.name FROM doc_entities x JOIN documents d ON d.rowid = x.doc WHERE x.entity_id = e.id"
        f" ORDER BY {DOC_DAY}, d.name, d.id LIMIT 1) AS first_doc,"
        f" (SELECT min({DOC_DAY}) FROM doc_entities x JOIN documents d ON d.rowid = x.doc"
        "  WHERE x.entity_id = e.id) AS first_day"
        " FROM period JOIN doc_entities de ON de.doc = period.doc JOIN entities e ON e.id = de.entity_id"
        f" GROUP BY e.id HAVING (SELECT min({DOC_DAY}) FROM doc_entities x JOIN documents d ON d.rowid = x.doc"
        "  WHERE x.entity_id = e.id) >= ? ORDER BY docs DESC, e.mentions DESC, e.name, e.id LIMIT ?",
        (since, until, *ids, since, limit))
    return [dict(r) for r in rows]


def conflicting(store: Store, conflict_keys: list[int], min_confidence: float) -> dict[int, list[dict[str, Any]]]:
    """The facts of each conflict key (the facts giving values for one measure), with their
    first document."""
    out: dict[int, list[dict[str, Any]]] = {}
    for i in range(0, len(conflict_keys), 500):
        chunk = conflict_keys[i:i + 500]
        for r in store.query(
                "SELECT f.id, f.type, f.args, f.date, f.conflict_key, f.n_sources, f.first_doc,"
                f" {first_evidence('f')} AS first_evidence"
                f" FROM facts f WHERE f.conflict_key IN ({','.join('?' * len(chunk))}) AND f.confidence >= ?"
                " AND f.n_sources > 0 ORDER BY f.id", (*chunk, min_confidence)):
            out.setdefault(r["conflict_key"], []).append(
                {"id": r["id"], "type": r["type"], "args": json.loads(r["args"]), "date": r["date"],
                 "sources": r["n_sources"], "doc": r["first_doc"], "evidence": r["first_evidence"]})
    return out


def newest_day(store: Store) -> str | None:
    """The newest document's day."""
    value = store.query(f"SELECT max({DOC_DAY}) FROM documents d")[0][0]
    return str(value) if value else None
