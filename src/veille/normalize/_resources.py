"""Shared helpers for the normalisation library: data loading and text utilities.

The lexicons live as YAML (and one CSV) files in ``veille/data/normalize``. Each file is read
once and cached; callers get plain dicts and lists and must not mutate them.
"""

from __future__ import annotations

import csv
import io
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator
from functools import lru_cache
from importlib.resources import files
from typing import Any, Protocol, TypeVar

import yaml

APOSTROPHES = "'’ʼ`"
LANGS = ("fr", "en")


def _data_text(name: str) -> str:
    """Return the text of one data file of the normalisation library."""
    resource = files("veille").joinpath("data", "normalize", name)
    return resource.read_text(encoding="utf-8")


@lru_cache(maxsize=16)
def load_yaml(name: str) -> dict[str, Any]:
    """Load and cache a YAML data file by file name (e.g. ``"numbers.yaml"``)."""
    data = yaml.safe_load(_data_text(name))
    if not isinstance(data, dict):
        raise ValueError(f"data file {name} is not a mapping")
    return data


@lru_cache(maxsize=16)
def load_csv(name: str) -> tuple[dict[str, str], ...]:
    """Load and cache a CSV data file as a tuple of row dicts."""
    reader = csv.DictReader(io.StringIO(_data_text(name)))
    return tuple(dict(row) for row in reader)


def check_lang(lang: str) -> str:
    """Return the language code, falling back to English for anything not French."""
    code = (lang or "en").lower()[:2]
    return code if code in LANGS else "en"


@lru_cache(maxsize=8)
def lowered(text: str) -> str:
    """``text`` in lower case with the same length and offsets, for patterns written in lower
    case: they run several times faster than case-insensitive ones. The few characters whose
    lower case is longer ("İ") are kept as they are. Cached: a document is lowered once."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(ch.lower() if len(ch.lower()) == 1 else ch for ch in text)


def windows(spans: Iterable[tuple[int, int]], before: int, after: int, size: int
            ) -> list[tuple[int, int]]:
    """The spans widened by ``before`` and ``after`` characters, clipped to [0, size] and
    merged where they touch: where to look for a pattern around its key words."""
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        lo, hi = max(0, start - before), min(size, end + after)
        if merged and lo <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], hi))
        else:
            merged.append((lo, hi))
    return merged


def finditer_in(pattern: re.Pattern[str], text: str, spans: list[tuple[int, int]]
                ) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` within each span (lookbehinds still see before it). Gives
    the matches of a scan of the whole text when every match holds a key word and the spans
    come from ``windows`` with margins wider than any match reaches around its key word."""
    for lo, hi in spans:
        yield from pattern.finditer(text, lo, hi)


def word_before(text: str, index: int) -> bool:
    """Whether a word character stands right before ``index``."""
    if index <= 0:
        return False
    ch = text[index - 1]
    return ch.isalnum() or ch == "_"


def search_all(pattern: re.Pattern[str], text: str, left_ok: Callable[[int], bool]
               ) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` whose start passes ``left_ok``, left to right and not
    overlapping, as ``finditer`` with that test as a lookbehind: a pattern written without
    its lookbehind starts with literals, which the regex engine finds far faster."""
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return
        if left_ok(m.start()):
            yield m
            pos = m.end() if m.end() > m.start() else m.start() + 1
        else:
            pos = m.start() + 1


def strip_accents(text: str) -> str:
    """Remove diacritics (é -> e, œ kept) without changing the string length much."""
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if unicodedata.category(ch) != "Mn")


@lru_cache(maxsize=65536)
def fold(text: str) -> str:
    """Lowercase, strip accents, unify apostrophes and collapse whitespace, for lookups
    (cached: the same words come back in every text)."""
    out = strip_accents(text.lower())
    for ch in APOSTROPHES[1:]:
        out = out.replace(ch, "'")
    out = out.replace("\u2011", "-").replace("\u2013", "-")
    return " ".join(out.split())


def phrase_pattern(phrase: str) -> str:
    """Turn a lexicon phrase into a regex fragment: flexible apostrophes, spaces and hyphens."""
    parts: list[str] = []
    for ch in phrase:
        if ch in APOSTROPHES:
            parts.append("['’ʼ]")
        elif ch == " ":
            parts.append(r"\s+")
        elif ch == "-":
            parts.append("[-\u2011\u2013]")
        else:
            parts.append(re.escape(ch))
    return "".join(parts)


def alternation(phrases: list[str] | tuple[str, ...] | set[str]) -> str:
    """A regex alternation of phrases, longest first, so the longest phrase wins."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    return "(?:" + "|".join(phrase_pattern(p) for p in ordered) + ")"


def word_bounded(phrases: list[str] | tuple[str, ...] | set[str]) -> str:
    """An alternation matching whole words; a phrase that starts or ends with a symbol
    ("'ll", "~") needs no word boundary on that side."""
    ordered = sorted(set(phrases), key=lambda p: (-len(p), p))
    # the boundaries are factored out of the alternation: with one lookbehind per phrase, every
    # phrase is tried at every character; with one for all, only at the start of a word
    groups: dict[tuple[bool, bool], list[str]] = {}
    for phrase in ordered:
        key = (phrase[:1].isalnum(), phrase[-1:].isalnum())
        groups.setdefault(key, []).append(phrase_pattern(phrase))
    parts = []
    for (left, right), alternatives in groups.items():
        parts.append((r"(?<![\w])" if left else "") + "(?:" + "|".join(alternatives) + ")"
                     + (r"(?![\w])" if right else ""))
    return "(?:" + "|".join(parts) + ")"


class Span(Protocol):
    """Anything with character offsets."""

    @property
    def start(self) -> int: ...

    @property
    def end(self) -> int: ...


SpanT = TypeVar("SpanT", bound=Span)


def select_longest(items: Iterable[SpanT]) -> list[SpanT]:
    """Keep non-overlapping items left to right; at the same start the longest wins."""
    chosen: list[SpanT] = []
    end = -1
    for item in sorted(items, key=lambda it: (it.start, -(it.end - it.start))):
        if item.start >= end:
            chosen.append(item)
            end = item.end
    return chosen


def overlaps(start: int, end: int, spans: Iterable[tuple[int, int]]) -> bool:
    """True when [start, end) overlaps any of ``spans``."""
    return any(start < e and s < end for s, e in spans)


def is_sentence_start(text: str, index: int) -> bool:
    """True when ``index`` starts a sentence: beginning of text or after end punctuation."""
    before = text[:index].rstrip()
    return not before or before[-1] in ".!?:;«\"“(\n"
