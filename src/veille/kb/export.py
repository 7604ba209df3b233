"""The rows of the exports (FORMAT.md): entities, one per entity per document, and facts, one
per fact per document stating it. `veille.export` writes them out."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from veille.kb.facts import iso_date
from veille.kb.store import Store


def entity_rows(store: Store) -> Iterator[dict[str, Any]]:
    """One row per entity per document: the document's name for it, the entity's type, and
    every alias known for the entity."""
    aliases: dict[str, list[str]] = {}
    for row in store.query("SELECT entity_id, alias FROM aliases ORDER BY alias"):
        aliases.setdefault(row["entity_id"], []).append(row["alias"])
    for row in store.query(
            "SELECT d.name AS doc, de.name, e.type, de.aliases, de.entity_id"
            " FROM doc_entities de JOIN documents d ON d.id = de.doc_id"
            " JOIN entities e ON e.id = de.entity_id ORDER BY d.name, de.name, de.key"):
        names = list(dict.fromkeys([*json.loads(row["aliases"]), *aliases.get(row["entity_id"], [])]))
        yield {"doc": row["doc"], "name": row["name"], "type": row["type"],
               "aliases": [n for n in names if n != row["name"]]}


def fact_rows(store: Store, min_confidence: float = 0.0) -> Iterator[dict[str, Any]]:
    """One row per fact per document that states it, with that document's first evidence;
    facts less confident than `min_confidence` are left out."""
    seen: set[tuple[str, str]] = set()
    for row in store.query(
            "SELECT f.*, d.name AS doc, ev.start, ev.end, ev.text AS ev_text"
            " FROM facts f JOIN evidence ev ON ev.fact_id = f.id"
            " JOIN documents d ON d.id = ev.doc_id WHERE f.confidence >= ?"
            " ORDER BY d.name, ev.start, f.type, ev.end, f.id", (min_confidence,)):
        if (row["id"], row["doc"]) in seen:
            continue
        seen.add((row["id"], row["doc"]))
        yield {"doc": row["doc"], "type": row["type"], "args": json.loads(row["args"]),
               "date": iso_date(row["date"]), "period": _period(row), "modality": row["modality"],
               "evidence": {"start": row["start"], "end": row["end"], "text": row["ev_text"]},
               "confidence": row["confidence"], "rule": f"{row['rule']}.v{row['rule_version']}"}


def _period(row: Any) -> dict[str, Any] | None:
    """The fact's date as the text gives it, with its first and last day."""
    if not row["date"]:
        return None
    return {"value": row["date"], "precision": row["date_precision"], "start": row["date_start"],
            "end": row["date_end"]}
