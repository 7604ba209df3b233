"""How many documents or sentences of the search index hold a term, remembered while the index
is unchanged.

FTS5's vocabulary tables count a term's rows by reading its whole posting list: 30 ms for a word
found in a million sentences, and a question looks up a few dozen words. The counts of a store
file are kept in this process (the web app opens a connection per request) under a stamp of the
index (what `search_state` records and the document indexed last), and forgotten as soon as the
stamp changes: the counts given are always those a query of the index would give.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

from veille.kb import search_pg
from veille.kb.store import SharedStore

KEPT = 200_000  # terms remembered per store and level; past that the store's counts start over
_COUNTS: dict[tuple[object, ...], tuple[tuple[object, ...], dict[str, int]]] = {}


def term_frequencies(store: SharedStore, words: Iterable[str], level: str = "doc"
                     ) -> tuple[dict[str, int], int]:
    """How many documents (or sentences, level="sent") hold each term that the index has, and
    how many documents (or sentences) it holds."""
    keys = sorted(set(words))
    state = sorted((r[0], r[1]) for r in store.query("SELECT key, value FROM search_state"))
    total = int(dict(state).get("sentences" if level == "sent" else "docs", 0))
    if not keys:
        return {}, total
    # the sentences holding a term are counted as they are indexed (schema version 15)
    table, count = ("search_sent_terms", "sents") if level == "sent" else ("search_doc_vocab", "doc")
    if store.dialect == "postgresql":  # counted as documents are indexed: one index lookup a term
        return search_pg.term_counts(store, keys, level), total
    counts = _kept(store, level, state)
    missing = [k for k in keys if k not in counts] if counts is not None else keys
    found: dict[str, int] = {}
    if missing:
        marks = ",".join("?" * len(missing))
        found = {r[0]: r[1] for r in store.query(
            f"SELECT term, {count} FROM {table} WHERE term IN ({marks})", tuple(missing))}
        if counts is not None:
            counts.update((k, found.get(k, 0)) for k in missing)
    if counts is None:
        return found, total
    return {k: counts[k] for k in keys if counts[k]}, total


def _kept(store: SharedStore, level: str, state: list[tuple[object, object]]
          ) -> dict[str, int] | None:
    """The counts remembered for this store's index as it is now (None: a store in memory,
    which has no lasting identity)."""
    try:
        info = os.stat(store.path)
    except (OSError, ValueError):
        return None
    last = store.query("SELECT doc_id FROM search_docs ORDER BY seq DESC LIMIT 1")
    stamp = (tuple(state), last[0][0] if last else None)
    key = (os.path.realpath(store.path), info.st_dev, info.st_ino, level)
    kept = _COUNTS.get(key)
    if kept is None or kept[0] != stamp or len(kept[1]) > KEPT:
        kept = _COUNTS[key] = (stamp, {})
    return kept[1]
