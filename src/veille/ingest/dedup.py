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


def minhash(text: str) -> MinHash:
    words = _WORD.findall(text.casefold())
    m = MinHash(num_perm=NUM_PERM, permutations=_PERMUTATIONS, **_SCHEME)
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(len(words) - SHINGLE + 1, 1))}
    m.update_batch([s.encode("utf-8") for s in shingles])
    return m


def to_bytes(m: MinHash) -> bytes:
    return np.asarray(m.hashvalues, dtype=np.uint64).tobytes()


def from_bytes(data: bytes) -> MinHash:
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

    def match(self, m: MinHash) -> tuple[str, float] | None:
        """The most similar stored document above the threshold, with its Jaccard estimate."""
        best: tuple[str, float] | None = None
        for doc_id in self.lsh.query(m):
            score = m.jaccard(self.hashes[doc_id])
            if score >= THRESHOLD and (best is None or score > best[1]):
                best = (doc_id, score)
        return best
