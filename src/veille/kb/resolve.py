"""Cross-document entity resolution: one entity per real-world thing, with the reason for
each merge, and the user's split and merge decisions replayed."""

from __future__ import annotations

import sqlite3
from functools import lru_cache

from veille.kb.graph import recount_pairs
from veille.kb.store import Store, dumps, now, stored_reason, stored_words
from veille.models import DocEntity, norm_name, stable_id
from veille.nlp import gazetteer


def resolve_document(store: Store, doc_id: str, found: list[DocEntity]) -> dict[str, str]:
    """Attach a document's entities to knowledge-base entities; return doc key -> entity id.
    The entities' numbers of documents and mentions follow.

    The result does not depend on the order documents arrive in. An entity's name is the
    fullest its documents give (see `best_name`) and its id follows from that name; a document
    naming two stored entities as one thing ('Velmora', then 'Velmora Robotics' in the same
    breath) joins them, as it would have if it had come first. Entities of the gazetteer and
    those a user split or merged keep their ids, and a user's decisions are never undone."""
    row = store.query("SELECT veille_text(text), rowid FROM documents WHERE id = ?", (doc_id,))
    text = row[0][0] if row else None  # a mention keeps its words only if they are not the text's
    number = row[0][1] if row else None  # the document's number, its entities' and mentions' `doc` (schema 30)
    out: dict[str, str] = {}
    moved: dict[str, str] = {}  # entity id -> the entity it was joined to, in this document
    before = _links(store, number)
    refs = _refs(store, number, [ent.key for ent in found])
    # a user's decisions are few, often none: then no name of this document has any
    decided = bool(store.query("SELECT 1 FROM overrides LIMIT 1"))
    for ent in found:
        entity_id, reason = _choose(store, ent, moved, decided)
        out[ent.key] = entity_id
        if reason.startswith("normalised name: ") or reason == "gazetteer":
            _shared(store, entity_id, number, [ent.name, *ent.aliases])
        for alias in [ent.name, *ent.aliases]:
            if reason == "user merge" and any(
                    r["id"] != entity_id for r in store.entities_by_alias(alias)):
                continue  # a user decision sent it here: don't take another entity's names
            store.add_alias(entity_id, alias, _alias_reason(ent, alias), doc_id)
        store.execute(
            "INSERT OR REPLACE INTO doc_entities (doc, key, name, type, aliases, entity_id, reason, ref)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (number, ent.key, ent.name, ent.type, dumps(ent.aliases), entity_id, stored_reason(reason, ent.name),
             refs[ent.key]))
        store.execute_many("INSERT OR REPLACE INTO mentions (doc, ref, start, end, text, source)"
                           " VALUES (?, ?, ?, ?, ?, ?)",
                           [(number, refs[ent.key], m.start, m.end, stored_words(text, m.text, m.start, m.end),
                             m.source) for m in ent.mentions])
    for key, entity_id in out.items():
        while entity_id in moved:
            entity_id = moved[entity_id]
        out[key] = entity_id
    joined = {_final(moved, e) for e in moved}
    if joined:  # counted again from their rows, this document's included
        recount(store, sorted(joined))
    after = _links(store, number)
    for entity_id in before.keys() | after.keys():
        if entity_id in joined or entity_id in moved:
            continue
        docs = (entity_id in after) - (entity_id in before)
        mentions = after.get(entity_id, 0) - before.get(entity_id, 0)
        if docs or mentions:
            store.execute("UPDATE entities SET docs = docs + ?, mentions = mentions + ? WHERE id = ?",
                          (docs, mentions, entity_id))
    return out


def _refs(store: Store, number: int | None, keys: list[str]) -> dict[str, int]:
    """Each key's number in the document (`ref`, schema 26), the one its mentions carry: a key
    the document has kept keeps its own, the others follow in the order of their keys (0, 1, ...
    in a new document, as the migration numbered the stored ones)."""
    refs: dict[str, int] = {r[0]: r[1] for r in store.query(
        "SELECT key, ref FROM doc_entities WHERE doc = ? AND ref IS NOT NULL", (number,))}
    last = max(refs.values(), default=-1)
    for key in sorted(set(keys) - refs.keys()):
        last += 1
        refs[key] = last
    return refs


