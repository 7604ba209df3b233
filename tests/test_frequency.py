"""Term counts of the search index, remembered while the index is unchanged (kb/frequency.py)."""

from __future__ import annotations

from pathlib import Path

from veille.kb.frequency import term_frequencies
from veille.kb.search import ensure_index, stem
from veille.kb.store import SQLiteStore
from veille.models import Document, content_id


def _add(store: SQLiteStore, name: str, text: str) -> None:
    with store.write():
        store.add_document(Document(id=content_id(text), name=name, source=f"{name}.txt", text=text,
                                    title=text.splitlines()[0], lang="fr", published="2025-01-10"))
    ensure_index(store)


def _vocab_reads(store: SQLiteStore) -> list[str]:
    seen: list[str] = []
    store.conn.set_trace_callback(lambda sql: seen.append(sql) if "_vocab" in sql else None)
    return seen


def test_counts_are_the_index_counts_and_follow_new_documents(tmp_path: Path) -> None:
    usine, brest = stem("usine", "fr"), stem("Brest", "fr")
    store = SQLiteStore(tmp_path / "kb.db")
    _add(store, "a", "Quintal ouvre une usine\n\nQuintal ouvre une usine à Brest. L'usine emploie 40 personnes.")
    assert term_frequencies(store, [usine, brest, "absent"]) == ({usine: 1, brest: 1}, 1)
    assert term_frequencies(store, [usine, brest, "absent"], "sent") == ({usine: 3, brest: 1}, 3)
    _add(store, "b", "Vosmer ferme une usine\n\nVosmer ferme son usine de Metz.")
    assert term_frequencies(store, [usine, brest]) == ({usine: 2, brest: 1}, 2)
    assert term_frequencies(store, [usine], "sent") == ({usine: 5}, 5)
    store.close()
    again = SQLiteStore(tmp_path / "kb.db")  # another connection to the same file
    _add(again, "c", "Brest accueille une usine\n\nUne usine ouvre à Brest.")
    assert term_frequencies(again, [usine, brest]) == ({usine: 3, brest: 2}, 3)
    again.close()


def test_counts_are_read_once_while_the_index_is_unchanged(tmp_path: Path) -> None:
    usine, metz = stem("usine", "fr"), stem("Metz", "fr")
    store = SQLiteStore(tmp_path / "kb.db")
    _add(store, "a", "Quintal ouvre une usine\n\nQuintal ouvre une usine à Brest.")
    reads = _vocab_reads(store)
    assert term_frequencies(store, [usine]) == ({usine: 1}, 1)
    assert len(reads) == 1
    other = SQLiteStore(tmp_path / "kb.db")  # a later request: a new connection, the same counts
    reads_other = _vocab_reads(other)
    assert term_frequencies(other, [usine, metz]) == ({usine: 1}, 1)
    assert term_frequencies(other, [usine, metz]) == ({usine: 1}, 1)
    assert [metz in sql or "?" in sql for sql in reads_other] == [True]  # only the new term, once
    other.close()
    store.close()


def test_a_store_made_again_at_the_same_path_is_counted_again(tmp_path: Path) -> None:
    """Same path, same numbers of documents and sentences, other words: other counts."""
    usine = stem("usine", "fr")
    for text, n in (("Une usine\n\nUne usine ouvre.", 2), ("Une ville\n\nUne usine ouvre.", 1)):
        (tmp_path / "kb.db").unlink(missing_ok=True)
        store = SQLiteStore(tmp_path / "kb.db")
        _add(store, "a", text)
        assert term_frequencies(store, [usine], "sent") == ({usine: n}, 2)
        store.close()


def test_stores_in_memory_are_counted_each_time() -> None:
    usine = stem("usine", "fr")
    for text, n in (("Une usine\n\nUne usine ouvre.", 2), ("Une ville\n\nUne usine ouvre.", 1)):
        store = SQLiteStore(":memory:")
        _add(store, "a", text)
        assert term_frequencies(store, [usine], "sent") == ({usine: n}, 2)
        store.close()
