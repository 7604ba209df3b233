"""The parts of migrations that SQL cannot say, in Python: each runs after the script of its
number (migrations/NNN_*.sql, and migrations/postgresql/NNN_*.sql), in the same transaction,
through the store's own interface, so that one function serves both backends."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from veille.kb.packed import SENT_BITS, pack_sentences

if TYPE_CHECKING:
    from veille.kb.store import SharedStore

BATCH = 500  # documents read at once


def pack_search_sentences(store: SharedStore) -> None:
    """Schema version 12: each indexed document's sentences, one row each of
    `search_sentences`, packed into `search_docs.packed` (kb/packed.py); the table dropped."""
    last = -1
    while seqs := [r[0] for r in store.query(
            "SELECT seq FROM search_docs WHERE seq > ? ORDER BY seq LIMIT ?", (last, BATCH))]:
        last = seqs[-1]
        rows: dict[int, list[tuple[int, int, str]]] = {seq: [] for seq in seqs}
        for r in store.query('SELECT id, start, "end", terms FROM search_sentences WHERE id BETWEEN ? AND ?'
                             " ORDER BY id", (seqs[0] << SENT_BITS, ((last + 1) << SENT_BITS) - 1)):
            if (seq := r[0] >> SENT_BITS) in rows:
                rows[seq].append((r[1], r[2], r[3]))
        store.execute_many("UPDATE search_docs SET packed = ? WHERE seq = ?",
                           [(pack_sentences([(s, e) for s, e, _ in own], [t for _, _, t in own]), seq)
                            for seq, own in rows.items()])
    store.execute("DROP TABLE search_sentences")


def narrow_signatures(store: SharedStore) -> None:
    """Schema version 14: the documents' MinHash signatures kept as 32-bit values (half the
    bytes), the values they hold (ingest/dedup.py)."""
    from veille.ingest.dedup import NUM_PERM, narrow

    last = ""
    while rows := store.query("SELECT id, minhash FROM documents WHERE id > ? ORDER BY id LIMIT ?", (last, BATCH)):
        last = rows[-1][0]
        changed = [(new, r[0]) for r in rows if r[1] is not None and len(r[1]) == NUM_PERM * 8
                   and (new := narrow(bytes(r[1]))) != bytes(r[1])]
        store.execute_many("UPDATE documents SET minhash = ? WHERE id = ?", changed)


def number_conflict_keys(store: SharedStore) -> None:
    """Schema version 25: the facts' conflict keys as 64-bit integers in the same order
    (kb/facts.py `key_number`), and their arguments as JSON without spaces (`args_text`).
    PostgreSQL's script changed the keys' type itself; SQLite's added the column `conflict`,
    filled here, then put in the old one's place."""
    import json

    from veille.kb.facts import args_text, key_number

    last = ""
    while rows := store.query("SELECT id, args, conflict_key FROM facts WHERE id > ? ORDER BY id LIMIT ?",
                              (last, BATCH * 10)):
        last = rows[-1][0]
        if store.dialect == "sqlite":
            store.execute_many("UPDATE facts SET args = ?, conflict = ? WHERE id = ?",
                               [(args_text(json.loads(r[1])), None if r[2] is None else key_number(r[2]), r[0])
                                for r in rows])
        else:
            store.execute_many("UPDATE facts SET args = ? WHERE id = ?",
                               [(new, r[0]) for r in rows if (new := args_text(json.loads(r[1]))) != r[1]])
    if store.dialect == "sqlite":
        store.execute("ALTER TABLE facts DROP COLUMN conflict_key")
        store.execute("ALTER TABLE facts RENAME COLUMN conflict TO conflict_key")
        store.execute("CREATE INDEX facts_conflict ON facts(conflict_key) WHERE conflict_key IS NOT NULL")


STEPS: dict[int, Callable[[SharedStore], None]] = {12: pack_search_sentences, 14: narrow_signatures,
                                                   25: number_conflict_keys}


def run_step(number: int, store: SharedStore) -> None:
    """The Python part of migration `number`, if it has one."""
    step = STEPS.get(number)
    if step is not None:
        step(store)
