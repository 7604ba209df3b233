"""The rows of the exports, read from the store one at a time (a cursor, never a list): the
FORMAT.md shapes (entities, one per entity per document; facts, one per fact per document
stating it), the entity table, the mentions, the facts with their evidence and document, and
the entity graph built from facts. `veille.export` writes them out.

Filters: the facts and the graph take those of the facts listing (`FactFilters`, the same SQL
condition); entities and mentions take an entity, an entity type and the documents' days."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from veille.kb.facts import iso_date
from veille.kb.graph import LINKS
from veille.kb.listing import fact_conditions
from veille.kb.store import DOC_DAY, Store, fact_period, mention_words
from veille.normalize import date_range


@dataclass(frozen=True)
class FactFilters:
    """The facts listing's filters (see `kb.listing.facts`), checked by the caller."""

    min_confidence: float = 0.0
    type_: str | None = None
    entity_id: str | None = None
    modality: str | None = None
    since: str | None = None
    until: str | None = None
    conflicts: bool = False
    corroborated: bool = False

    def where(self) -> tuple[str, list[Any]]:
        return fact_conditions(min_confidence=self.min_confidence, type_=self.type_, entity_id=self.entity_id,
                               modality=self.modality, since=self.since, until=self.until,
                               conflicts=self.conflicts, corroborated=self.corroborated)


@dataclass(frozen=True)
class DocFilters:
    """Entities and mentions: of one entity, of one entity type, in the documents whose day
    (publication date, else ingest day) lies within `since` .. `until`."""

    entity_id: str | None = None
    entity_type: str | None = None
    since: str | None = None
    until: str | None = None

    def where(self) -> tuple[str, list[Any]]:
        """A condition on `doc_entities de` joined to `documents d` and `entities e`."""
        sql, params = "1=1", []
        if self.entity_id:
            sql += " AND de.entity_id = ?"
            params.append(self.entity_id)
        if self.entity_type:
            sql += " AND e.type = ?"
            params.append(self.entity_type)
        if self.since:
            sql += f" AND {DOC_DAY} >= ?"
            params.append(date_range(self.since)[0])
        if self.until:
            sql += f" AND {DOC_DAY} <= ?"
            params.append(date_range(self.until)[1])
        return sql, params


# An organisation some funding went to (FtM makes it a Company: an asset one can own a share of).
_FUNDED = ("EXISTS (SELECT 1 FROM fact_entities r WHERE r.entity_id = e.id AND r.type = 'funding'"
           " AND r.role = 'recipient') AS funded")
_ALIASES = "(SELECT json_group_array(alias) FROM (SELECT alias FROM aliases WHERE entity_id = {} ORDER BY alias) a)"


def entity_rows(store: Store, filters: DocFilters | None = None) -> Iterator[dict[str, Any]]:
    """One row per entity per document (FORMAT.md): the document's name for it, the entity's
    type, and every alias known for the entity."""
    where, params = (filters or DocFilters()).where()
    for row in store.stream(
            f"SELECT d.name AS doc, de.name, e.type, de.aliases, {_ALIASES.format('de.entity_id')} AS known"
            " FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
            f" JOIN entities e ON e.id = de.entity_id WHERE {where}"
            " ORDER BY d.name, de.name, de.key, d.id", tuple(params)):
        names = list(dict.fromkeys([*json.loads(row["aliases"]), *json.loads(row["known"])]))
        yield {"doc": row["doc"], "name": row["name"], "type": row["type"],
               "aliases": [n for n in names if n != row["name"]]}


def entity_table(store: Store, filters: DocFilters | None = None) -> Iterator[dict[str, Any]]:
    """One row per entity named in the documents the filters keep (all of them by default):
    id, name, type, kind, numbers of documents and mentions (in the whole store), aliases,
    first and last day named, by name."""
    f = filters or DocFilters()
    where, params = f.where()
    scope = ("" if f == DocFilters() else
             " AND e.id IN (SELECT de.entity_id FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
             f" JOIN entities e ON e.id = de.entity_id WHERE {where})")
    for row in store.stream(
            f"SELECT e.id, e.name, e.type, e.kind, e.gazetteer_id, e.docs, e.mentions, {_ALIASES.format('e.id')}"
            f" AS aliases, (SELECT min({DOC_DAY}) FROM doc_entities x JOIN documents d ON d.rowid = x.doc"
            f" WHERE x.entity_id = e.id) AS first_seen, (SELECT max({DOC_DAY}) FROM doc_entities x"
            " JOIN documents d ON d.rowid = x.doc WHERE x.entity_id = e.id) AS last_seen"
            f" FROM entities e WHERE e.docs > 0{scope} ORDER BY e.name, e.id", tuple(params)):
        yield {"id": row["id"], "name": row["name"], "type": row["type"], "kind": row["kind"],
               "gazetteer_id": row["gazetteer_id"], "documents": row["docs"], "mentions": row["mentions"],
               "aliases": [a for a in json.loads(row["aliases"]) if a != row["name"]],
               "first_seen": row["first_seen"], "last_seen": row["last_seen"]}


