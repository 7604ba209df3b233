"""An entity's profile: what the knowledge base knows about one entity.

An entity of a big store may be named in tens of thousands of documents: the profile holds
its counts, its latest documents and facts (a page of each; the listings give the rest) and
the entities named with it, counted over a sample of its documents of bounded size."""

from __future__ import annotations

import json

from veille.kb.graph import co_mentioned
from veille.kb.store import DOC_DAY, Store
from veille.records import Alias, EntityDocument, EntityProfile, ProfileFact, Related


def profile(store: Store, entity_id: str, documents: int | None = 50, facts: int | None = 100,
            min_confidence: float = 0.0) -> EntityProfile:
    """The entity's aliases and why, its numbers of mentions, documents and facts, the
    `documents` documents naming it last (newest first: by publication date, else the day it
    was ingested), its `facts` latest facts
    at least `min_confidence` sure (newest first, undated last) and the ten entities most
    often named with it (NotFound if there is no such entity). None gives every document or
    fact."""
    e = store.entity(entity_id)
    columns = ("SELECT d.name, d.title, d.published, de.reason,"
               " (SELECT count(*) FROM mentions m WHERE m.doc_id = de.doc_id AND m.key = de.key) AS n")
    order = f"ORDER BY {DOC_DAY} DESC, d.name LIMIT ?"
    stored = store.query("SELECT max(rowid) FROM documents")[0][0] or 0
    if documents is not None and e["docs"] ** 2 > documents * stored:
        # Named in a good share of the store: its latest documents are met soon walking every
        # document newest first (about `documents` x stored / docs of them), sooner than all of
        # its own are sorted.
        docs = store.query(f"{columns} FROM documents d CROSS JOIN doc_entities de WHERE de.doc_id = d.id"
                           f" AND de.entity_id = ? {order}", (entity_id, documents))
    else:
        docs = store.query(f"{columns} FROM doc_entities de JOIN documents d ON d.id = de.doc_id"
                           f" WHERE de.entity_id = ? {order}", (entity_id, -1 if documents is None else documents))
    facts_total = store.query(
        "SELECT count(*) FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id"
        " WHERE fe.entity_id = ? AND f.confidence >= ?"
        " AND EXISTS (SELECT 1 FROM evidence ev WHERE ev.fact_id = f.id)", (entity_id, min_confidence))[0][0]
    latest = store.query(
        "SELECT DISTINCT f.id, f.type, f.args, f.date, f.modality, f.date IS NULL AS undated FROM fact_entities fe"
        " JOIN facts f ON f.id = fe.fact_id WHERE fe.entity_id = ? AND f.confidence >= ?"
        " AND EXISTS (SELECT 1 FROM evidence ev WHERE ev.fact_id = f.id)"
        " ORDER BY undated, f.date DESC, f.type, f.id LIMIT ?",
        (entity_id, min_confidence, -1 if facts is None else facts))
    sources = {r["fact_id"]: r for r in store.query(
        "SELECT ev.fact_id, count(DISTINCT ev.doc_id) AS sources, min(ev.text) AS evidence, min(d.name) AS doc"
        " FROM evidence ev JOIN documents d ON d.id = ev.doc_id"
        " WHERE ev.fact_id IN (SELECT value FROM json_each(?)) GROUP BY ev.fact_id",
        (json.dumps([r["id"] for r in latest]),))}
    return EntityProfile(
        id=e["id"], name=e["name"], type=e["type"], kind=e["kind"],
        aliases=[Alias(a["alias"], a["reason"]) for a in store.aliases(entity_id)],
        mentions=e["mentions"],
        documents=[EntityDocument(r["name"], r["title"], r["published"], r["n"], r["reason"])
                   for r in docs],
        facts=[ProfileFact(r["id"], r["type"], json.loads(r["args"]), r["date"], r["modality"],
                           sources[r["id"]]["sources"], sources[r["id"]]["evidence"], sources[r["id"]]["doc"])
               for r in latest if r["id"] in sources],
        related=related(store, entity_id),
        documents_total=e["docs"],
        facts_total=facts_total,
    )


def related(store: Store, entity_id: str, limit: int = 10) -> list[Related]:
    """The `limit` entities named in most of the entity's documents (counted over 500 of
    them at most: kb.graph.co_mentioned)."""
    counts = co_mentioned(store, entity_id, limit)
    rows = {r["id"]: r for r in store.query(
        "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([e for e, _ in counts]),))}
    found = [Related(rows[e]["name"], rows[e]["type"], n) for e, n in counts if e in rows]
    return sorted(found, key=lambda r: (-r.documents, r.name))
