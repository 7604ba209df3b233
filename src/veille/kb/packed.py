"""Values the store keeps packed: a document's indexed sentences in one compressed blob, and
(in SQLite) a document's text compressed.

A document's indexed sentences (their bounds in the text and their index terms, see
kb/search.py) used to be one row each of `search_sentences`, 19 rows and 3 kB a document, most
of it the terms as text. They are one value of `search_docs` now (schema version 12): the
number of sentences, their bounds as 32-bit integers, then their terms, one line a sentence,
the whole compressed with zlib (about a third of the bytes). A sentence's id is still the
document's seq * 4096 + its position (the rowid of its row in FTS5's sentence index).
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Sequence
from functools import lru_cache

SENT_BITS = 12  # at most 4096 sentences of a document are indexed (kb/search.py)
_COUNT = struct.Struct("<I")


def pack_sentences(bounds: Sequence[tuple[int, int]], bodies: Sequence[str]) -> bytes:
    """A document's sentences, (start, end) and their index terms joined by spaces, as one blob."""
    if len(bounds) != len(bodies):
        raise ValueError(f"{len(bounds)} sentences and {len(bodies)} lists of terms")
    if any("\n" in b for b in bodies):
        raise ValueError("index terms hold no line break")
    flat = [x for b in bounds for x in b]
    head = _COUNT.pack(len(bounds)) + struct.pack(f"<{len(flat)}I", *flat)
    return zlib.compress(head + "\n".join(bodies).encode("utf-8"), 9)


def unpack_sentences(seq: int, blob: bytes | memoryview | None) -> list[tuple[int, int, int, str]]:
    """(sentence id, start, end, terms) of each sentence of a packed blob, in order."""
    if blob is None:
        return []
    data = zlib.decompress(bytes(blob))
    (n,) = _COUNT.unpack_from(data)
    flat = struct.unpack_from(f"<{2 * n}I", data, _COUNT.size)
    bodies = data[_COUNT.size + 8 * n:].decode("utf-8").split("\n") if n else []
    base = seq << SENT_BITS
    return [(base + i, flat[2 * i], flat[2 * i + 1], bodies[i]) for i in range(n)]


def zip_text(value: str | bytes | None) -> bytes | None:
    """A document's text as SQLite keeps it since schema version 17 (SQL `veille_zip`): its
    UTF-8 compressed with zlib, about a third of its bytes. PostgreSQL compresses it itself."""
    if value is None or isinstance(value, bytes):
        return value
    return zlib.compress(value.encode("utf-8"), 6)


@lru_cache(maxsize=64)  # a document's evidence rows are read one after the other
def _unzip(value: bytes) -> str:
    return zlib.decompress(value).decode("utf-8")


def unzip_text(value: str | bytes | None) -> str | None:
    """A document's text as stored (SQL `veille_text`): compressed (bytes), or as it is."""
    if isinstance(value, bytes):
        return _unzip(value)
    return value