def mention_rows(store: Store, filters: DocFilters | None = None) -> Iterator[dict[str, Any]]:
    """One row per mention of an entity in a document, by document name then offset: the
    words and their offsets in the document's text, the entity taken for them, the document."""
    where, params = (filters or DocFilters()).where()
    order = "d.name, d.id, m.start, m.end"
    text = ""  # the document's text, read with its first row: the mentions' words are the text's (schema 22)
    for row in store.stream(
            "SELECT d.name AS doc, d.id AS doc_id, d.title, d.url, d.published, d.lang, m.start, m.end, m.text,"
            " m.source, de.entity_id, e.name, e.type, e.kind,"
            f" CASE WHEN coalesce(lag(m.doc) OVER (ORDER BY {order}), -1) != m.doc"
            " THEN (SELECT veille_text(t.text) FROM documents t WHERE t.rowid = m.doc) END AS doc_text"
            " FROM mentions m JOIN doc_entities de ON de.doc = m.doc AND de.ref = m.ref"
            " JOIN documents d ON d.rowid = m.doc JOIN entities e ON e.id = de.entity_id"
            f" WHERE {where} ORDER BY {order}", tuple(params)):
        if row["doc_text"] is not None:
            text = row["doc_text"]
        words = mention_words(text, row["text"], row["start"], row["end"])
        yield {"doc": row["doc"], "doc_id": row["doc_id"], "start": row["start"], "end": row["end"],
               "text": words, "entity_id": row["entity_id"], "entity": row["name"], "type": row["type"],
               "kind": row["kind"], "found_by": row["source"], "doc_title": row["title"], "doc_url": row["url"],
               "doc_published": row["published"], "doc_lang": row["lang"]}


def _statements(store: Store, filters: FactFilters, columns: str) -> Iterator[Any]:
    """Each fact the filters keep, once per document stating it, with that document's first
    evidence (grouped by SQLite: nothing is remembered here), by document then offset."""
    where, params = filters.where()
    if store.dialect == "postgresql":  # no row of a min in a GROUP BY: the first of each (fact, document)
        return store.stream(
            f"SELECT * FROM (SELECT DISTINCT ON (ev.fact_id, ev.doc_id) f.*, d.name AS doc, ev.doc_id, ev.start,"
            f" ev.end, ev.text AS ev_text{columns} FROM facts f JOIN evidence ev ON ev.fact_id = f.id"
            f" JOIN documents d ON d.rowid = ev.doc WHERE {where} ORDER BY ev.fact_id, ev.doc_id, ev.start, ev.end)"
            " first ORDER BY doc, start, type, id, doc_id", tuple(params))
    return store.stream(
        f"SELECT f.*, d.name AS doc, ev.doc_id, min(ev.start) AS start, ev.end, ev.text AS ev_text{columns}"
        " FROM facts f JOIN evidence ev ON ev.fact_id = f.id JOIN documents d ON d.rowid = ev.doc"
        f" WHERE {where} GROUP BY ev.fact_id, ev.doc ORDER BY d.name, start, f.type, f.id, ev.doc_id", tuple(params))


def fact_rows(store: Store, min_confidence: float = 0.0,
              filters: FactFilters | None = None) -> Iterator[dict[str, Any]]:
    """One row per fact per document that states it (FORMAT.md), with that document's first
    evidence; facts less confident than `min_confidence` are left out (`filters` also
    narrows them, as the facts listing's do)."""
    f = filters or FactFilters(min_confidence=min_confidence)
    for row in _statements(store, f, ""):
        yield {"doc": row["doc"], "type": row["type"], "args": json.loads(row["args"]),
               "date": iso_date(row["date"]), "period": _period(row), "modality": row["modality"],
               "evidence": {"start": row["start"], "end": row["end"], "text": row["ev_text"]},
               "confidence": row["confidence"], "rule": f"{row['rule']}.v{row['rule_version']}"}