def _shared(store: Store, entity_id: str, number: int | None, names: list[str]) -> None:
    """A document's entity joins `entity_id` by one of its `names`: each other document's
    entity of it is tied to it by the first of its own names that another document or the
    gazetteer gives, the reason it would have had coming last, whatever the order they came
    in. Only those that made it ('new entity') or are tied by a name other than their own
    first can change."""
    norms = {norm_name(n) for n in names} | {r[0] for r in store.query(
        "SELECT norm FROM aliases WHERE entity_id = ? AND doc_id IS NULL AND reason = 'gazetteer'", (entity_id,))}
    for r in store.query(  # the condition of the index doc_entities_ties (migrations/020_said_once.sql)
            "SELECT doc, key, name, aliases, reason FROM doc_entities WHERE entity_id = ? AND (reason = 'new entity'"
            " OR substr(reason, 1, 17) = 'normalised name: ')"  # tied by another name than their own
            " AND doc != ?", (entity_id, number)):
        own = [r["name"], *_loads(r["aliases"])]
        tied = r["reason"].removeprefix("normalised name: ") if r["reason"] != "new entity" else None
        before = own[:own.index(tied)] if tied in own else own
        shared = next((n for n in before if norm_name(n) in norms), None)
        if shared is None and tied is None:
            shared = r["name"]
        if shared is not None:
            store.execute("UPDATE doc_entities SET reason = ? WHERE doc = ? AND key = ?",
                          (stored_reason(f"normalised name: {shared}", r["name"]), r["doc"], r["key"]))


def _links(store: Store, number: int | None) -> dict[str, int]:
    """The entities a document (by number) names, each with its number of mentions there."""
    return {r[0]: r[1] for r in store.query(
        "SELECT de.entity_id, count(m.start) FROM doc_entities de LEFT JOIN mentions m"
        " ON m.doc = de.doc AND m.ref = de.ref WHERE de.doc = ? GROUP BY de.entity_id", (number,))}


def recount(store: Store, entity_ids: list[str]) -> None:
    """Count again the documents and mentions of these entities (after a split or a merge). The
    mentions are counted document by document, by the range of its mentions' primary key (no
    index reads them by their entity: schema 21), each naming its entity by number (schema 26)."""
    for entity_id in entity_ids:
        store.execute(
            "UPDATE entities SET docs = (SELECT count(DISTINCT doc) FROM doc_entities WHERE entity_id = ?),"
            " mentions = (SELECT coalesce(sum((SELECT count(*) FROM mentions m WHERE m.doc = de.doc"
            " AND m.ref = de.ref)), 0) FROM doc_entities de WHERE de.entity_id = ?) WHERE id = ?",
            (entity_id, entity_id, entity_id))


def _alias_reason(ent: DocEntity, alias: str) -> str:
    for reason in ent.reasons:
        if reason.endswith(f": {alias}"):
            return reason.rsplit(":", 1)[0]
    return "normalised name"


