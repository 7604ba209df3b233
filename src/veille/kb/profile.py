"""An entity's profile: what the knowledge base knows about one entity.

An entity of a big store may be named in tens of thousands of documents: the profile holds
its counts, its latest documents and facts (a page of each; the listings give the rest) and
the entities named with it, counted over a sample of its documents of bounded size."""

from __future__ import annotations

import json

from veille.kb.graph import co_mentioned
from veille.kb.store import DOC_DAY, Store, first_evidence, reason
from veille.records import Alias, EntityDocument, EntityProfile, ProfileFact, Related


def profile(store: Store, entity_id: str, documents: int | None = 50, facts: int | None = 100,
            min_confidence: float = 0.0) -> EntityProfile:
    """The entity's aliases and why, its numbers of mentions, documents and facts, the
    `documents` documents naming it last (newest first: by publication date, else the day it
    was ingested), its `facts` latest facts at least `min_confidence` sure (newest first,
    undated last) and the ten entities most often named with it (NotFound if there is no such
    entity). None gives every document or fact."""
    e = store.entity(entity_id)
    columns = (f"SELECT d.name, d.title, d.published, {reason('de')} AS reason,"
               " (SELECT count(*) FROM mentions m WHERE m.doc = de.doc AND m.ref = de.ref) AS n")
    order = f"ORDER BY {DOC_DAY} DESC, d.id DESC LIMIT ?"
    stored = store.query("SELECT max(rowid) FROM documents")[0][0] or 0
    if documents is not None and e["docs"] ** 2 > documents * stored:
        # Named in a good share of the store: its latest documents are met soon walking every
        # document newest first (about `documents` x stored / docs of them), sooner than all of
        # its own are sorted.
        docs = store.query(f"{columns} FROM documents d CROSS JOIN doc_entities de WHERE de.doc = d.rowid"
                           f" AND de.entity_id = ? {order}", (entity_id, documents))
    else:
        docs = store.query(f"{columns} FROM doc_entities de JOIN documents d ON d.rowid = de.doc"
                           f" WHERE de.entity_id = ? {order}", (entity_id, -1 if documents is None else documents))
    facts_total = count_facts(store, entity_id, min_confidence)
    ids = latest_facts(store, entity_id, min_confidence, facts)
    rows = {r["id"]: r for r in store.query(
        "SELECT f.id, f.type, f.args, f.date, f.modality, f.n_sources,"
        f" {first_evidence('f')} AS first_evidence, f.first_doc FROM facts f"
        " WHERE f.id IN (SELECT value FROM json_each(?)) AND f.n_sources > 0",
        (json.dumps(ids),))}
    latest = [rows[i] for i in ids if i in rows]
    return EntityProfile(
        id=e["id"], name=e["name"], type=e["type"], kind=e["kind"],
        aliases=[Alias(a["alias"], a["reason"]) for a in store.aliases(entity_id)],
        mentions=e["mentions"],
        documents=[EntityDocument(r["name"], r["title"], r["published"], r["n"], r["reason"])
                   for r in docs],
        facts=[ProfileFact(r["id"], r["type"], json.loads(r["args"]), r["date"], r["modality"],
                           r["n_sources"], r["first_evidence"], r["first_doc"]) for r in latest],
        related=related(store, entity_id),
        documents_total=e["docs"],
        facts_total=facts_total,
    )


def count_facts(store: Store, entity_id: str, min_confidence: float) -> int:
    """How many facts at least `min_confidence` sure concern the entity."""
    return int(store.query("SELECT count(DISTINCT fact_id) FROM fact_entities WHERE entity_id = ? AND confidence >= ?",
                           (entity_id, min_confidence))[0][0])


def latest_facts(store: Store, entity_id: str, min_confidence: float, limit: int | None) -> list[str]:
    """The ids of the entity's `limit` latest facts (all with None) at least `min_confidence`
    sure: the dated ones newest first, then the undated ones. Its links to facts carry their
    dates: the newest are the end of one range of an index."""
    ids = [r[0] for r in store.query(
        "SELECT fact_id FROM fact_entities WHERE entity_id = ? AND confidence >= ? AND date IS NOT NULL"
        " GROUP BY date, type, fact_id ORDER BY date DESC, type DESC, fact_id DESC LIMIT ?",
        (entity_id, min_confidence, -1 if limit is None else limit))]
    if limit is None or len(ids) < limit:
        ids += [r[0] for r in store.query(
            "SELECT DISTINCT fact_id, type FROM fact_entities WHERE entity_id = ? AND confidence >= ?"
            " AND date IS NULL ORDER BY type, fact_id LIMIT ?",
            (entity_id, min_confidence, -1 if limit is None else limit - len(ids)))]
    return ids


def related(store: Store, entity_id: str, limit: int = 10) -> list[Related]:
    """The `limit` entities named in most of the entity's documents (counted over 500 of
    them at most: kb.graph.co_mentioned)."""
    counts = co_mentioned(store, entity_id, limit)
    rows = {r["id"]: r for r in store.query(
        "SELECT id, name, type FROM entities WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps([e for e, _ in counts]),))}
    found = [Related(rows[e]["name"], rows[e]["type"], n) for e, n in counts if e in rows]
    return sorted(found, key=lambda r: (-r.documents, r.name))