def fact_statements(store: Store, filters: FactFilters) -> Iterator[dict[str, Any]]:
    """The facts with their evidence and document, one per fact per document stating it, as
    plain values: what the tables (CSV, Parquet) flatten and FollowTheMoney links to."""
    for row in _statements(store, filters, ", ev.sentence, d.title, d.url, d.published, d.lang, d.source"):
        yield {"fact_id": row["id"], "type": row["type"], "args": json.loads(row["args"]),
               "date": row["date"], "date_precision": row["date_precision"], "date_start": fact_period(row)[0],
               "date_end": fact_period(row)[1], "modality": row["modality"], "confidence": row["confidence"],
               "rule": f"{row['rule']}.v{row['rule_version']}", "sources": row["n_sources"],
               "conflicts": row["n_conflicts"], "doc": row["doc"], "doc_id": row["doc_id"],
               "doc_title": row["title"], "doc_url": row["url"], "doc_published": row["published"],
               "doc_lang": row["lang"], "doc_source": row["source"], "evidence_start": row["start"],
               "evidence_end": row["end"], "evidence_text": row["ev_text"], "sentence": row["sentence"]}


def fact_roles(store: Store, filters: FactFilters) -> Iterator[dict[str, Any]]:
    """The facts the filters keep, each once, with the entities in their roles ({role: [(id,
    name, type, kind, funded)]}: funded when some funding went to it; by role, then entity id),
    their documents' ids and their first evidence: what FollowTheMoney makes its links and
    events of. By fact id."""
    where, params = filters.where()
    for row in store.stream(
            "SELECT f.*, (SELECT json_group_array(json_array(x.role, x.id, x.name, x.type, x.kind, x.funded))"
            f" FROM (SELECT fe.role, e.id, e.name, e.type, e.kind, {_FUNDED} FROM fact_entities fe"
            " JOIN entities e ON e.id = fe.entity_id WHERE fe.fact_id = f.id ORDER BY fe.role, fe.entity_id) x)"
            " AS links,"
            " (SELECT json_group_array(doc_id) FROM (SELECT DISTINCT doc_id FROM evidence WHERE fact_id = f.id"
            " ORDER BY doc_id) x) AS docs,"
            # the first by document id, then offset: that document found first, then its first
            # evidence in the order of the key (the sentence sliced from the text once)
            " (SELECT ev.sentence FROM evidence ev WHERE ev.fact_id = f.id AND ev.doc_id ="
            " (SELECT min(e2.doc_id) FROM evidence e2 WHERE e2.fact_id = f.id) ORDER BY ev.start LIMIT 1)"
            f" AS sentence FROM facts f WHERE {where} ORDER BY f.id", tuple(params)):
        roles: dict[str, list[tuple[str, str, str, str | None, bool]]] = {}
        for role, eid, name, etype, kind, funded in json.loads(row["links"]):
            roles.setdefault(role, []).append((eid, name, etype, kind, bool(funded)))
        yield {"id": row["id"], "type": row["type"], "args": json.loads(row["args"]), "date": row["date"],
               "date_start": fact_period(row)[0], "date_end": fact_period(row)[1], "modality": row["modality"],
               "confidence": row["confidence"], "entities": roles, "docs": json.loads(row["docs"]),
               "sentence": row["sentence"]}


def fact_entities(store: Store, filters: FactFilters) -> Iterator[dict[str, Any]]:
    """Each entity in a role of a fact the filters keep, once, by id."""
    where, params = filters.where()
    for row in store.stream(
            "SELECT e.id, e.name, e.type, e.kind, {} AS aliases, {} FROM entities e WHERE e.id IN"
            " (SELECT fe.entity_id FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id WHERE {})"
            " ORDER BY e.id".format(_ALIASES.format("e.id"), _FUNDED, where), tuple(params)):
        yield _entity(row)


def fact_documents(store: Store, filters: FactFilters) -> Iterator[dict[str, Any]]:
    """Each document stating a fact the filters keep, once, by id (without its text)."""
    where, params = filters.where()
    for row in store.stream(
            "SELECT d.id, d.name, d.title, d.url, d.published, d.lang, d.site, d.author, d.source FROM documents d"
            " WHERE d.rowid IN (SELECT ev.doc FROM evidence_spans ev JOIN facts f ON f.id = ev.fact_id"
            f" WHERE {where}) ORDER BY d.id", tuple(params)):
        yield dict(row)