def _choose(store: Store, ent: DocEntity, moved: dict[str, str], decided: bool = True) -> tuple[str, str]:
    names = [ent.name, *ent.aliases]
    banned: set[str] = set()
    for name in names if decided else ():  # (`decided`: the store holds a user's decision)
        for rule in store.overrides(norm_name(name)):
            if rule["action"] == "merge":
                return rule["entity_id"], "user merge"
            banned.add(rule["entity_id"])
    found: dict[str, tuple[sqlite3.Row, str]] = {}  # the stored entities its names match, in order
    sure: dict[str, sqlite3.Row] = {}  # those matched by a name no other entity has
    for name in names:
        rows = [r for r in store.entities_by_alias(name) if r["id"] not in banned and r["type"] == ent.type
                and not _surname_only(ent.type, name, r["name"])]
        for row in rows:
            found.setdefault(row["id"], (row, name))
        if len(rows) == 1:
            sure.setdefault(rows[0]["id"], rows[0])
    if ent.gazetteer_id:
        known = store.entity_by_gazetteer(ent.gazetteer_id)
        if known is None or known["id"] not in banned:
            entity_id = known["id"] if known is not None else _create_from_gazetteer(store, ent)
            join(store, entity_id, [r for r in sure.values() if natural(r)], moved)
            return entity_id, "gazetteer"
    if not found:
        entity_id = stable_id("entity", norm_name(ent.name), ent.type, sorted(banned))
        store.execute("INSERT OR IGNORE INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)",
                      (entity_id, ent.name, ent.type, ent.kind, None, now()))
        return entity_id, "new entity"
    if not sure:  # its names are others' too: the first made, as ever (neither joined nor renamed)
        row, name = next(iter(found.values()))
        return row["id"], f"normalised name: {name}"
    rows = list(sure.values())
    name = next(n for r, n in found.values() if r["id"] in sure)
    reason = f"normalised name: {name}"
    fixed = [r for r in rows if not natural(r)]
    if fixed:  # a known or user-made entity keeps its id and takes in the others
        entity_id = fixed[0]["id"]
        join(store, entity_id, [r for r in rows if natural(r)], moved)
        return entity_id, reason
    best = best_name([*(r["name"] for r in rows), ent.name])
    entity_id = stable_id("entity", norm_name(best), ent.type, [])
    if entity_id in banned:  # a user took that name away from it
        entity_id, best = rows[0]["id"], rows[0]["name"]
    if entity_id not in sure:
        store.execute("INSERT OR IGNORE INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)",
                      (entity_id, best, ent.type, rows[0]["kind"] or ent.kind, None, now()))
    elif sure[entity_id]["name"] != best:
        store.execute("UPDATE entities SET name = ? WHERE id = ?", (best, entity_id))
    join(store, entity_id, rows, moved)
    return entity_id, reason


def _surname_only(etype: str, name: str, entity_name: str) -> bool:
    """'Lee' stands for John Lee in one article and for Jasmine Lee in the next: one word of a
    person's name joins no one across documents but a person of that one name."""
    key = norm_name(name)
    return etype == "person" and " " not in key and key.isascii() and norm_name(entity_name) != key


def natural(row: sqlite3.Row) -> bool:
    """Whether an entity's id follows from its name: neither the gazetteer's nor made by a
    user's split or merge, so that it may be joined to another or renamed."""
    return row["gazetteer_id"] is None and row["id"] == _natural_id(row["name"], row["type"])


@lru_cache(maxsize=65536)
def _natural_id(name: str, etype: str) -> str:
    """The id an entity of this name and type has when it follows from its name (cached: the
    same stored entities are met again and again)."""
    return stable_id("entity", norm_name(name), etype, [])


def best_name(names: list[str]) -> str:
    """The name an entity goes by, of those its documents give: the fullest, then the first in
    sort order of its key, written in capitals only when every spelling is."""
    return min(names, key=lambda n: (-len(norm_name(n)), norm_name(n), n.isupper(), n))


def _final(moved: dict[str, str], entity_id: str) -> str:
    while entity_id in moved:
        entity_id = moved[entity_id]
    return entity_id


def join(store: Store, keep_id: str, rows: list[sqlite3.Row], moved: dict[str, str]) -> None:
    """Move every stored entity of `rows` but `keep_id` into it: names, documents, facts and
    graph edges. Unlike a user's merge, nothing is remembered: the documents will join them
    again whatever their order."""
    for row in rows:
        other_id = row["id"]
        if other_id == keep_id:
            continue
        for a in store.aliases(other_id):
            store.add_alias(keep_id, a["alias"], a["reason"], a["doc_id"])
        store.execute("UPDATE doc_entities SET entity_id = ? WHERE entity_id = ?", (keep_id, other_id))
        store.execute("DELETE FROM aliases WHERE entity_id = ?", (other_id,))
        _move_facts_and_drop(store, keep_id, other_id)
        moved[other_id] = keep_id


