"""Storing facts: one fact per statement across articles, each piece of evidence kept,
and conflicting values of the same measure flagged."""

from __future__ import annotations

import json
from typing import Any

from veille.kb.store import Store, dumps
from veille.models import Document, norm_name, stable_id

DATED_TYPES = {"metric", "stock_move", "funding", "target", "event", "agreement"}
KEY_ROLES = {
    "launch": ("subject", "product"),
    "stock_move": ("subject", "change_pct"),
    "funding": ("subject", "amount", "recipient"),
    "agreement": ("parties", "topic"),
    "event": ("name",),
    "metric": ("subject", "value", "unit", "measure"),
    "target": ("subject", "measure", "value", "deadline"),
    "quote": ("speaker", "text"),
    "role": ("person", "title", "org"),
}
ENTITY_ROLES = ("subject", "product", "recipient", "name", "place", "organizer", "speaker",
                "person", "org", "source", "parties")


def _norm_value(value: Any) -> Any:
    if isinstance(value, str):
        return norm_name(value)
    if isinstance(value, list):
        return sorted(_norm_value(v) for v in value)
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: _norm_value(v) for k, v in sorted(value.items())}
    return value


def fact_id(fact: dict[str, Any]) -> str:
    """The same statement in two articles gets the same id."""
    args = fact["args"]
    key = [_norm_value(args.get(r)) for r in KEY_ROLES.get(fact["type"], sorted(args))]
    date = (fact.get("date") or "")[:7] if fact["type"] in DATED_TYPES else ""
    return stable_id("fact", fact["type"], key, date)


def conflict_key(fact: dict[str, Any]) -> str | None:
    """Same subject, same measure, same date: the values should agree."""
    if fact["type"] not in ("metric", "stock_move", "target"):
        return None
    args = fact["args"]
    measure = args.get("measure") or ""
    head = norm_name(measure if isinstance(measure, str) else " ".join(measure)).split()[:1]
    if not args.get("subject") or not fact.get("date"):
        return None
    return stable_id("conflict", fact["type"], norm_name(str(args["subject"])), head,
                     args.get("unit"), fact.get("date"))


def save_facts(store: Store, doc: Document, facts: list[dict[str, Any]],
               keys: dict[str, str]) -> int:
    """Store a document's facts (inside the caller's transaction); return how many."""
    for fact in facts:
        fid = fact_id(fact)
        ev = fact["evidence"]
        store.execute(
            "INSERT OR IGNORE INTO facts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (fid, fact["type"], dumps(fact["args"]), fact.get("date"), fact.get("date_precision"),
             fact.get("modality", "asserted"), float(fact.get("confidence", 0.5)),
             fact.get("rule", ""), int(fact.get("rule_version", 1)), conflict_key(fact)))
        store.execute("INSERT OR IGNORE INTO evidence VALUES (?, ?, ?, ?, ?, ?)",
                      (fid, doc.id, ev["start"], ev["end"], ev["text"], ev.get("sentence", "")))
        for role, key in (fact.get("entities") or {}).items():
            for k in key if isinstance(key, list) else [key]:
                entity_id = keys.get(k)
                if entity_id:
                    store.execute("INSERT OR IGNORE INTO fact_entities VALUES (?, ?, ?)",
                                  (fid, role, entity_id))
    return len(facts)


def conflicts(store: Store, fid: str) -> list[str]:
    """Ids of facts that give another value for the same measure, subject and date."""
    rows = store.query("SELECT conflict_key FROM facts WHERE id = ?", (fid,))
    if not rows or rows[0][0] is None:
        return []
    return [r[0] for r in store.query(
        "SELECT id FROM facts WHERE conflict_key = ? AND id != ?", (rows[0][0], fid))]


def load_args(text: str) -> dict[str, Any]:
    value = json.loads(text)
    return value if isinstance(value, dict) else {}
