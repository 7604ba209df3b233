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
    """A signature as the store keeps it: its hash values as 32-bit integers, all they hold
    (datasketch's permutations keep the low 32 bits); 64-bit ones before schema version 14."""
    return np.asarray(m.hashvalues, dtype="<u4").tobytes()


def from_bytes(data: bytes) -> MinHash:
    """A stored signature (32-bit values, or 64-bit as before schema version 14); ValueError if
    the bytes are not one (a damaged store)."""
    if not isinstance(data, bytes) or len(data) not in (NUM_PERM * 4, NUM_PERM * 8):
        raise ValueError(f"a MinHash signature is {NUM_PERM * 4} bytes, not {len(data or b'')}")
    values = np.frombuffer(data, dtype="<u4" if len(data) == NUM_PERM * 4 else "<u8").astype(np.uint64)
    if len(data) == NUM_PERM * 8 and int(values.max()) >> 32:
        raise ValueError("a 64-bit MinHash signature holds values of more than 32 bits")
    return MinHash(num_perm=NUM_PERM, hashvalues=values, permutations=_PERMUTATIONS, **_SCHEME)


def narrow(data: bytes | None) -> bytes | None:
    """A signature stored with 64-bit values as the 32-bit values it holds (schema version 14);
    any other value as it is (a damaged one is computed again when the store is next read)."""
    if data is None or len(data) != NUM_PERM * 8:
        return data
    values = np.frombuffer(data, dtype="<u8")
    if int(values.max()) >> 32:
        return data
    return values.astype("<u4").tobytes()


def precedence(published: str | None, doc_id: str) -> tuple[str, str]:
    """How near duplicates rank, the original first: the one published first (a month or a
    year counts from its first day), a dated one before an undated one, then by id (ids derive
    from the text). A function of the documents, never of the order they arrive in."""
    return ((published + "-01-01")[:10] if published else "~", doc_id)


Plan = dict[str, "tuple[str, float] | None"]  # document -> (its original, their similarity), None: an original


class NearDuplicates:
    """An LSH index of the documents stored or on their way, near duplicates included, and the
    roles they take: see `originals`."""

    def __init__(self) -> None:
        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=NUM_PERM)
        self.hashes: dict[str, MinHash] = {}
        self.ranks: dict[str, tuple[str, str]] = {}
        self.links: dict[str, dict[str, float]] = {}  # `similar`, of the documents asked about

    def __contains__(self, doc_id: str) -> bool:
        return doc_id in self.hashes

    def add(self, doc_id: str, m: MinHash, published: str | None = None) -> None:
        if doc_id in self.hashes:
            return
        self.lsh.insert(doc_id, m)
        self.hashes[doc_id] = m
        self.ranks[doc_id] = precedence(published, doc_id)
        if self.links:  # the documents asked about know their new near duplicate
            for other, score in self.similar(doc_id).items():
                if other in self.links:
                    self.links[other][doc_id] = score

    def remove(self, doc_id: str) -> None:
        """Forget a document (one that failed: it is nobody's original)."""
        if doc_id not in self.hashes:
            return
        for other in self.similar(doc_id):  # those that know it know it as it knows them
            self.links.get(other, {}).pop(doc_id, None)
        del self.links[doc_id], self.hashes[doc_id], self.ranks[doc_id]
        self.lsh.remove(doc_id)

    def similar(self, doc_id: str) -> dict[str, float]:
        """The documents at least THRESHOLD similar to one (LSH candidates, by their Jaccard
        estimate: both are symmetric), with their similarity."""
        if doc_id not in self.links:
            m = self.hashes[doc_id]
            self.links[doc_id] = {other: score for other in self.lsh.query(m) if other != doc_id
                                  and (score := m.jaccard(self.hashes[other])) >= THRESHOLD}
        return dict(self.links[doc_id])

    def originals(self, doc_id: str) -> Plan:
        """The role of each document of a document's group (those it is a near duplicate of,
        theirs, and so on), whatever the order they came in: taken in precedence order (see
        `precedence`), a document is a near duplicate of the most similar original before it
        (of equally similar ones, the first), else an original."""
        if doc_id not in self.hashes:
            return {doc_id: None}
        links = {doc_id: self.similar(doc_id)}
        todo = list(links[doc_id])
        while todo:
            other = todo.pop()
            if other not in links:
                links[other] = self.similar(other)
                todo.extend(o for o in links[other] if o not in links)
        plan: Plan = {}
        kept: list[str] = []
        for d in sorted(links, key=self.ranks.__getitem__):
            best: tuple[str, float] | None = None
            for o in kept:
                score = links[d].get(o)
                if score is not None and (best is None or score > best[1]):
                    best = (o, score)
            plan[d] = best
            if best is None:
                kept.append(d)
        return plan


EMPTY = to_bytes(minhash(""))  # the signature of every text without a word
