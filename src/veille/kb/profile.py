"""An entity's profile: what the knowledge base knows about one entity."""

from __future__ import annotations

import json

from veille.kb.store import Store
from veille.records import Alias, EntityDocument, EntityProfile, ProfileFact, Related


def profile(store: Store, entity_id: str) -> EntityProfile:
    """The entity's aliases and why, the documents naming it, its facts as a timeline and the
    ten entities most often mentioned with it (NotFound if there is no such entity)."""
    e = store.entity(entity_id)
    docs = store.query(
        "SELECT d.name, d.title, d.published, de.reason,"
        " (SELECT count(*) FROM mentions m WHERE m.doc_id = de.doc_id AND m.key = de.key) AS n"
        " FROM doc_entities de JOIN documents d ON d.id = de.doc_id WHERE de.entity_id = ?"
        " ORDER BY d.published, d.name", (entity_id,))
    facts = store.query(
        "SELECT f.id, f.type, f.args, f.date, f.modality, count(DISTINCT ev.doc_id) AS sources,"
        " min(ev.text) AS evidence, min(d.name) AS doc"
        " FROM facts f JOIN fact_entities fe ON fe.fact_id = f.id"
        " JOIN evidence ev ON ev.fact_id = f.id JOIN documents d ON d.id = ev.doc_id"
        " WHERE fe.entity_id = ? GROUP BY f.id ORDER BY f.date IS NULL, f.date, f.type",
        (entity_id,))
    related = store.query(
        "SELECT e.name, e.type, count(DISTINCT o.doc_id) AS n FROM doc_entities me"
        " JOIN doc_entities o ON o.doc_id = me.doc_id AND o.entity_id != me.entity_id"
        " JOIN entities e ON e.id = o.entity_id WHERE me.entity_id = ?"
        " GROUP BY e.id ORDER BY n DESC, e.name LIMIT 10", (entity_id,))
    return EntityProfile(
        id=e["id"], name=e["name"], type=e["type"], kind=e["kind"],
        aliases=[Alias(a["alias"], a["reason"]) for a in store.aliases(entity_id)],
        mentions=sum(r["n"] for r in docs),
        documents=[EntityDocument(r["name"], r["title"], r["published"], r["n"], r["reason"])
                   for r in docs],
        facts=[ProfileFact(r["id"], r["type"], json.loads(r["args"]), r["date"], r["modality"],
                           r["sources"], r["evidence"], r["doc"]) for r in facts],
        related=[Related(r["name"], r["type"], r["n"]) for r in related],
    )
