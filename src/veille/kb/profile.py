"""An entity's profile: what the knowledge base knows about one entity."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console
from rich.table import Table

from veille.kb.store import Store


def profile(store: Store, entity_id: str) -> dict[str, Any]:
    e = store.entity(entity_id)
    aliases = [{"alias": a["alias"], "reason": a["reason"]} for a in store.aliases(entity_id)]
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
    return {
        "id": e["id"], "name": e["name"], "type": e["type"], "kind": e["kind"],
        "aliases": aliases,
        "mentions": sum(r["n"] for r in docs),
        "documents": [{"doc": r["name"], "title": r["title"], "published": r["published"],
                       "mentions": r["n"], "why": r["reason"]} for r in docs],
        "facts": [{"id": r["id"], "type": r["type"], "args": json.loads(r["args"]),
                   "date": r["date"], "modality": r["modality"], "sources": r["sources"],
                   "evidence": r["evidence"], "doc": r["doc"]} for r in facts],
        "related": [{"name": r["name"], "type": r["type"], "documents": r["n"]} for r in related],
    }


def render(data: dict[str, Any], console: Console) -> None:
    console.print(f"[bold]{data['name']}[/bold] ({data['type']}"
                  f"{', ' + data['kind'] if data['kind'] else ''}) — {data['mentions']} mentions"
                  f" in {len(data['documents'])} documents")
    if data["aliases"]:
        console.print("Aliases:")
        for a in data["aliases"]:
            console.print(f"  {a['alias']}  [dim]({a['reason']})[/dim]", highlight=False)
    if data["facts"]:
        from veille.facts.render import summary

        table = Table("date", "type", "fact", "modality", "sources", title="Timeline")
        for f in data["facts"]:
            table.add_row(f["date"] or "", f["type"], summary(f["type"], f["args"])[:90],
                          f["modality"], str(f["sources"]))
        console.print(table)
    if data["related"]:
        console.print("Mentioned with: " + ", ".join(
            f"{r['name']} ({r['documents']})" for r in data["related"]), highlight=False)
    table = Table("document", "published", "mentions", "why it is this entity", title="Documents")
    for d in data["documents"]:
        table.add_row(d["doc"], d["published"] or "", str(d["mentions"]), d["why"])
    console.print(table)