def entities_with_aliases(store: Store, filters: DocFilters | None = None) -> Iterator[dict[str, Any]]:
    """The entities of the entity table (same filters), with their aliases, by id."""
    f = filters or DocFilters()
    where, params = f.where()
    scope = ("" if f == DocFilters() else
             " AND e.id IN (SELECT de.entity_id FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
             f" JOIN entities e ON e.id = de.entity_id WHERE {where})")
    for row in store.stream(f"SELECT e.id, e.name, e.type, e.kind, {_ALIASES.format('e.id')} AS aliases,"
                            f" {_FUNDED} FROM entities e WHERE e.docs > 0{scope} ORDER BY e.id", tuple(params)):
        yield _entity(row)


def _entity(row: Any) -> dict[str, Any]:
    return {"id": row["id"], "name": row["name"], "type": row["type"], "kind": row["kind"],
            "aliases": [a for a in json.loads(row["aliases"]) if a != row["name"]], "funded": bool(row["funded"])}


# --- the graph ---------------------------------------------------------------------------------

def _edge_select(filters: FactFilters, kinds: list[str], columns: str) -> tuple[str, list[Any]]:
    """The links of the facts the filters keep, of the graph's kinds, as one UNION ALL: one row
    per fact per pair of entities (source role -> target role; both orders once for a link
    that has no direction). Each kind's facts are read by type (an index of the facts), their
    links in each role by the links' primary key."""
    where, params = filters.where()
    parts, all_params = [], []
    for kind in kinds:
        source_role, target_role, directed = LINKS[kind]
        parts.append(
            f"SELECT {columns}, '{kind}' AS kind, {int(directed)} AS directed FROM facts f"
            " CROSS JOIN fact_entities a ON a.fact_id = f.id AND a.role = ?"
            " JOIN fact_entities b ON b.fact_id = a.fact_id AND b.role = ? AND b.entity_id != a.entity_id"
            f" WHERE f.type = ? AND a.type = ? AND {where}"
            + ("" if directed else " AND a.entity_id < b.entity_id"))
        all_params += [source_role, target_role, kind, kind, *params]
    return " UNION ALL ".join(parts), all_params


def graph_kinds(filters: FactFilters) -> list[str]:
    """The types of fact the graph is made of, under the filters."""
    return [filters.type_] if filters.type_ in LINKS else [] if filters.type_ else list(LINKS)


def graph_edges(store: Store, filters: FactFilters) -> Iterator[dict[str, Any]]:
    """The graph's edges: one per pair of entities and kind of link, weighted by the number of
    facts, with their first and last dates and (up to 20 of) their fact ids."""
    kinds = graph_kinds(filters)
    if not kinds:
        return
    inner, params = _edge_select(filters, kinds, "a.entity_id AS s, b.entity_id AS t, f.id AS fact, f.date AS date")
    for row in store.stream(
            "SELECT s, t, kind, directed, count(DISTINCT fact) AS n, min(date) AS first, max(date) AS last,"
            f" group_concat(DISTINCT fact) AS facts FROM ({inner}) edges GROUP BY kind, s, t, directed"
            " ORDER BY kind, s, t",
            tuple(params)):
        yield {"source": row["s"], "target": row["t"], "kind": row["kind"], "directed": bool(row["directed"]),
               "weight": row["n"], "first": row["first"], "last": row["last"],
               "facts": sorted(row["facts"].split(","))[:20]}


def graph_nodes(store: Store, filters: FactFilters) -> Iterator[dict[str, Any]]:
    """The graph's nodes: every entity at an end of one of its edges, by id."""
    kinds = graph_kinds(filters)
    if not kinds:
        return
    ends, params = _edge_select(filters, kinds, "a.entity_id AS s, b.entity_id AS t")
    for row in store.stream(
            "SELECT e.id, e.name, e.type, e.kind, e.docs, e.mentions FROM entities e"
            f" WHERE e.id IN (SELECT s FROM ({ends}) ends UNION SELECT t FROM ({ends}) ends) ORDER BY e.id",
            tuple(params + params)):
        yield {"id": row["id"], "name": row["name"], "type": row["type"], "kind": row["kind"],
               "documents": row["docs"], "mentions": row["mentions"]}


def _period(row: Any) -> dict[str, Any] | None:
    """The fact's date as the text gives it, with its first and last day."""
    if not row["date"]:
        return None
    start, end = fact_period(row)
    return {"value": row["date"], "precision": row["date_precision"], "start": start, "end": end}
