"""What the web pages show of one fact, one document and one entity, beyond the listings: a
fact with every statement of it and the facts contradicting it, a document's marks (entity
mentions and fact evidence), an entity's facts with its role in each, and how the documents
of a search spread over facets."""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from typing import Any

from veille.errors import NotFound
from veille.kb.listing import CHUNK, facts_by_id
from veille.kb.store import Store, mention_words, period_start
from veille.records import (
    Annotations,
    EntityFact,
    EntityRole,
    Facets,
    Fact,
    FactDetail,
    FactSpan,
    Mention,
    Records,
    Statement,
)


def fact_detail(store: Store, fact_id: str) -> FactDetail:
    """A fact, the entities in its roles, each document stating it (first published first)
    and the facts giving another value for the same measure. NotFound if there is none."""
    rows = store.query("SELECT rule, date_precision, conflict_key FROM facts WHERE id = ?", (fact_id,))
    fact = facts_by_id(store, [fact_id]).get(fact_id)
    if not rows or fact is None:
        raise NotFound(f"no fact '{fact_id}'", "List facts with: veille facts")
    row = rows[0]
    entities = [EntityRole(r["role"], r["id"], r["name"], r["type"]) for r in store.query(
        "SELECT fe.role, e.id, e.name, e.type FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id"
        " WHERE fe.fact_id = ? ORDER BY fe.role, e.name, e.id", (fact_id,))]
    statements = [Statement(r["name"], r["id"], r["title"], r["published"], r["start"], r["end"],
                            r["text"], r["sentence"]) for r in store.query(
        "SELECT d.name, d.id, d.title, d.published, ev.start, ev.end, ev.text, ev.sentence"
        " FROM evidence ev JOIN documents d ON d.rowid = ev.doc WHERE ev.fact_id = ?"
        " ORDER BY d.published IS NULL, d.published, d.name, ev.start, ev.doc_id, ev.end", (fact_id,))]
    conflicting: list[Fact] = []
    if row["conflict_key"] is not None:
        ids = [r[0] for r in store.query("SELECT id FROM facts WHERE conflict_key = ? AND id != ? ORDER BY id",
                                         (row["conflict_key"], fact_id))]
        found = facts_by_id(store, ids)
        conflicting = [found[i] for i in ids if i in found]
    return FactDetail(fact, row["rule"], row["date_precision"], entities, statements, conflicting)


def document_marks(store: Store, doc_id: str, min_confidence: float) -> Annotations:
    """A document's entity mentions (with their entity) and the evidence of its facts at least
    `min_confidence` sure, each in text order."""
    row = store.query("SELECT veille_text(text), rowid FROM documents WHERE id = ?", (doc_id,))
    text = (row[0][0] if row else None) or ""
    number = row[0][1] if row else None  # its mentions' `doc` (schema 30)
    mentions = [Mention(r["start"], r["end"], mention_words(text, r["text"], r["start"], r["end"]), r["entity_id"],
                        r["name"], r["type"]) for r in store.query(
        "SELECT m.start, m.end, m.text, de.entity_id, e.name, e.type FROM mentions m"
        " JOIN doc_entities de ON de.doc = m.doc AND de.ref = m.ref"
        " JOIN entities e ON e.id = de.entity_id WHERE m.doc = ? ORDER BY m.start, m.end DESC",
        (number,))]
    facts = [FactSpan(r["start"], r["end"], r["id"], r["type"], json.loads(r["args"]), r["date"],
                      r["modality"], r["confidence"]) for r in store.query(
        "SELECT ev.start, ev.end, f.id, f.type, f.args, f.date, f.modality, f.confidence"
        " FROM evidence ev JOIN facts f ON f.id = ev.fact_id WHERE ev.doc_id = ? AND f.confidence >= ?"
        " ORDER BY ev.start, ev.end DESC, f.id", (doc_id, min_confidence))]
    return Annotations(mentions, facts)


def entity_facts(store: Store, entity_id: str, min_confidence: float,
                 types: Iterable[str] | None = None, latest: int | None = None) -> Records[EntityFact]:
    """The entity's facts at least `min_confidence` sure (of these types; its `latest` ones
    only, when given), with the role it plays in each, undated last then by date."""
    wanted = list(types or [])
    columns = "SELECT f.id, f.type, fe.role, f.args, f.date, f.modality, f.confidence"
    if latest is None:
        sql = f"{columns} FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id WHERE fe.entity_id = ?"
        params: list[Any] = [entity_id]
    else:  # from the ids of its latest facts
        from veille.kb.profile import latest_facts

        sql = (f"{columns} FROM json_each(?) j CROSS JOIN fact_entities fe ON fe.fact_id = j.value"
               " CROSS JOIN facts f ON f.id = j.value WHERE fe.entity_id = ?")
        params = [json.dumps(latest_facts(store, entity_id, min_confidence, latest)), entity_id]
    sql += " AND f.confidence >= ?"
    params.append(min_confidence)
    if wanted:
        sql += f" AND f.type IN ({','.join('?' * len(wanted))})"
        params += wanted
    start = period_start("f")
    sql += f" ORDER BY {start} IS NULL, {start}, f.date, f.type, f.id"
    return Records(EntityFact(r["id"], r["type"], r["role"], json.loads(r["args"]), r["date"],
                              r["modality"], r["confidence"]) for r in store.query(sql, tuple(params)))


def facets(store: Store, doc_ids: Sequence[str], min_confidence: float, entities: int = 12) -> Facets:
    """How these documents spread over the fact types they state, the entities they name
    (the `entities` most frequent), their languages and their years of publication."""
    if not doc_ids:
        return Facets()
    ids = list(doc_ids[:CHUNK])
    marks = ",".join("?" * len(ids))
    types = store.query(
        "SELECT f.type, count(DISTINCT ev.doc) AS n FROM documents d JOIN evidence_spans ev ON ev.doc = d.rowid"
        f" JOIN facts f ON f.id = ev.fact_id WHERE d.id IN ({marks}) AND f.confidence >= ?"
        " GROUP BY f.type ORDER BY n DESC, f.type",
        (*ids, min_confidence))
    named = store.query(
        "SELECT e.id, e.name, e.type, count(DISTINCT de.doc) AS n FROM documents d"
        " JOIN doc_entities de ON de.doc = d.rowid"
        f" JOIN entities e ON e.id = de.entity_id WHERE d.id IN ({marks})"
        " GROUP BY e.id ORDER BY n DESC, e.name, e.id LIMIT ?", (*ids, entities))
    langs = store.query(f"SELECT lang, count(*) AS n FROM documents WHERE id IN ({marks}) AND lang IS NOT NULL"
                        " GROUP BY lang ORDER BY n DESC, lang", tuple(ids))
    years = store.query(f"SELECT substr(published, 1, 4) AS y, count(*) AS n FROM documents WHERE id IN ({marks})"
                        " AND published IS NOT NULL GROUP BY y ORDER BY y DESC", tuple(ids))
    return Facets([(r["type"], r["n"]) for r in types],
                  [(r["id"], r["name"], r["type"], r["n"]) for r in named],
                  [(r["lang"], r["n"]) for r in langs], [(r["y"], r["n"]) for r in years])
