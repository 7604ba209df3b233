"""Copy a whole store into another, SQLite to PostgreSQL or back (`veille copy SRC DST`).

Every row of every table but the search index's is copied, with the `rowid` that orders the
documents, entities, facts and failures (SQLite's implicit one, PostgreSQL's column), in one
write transaction of the destination: a copy is whole or is not. The destination's search index
is then built again from the copied documents (the two stores keep it in different tables).
The destination must hold no document: a copy never merges two stores.
"""

from __future__ import annotations

from collections.abc import Callable

from veille.errors import StoreNotEmpty
from veille.kb.search import ensure_index
from veille.kb.store import SharedStore

# In an order that puts each row after the rows it refers to.
TABLES = ("documents", "failures", "entities", "aliases", "doc_entities", "mentions", "overrides", "facts",
          "evidence_spans", "fact_entities", "document_sources", "graph_links", "graph_pairs", "sources",
          "source_items", "alert_rules", "alert_matches", "alert_deliveries", "digest_schedules")
WITH_ROWID = ("documents", "failures", "entities", "facts")  # the order of their rows is kept
BATCH = 1000


def copy_store(src: SharedStore, dst: SharedStore, progress: Callable[[str, int], None] | None = None
               ) -> dict[str, int]:
    """Copy every row of `src` into the empty store `dst`; return the rows copied per table."""
    if dst.query("SELECT count(*) FROM documents")[0][0]:
        raise StoreNotEmpty(f"the store {dst.path} holds documents already: a copy goes into an empty store",
                            "Give a new file or an empty database as the destination")
    counts: dict[str, int] = {}
    with src.snapshot(), dst.write():
        for table in TABLES:
            columns = [c for c in dst.columns(table) if c in set(src.columns(table)) and c != "rowid"]
            if table in WITH_ROWID:
                columns.append("rowid")
            names = ", ".join(_name(c) for c in columns)
            # a document's text read as it is and written as each store keeps it (compressed in SQLite)
            text = table == "documents"
            values = ", ".join("veille_zip(?)" if text and c == "text" else "?" for c in columns)
            read = ", ".join("veille_text(text)" if text and c == "text" else _name(c) for c in columns)
            insert = f"INSERT INTO {table} ({names}) VALUES ({values})"
            order = "rowid" if table in WITH_ROWID else "1"
            n, batch = 0, []
            for row in src.stream(f"SELECT {read} FROM {table} ORDER BY {order}"):
                batch.append(tuple(row))
                if len(batch) >= BATCH:
                    dst.execute_many(insert, batch)
                    n, batch = n + len(batch), []
            if batch:
                dst.execute_many(insert, batch)
                n += len(batch)
            counts[table] = n
            if progress:
                progress(table, n)
        dst.after_copy()
    ensure_index(dst)
    return counts


def _name(column: str) -> str:
    return '"end"' if column == "end" else column
