"""Taking a document's annotations out of the knowledge base: when a near duplicate that comes
later is found to be the original of a document stored before it (ingest/run.py), the one
stored first becomes its near duplicate and keeps its text, not its entities and facts."""

from __future__ import annotations

import json
import sqlite3

from veille.kb.facts import restate
from veille.kb.graph import relink
from veille.kb.resolve import best_name, join, natural, recount
from veille.kb.store import Store, now
from veille.models import norm_name, stable_id

USERS = ("user merge", "user split")  # names a user gave: kept as they are, as the gazetteer's (no document)


def withdraw(store: Store, doc_id: str) -> None:
    """Take a document's mentions, entities and facts out (inside the caller's transaction), and
    what they gave to those other documents share: a fact stated elsewhere is drawn again from
    its other statements (kb/facts.py's `restate`), an entity named elsewhere keeps the names,
    counts and the name those documents give it; an entity or a fact no other document gives
    goes. The knowledge base is then as if the document had never been annotated, but for two
    entities it alone showed to be one: they stay joined."""
    number = store.query("SELECT rowid FROM documents WHERE id = ?", (doc_id,))[0][0]  # its rows' `doc`
    facts = _column(store, "SELECT DISTINCT fact_id FROM evidence_spans WHERE doc = ? ORDER BY 1", number)
    entities = _column(store, "SELECT DISTINCT entity_id FROM doc_entities WHERE doc = ? ORDER BY 1", number)
    store.execute("DELETE FROM evidence_spans WHERE doc = ?", (number,))
    for table in ("mentions", "doc_entities"):
        store.execute(f"DELETE FROM {table} WHERE doc = ?", (number,))
    restate(store, facts)
    relink(store, facts + _entities(store, entities))


def _column(store: Store, sql: str, *params: object) -> list[str]:
    return [r[0] for r in store.query(sql, params)]


def _entities(store: Store, entity_ids: list[str]) -> list[str]:
    """The entities a withdrawn document named, as the other documents leave them: one no
    document names goes (unless a user's decision names it), the others keep the names their
    documents give, counted again; one whose id follows from its name takes the fullest of
    theirs if its own was the withdrawn document's alone, and the document left alone naming
    it made it. Returns the facts that were linked to an entity that went."""
    unlinked: list[str] = []
    kept_by_users = set(_column(store, "SELECT DISTINCT entity_id FROM overrides ORDER BY 1"))
    for entity_id in entity_ids:
        rows = store.query("SELECT * FROM entities WHERE id = ?", (entity_id,))
        if not rows:
            continue
        named = store.query("SELECT d.id AS doc_id, de.doc, de.key, de.name, de.aliases, de.reason"
                            " FROM doc_entities de JOIN documents d ON d.rowid = de.doc WHERE de.entity_id = ?"
                            " ORDER BY d.id, de.key", (entity_id,))
        if not named:
            if entity_id not in kept_by_users:
                unlinked += _column(store, "SELECT fact_id FROM fact_entities WHERE entity_id = ?", entity_id)
                store.execute("DELETE FROM fact_entities WHERE entity_id = ?", (entity_id,))
                store.execute("DELETE FROM aliases WHERE entity_id = ?", (entity_id,))
                store.execute("DELETE FROM entities WHERE id = ?", (entity_id,))
            continue
        _aliases(store, entity_id, [(r["doc_id"], [r["name"], *json.loads(r["aliases"] or "[]")]) for r in named])
        recount(store, [entity_id])
        _rename(store, rows[0], [r["name"] for r in named])  # its edges follow (kb/resolve.py's `join`)
        if len(named) == 1 and (named[0]["reason"] == "" or named[0]["reason"].startswith("normalised name: ")):
            store.execute("UPDATE doc_entities SET reason = 'new entity' WHERE doc = ? AND key = ?",
                          (named[0]["doc"], named[0]["key"]))
    return unlinked


def _aliases(store: Store, entity_id: str, named: list[tuple[str, list[str]]]) -> None:
    """Each name of the entity as its documents (id, names) still give it (kb/store.py's
    `add_alias`: the shortest spelling, the first document), gone when none does; the names
    of the gazetteer and of users' decisions stay."""
    given: dict[str, list[tuple[str, str]]] = {}  # norm -> (spelling, document)
    for doc_id, names in named:
        for name in names:
            given.setdefault(norm_name(name), []).append((name, doc_id))
    for a in store.aliases(entity_id):
        if a["doc_id"] is None or a["reason"] in USERS:
            continue
        spellings = given.get(a["norm"])
        if not spellings:
            store.execute("DELETE FROM aliases WHERE entity_id = ? AND norm = ?", (entity_id, a["norm"]))
            continue
        alias = min((s for s, _ in spellings), key=lambda s: (len(s), s))
        doc = min(d for _, d in spellings)
        if (alias, doc) != (a["alias"], a["doc_id"]):
            store.execute("UPDATE aliases SET alias = ?, doc_id = ? WHERE entity_id = ? AND norm = ?",
                          (alias, doc, entity_id, a["norm"]))


def _rename(store: Store, row: sqlite3.Row, names: list[str]) -> None:
    """An entity whose id follows from its name, a name only the withdrawn document gave: it
    takes the fullest its documents give (kb/resolve.py's `best_name`) and the id that follows,
    unless another entity has that id."""
    if not natural(row):
        return
    same = [n for n in names if norm_name(n) == norm_name(row["name"])]
    if row["name"] in same:
        return
    best = best_name(same or names)
    new_id = stable_id("entity", norm_name(best), row["type"], [])
    if new_id == row["id"]:
        store.execute("UPDATE entities SET name = ? WHERE id = ?", (best, row["id"]))
    elif not store.query("SELECT 1 FROM entities WHERE id = ?", (new_id,)):  # else another entity's: left
        store.execute("INSERT INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)", (new_id, best, row["type"], row["kind"], None, now()))
        join(store, new_id, [row], {})