def _move_facts_and_drop(store: Store, keep_id: str, other_id: str) -> None:
    """The facts naming entity `other_id` name `keep_id` instead (once per role); `other_id`
    goes, and the counts and graph edges of both follow."""
    store.execute("UPDATE fact_entities SET entity_id = ? WHERE entity_id = ? AND NOT EXISTS (SELECT 1"
                  " FROM fact_entities kept WHERE kept.fact_id = fact_entities.fact_id"
                  " AND kept.role = fact_entities.role AND kept.entity_id = ?)",
                  (keep_id, other_id, keep_id))
    store.execute("DELETE FROM fact_entities WHERE entity_id = ?", (other_id,))
    store.execute("DELETE FROM entities WHERE id = ?", (other_id,))
    recount(store, [keep_id])
    recount_pairs(store, [keep_id, other_id])


def _create_from_gazetteer(store: Store, ent: DocEntity) -> str:
    entry = gazetteer.entries().get(ent.gazetteer_id or "")
    entity_id = stable_id("entity", "gazetteer", ent.gazetteer_id)
    name = entry.name if entry else ent.name
    etype = entry.type if entry else ent.type
    store.execute("INSERT OR IGNORE INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)",
                  (entity_id, name, etype, entry.kind if entry else None, ent.gazetteer_id, now()))
    if entry:
        for alias in (entry.name, *entry.aliases):
            store.add_alias(entity_id, alias, "gazetteer")
    return entity_id


def split(store: Store, entity_id: str, alias: str) -> str:
    """Take the documents that named an entity `alias` out of it, into a new entity, and
    remember the decision so later ingests keep them apart. Returns the new entity's id."""
    key = norm_name(alias)
    rows = store.query("SELECT * FROM doc_entities WHERE entity_id = ?", (entity_id,))
    moved = [r for r in rows if key in {norm_name(r["name"]), *map(norm_name, _loads(r["aliases"]))}]
    old = store.entity(entity_id)
    new_id = stable_id("entity", key, old["type"], "split", entity_id)
    with store.write():
        store.execute("INSERT OR IGNORE INTO entities (id, name, type, kind, gazetteer_id, created_at)"
                  " VALUES (?, ?, ?, ?, ?, ?)",
                      (new_id, alias, old["type"], old["kind"], None, now()))
        for r in moved:
            store.execute("UPDATE doc_entities SET entity_id = ?, reason = 'user split'"
                          " WHERE doc = ? AND key = ?", (new_id, r["doc"], r["key"]))
            store.execute("UPDATE fact_entities SET entity_id = ? WHERE entity_id = ? AND fact_id"
                          " IN (SELECT fact_id FROM evidence_spans WHERE doc = ?)",
                          (new_id, entity_id, r["doc"]))
        store.execute("DELETE FROM aliases WHERE entity_id = ? AND norm = ?", (entity_id, key))
        store.add_alias(new_id, alias, "user split")
        store.add_override("split", key, entity_id)
        store.add_override("merge", key, new_id)
        recount(store, [entity_id, new_id])
        recount_pairs(store, [entity_id, new_id])
    return new_id


def merge(store: Store, keep_id: str, other_id: str) -> None:
    """Merge entity `other_id` into `keep_id`, and remember it for later ingests."""
    if keep_id == other_id:
        return
    with store.write():
        for a in store.aliases(other_id):
            store.add_alias(keep_id, a["alias"], "user merge", a["doc_id"])
            store.add_override("merge", a["norm"], keep_id)
        store.execute("UPDATE doc_entities SET entity_id = ?, reason = 'user merge'"
                      " WHERE entity_id = ?", (keep_id, other_id))
        store.execute("DELETE FROM overrides WHERE entity_id = ? AND action = 'merge'", (other_id,))
        _move_facts_and_drop(store, keep_id, other_id)


def _loads(text: str) -> list[str]:
    import json

    value = json.loads(text)
    return [str(v) for v in value] if isinstance(value, list) else []
