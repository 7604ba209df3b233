"""Near-duplicate detection with MinHash LSH over word shingles."""

from __future__ import annotations

import inspect
import re

import numpy as np
from datasketch import MinHash, MinHashLSH

NUM_PERM = 128
THRESHOLD = 0.7
SHINGLE = 3
_WORD = re.compile(r"\w+")
# datasketch >= 2.0 needs the permutation scheme to rebuild a MinHash from stored hash values.
_SCHEME = {"scheme": "affine32"} if "scheme" in inspect.signature(MinHash).parameters else {}
# The permutations derive from the (fixed) seed; drawing them for every MinHash is the
# larger part of building one, so they are drawn once and shared.
_PERMUTATIONS = MinHash(num_perm=NUM_PERM, **_SCHEME).permutations


def comparable(text: str) -> bool:
    """Whether a text has a word to compare: a text of none ('#' * 1000, emoji) has the
    signature of every other such text (see `EMPTY`), and is nobody's near duplicate."""
    return _WORD.search(text) is not None


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.casefold())
    m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, **_SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
    """A stored signature; ValueError if the bytes are not one (a damaged store)."""
    if not isinstance(data, bytes) or len(data) != NUM_PERM * 8:
        raise ValueError(f"a MinHash signature is {NUM_PERM * 8} bytes, not {len(data or b'')}")
    return MinHash(num_perm=NUM_PERM, hashvalues=np.frombuffer(data, dtype=np.uint64),
                   permutations=_PERMUTATIONS, **_SCHEME)


class NearDuplicates:
    """An LSH index of the documents already stored."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash] = {}

    def add(self, doc_id: str, m: MinHash) -> None:
        if doc_id not in self.hashes:
            self.lsh.insert(doc_id, m)
            self.hashes[doc_id] = m

    def remove(self, doc_id: str) -> None:
        """Forget a document (one that failed: it is nobody's original)."""
        if self.hashes.pop(doc_id, None) is not None:
            self.lsh.remove(doc_id)

    def match(self, m: MinHash) -> tuple[str, float] | None:
        """The most similar stored document above the threshold, with its Jaccard estimate."""
        best: tuple[str, float] | None = None
        for doc_id in self.lsh.query(m):
            score = m.jaccard(self.hashes[doc_id])
            if score >= THRESHOLD and (best is None or score > best[1]):
                best = (doc_id, score)
        return best


EMPTY = to_bytes(minhash(""))  # the signature of every text without a word
