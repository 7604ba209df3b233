"""Finding numbers, money amounts, percentages and ordinals in French and English text.

``find_quantities`` gathers candidates (``_extract.py``), drops those inside dates, times,
phone numbers, addresses and product names ("GLM-5", "Gemini 3 Pro", "Qwen3"), merges ranges
("entre 24 000 et 31 000", "de 10 à 15 %") and reads approximation cues ("près de", "over").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from veille.normalize._extract import (
    DIGIT_FRACTION,
    Candidate,
    digit_fraction_candidates,
    fraction_candidates,
    is_proper_fraction,
    numeric_candidates,
    ratio_candidates,
    word_candidates,
)
from veille.normalize._resources import (
    alternation,
    check_lang,
    fold,
    is_sentence_start,
    load_yaml,
    overlaps,
    select_longest,
)
from veille.normalize.change import percent_change_sign
from veille.normalize.dates import date_spans
from veille.normalize.numbers import plausible


@dataclass(frozen=True)
class Quantity:
    """A number, money amount, percentage or ordinal found in a text.

    ``kind`` is "number", "money", "percent" or "ordinal". ``unit`` is None for a plain
    count, an ISO 4217 code for money, and for percentages "%", or "pp" for a change in
    percentage points ("2 points de pourcentage") and "bp" for basis points ("25 points de
    base"), which are no rates. Fractions ("un tiers des salariés", "1/3 des") are
    percentages; ``high`` is the upper bound of a range ("entre 5 et 7 %").
    """

    start: int
    end: int
    text: str
    value: float
    high: float | None
    unit: str | None
    approx: bool
    approx_kind: str | None
    kind: str


def _tidy(value: float) -> float:
    """The value without the binary float's error of a scaled decimal: 2.05 trillion is
    2050000000000.0, not 2049999999999.9998 (15 significant digits are the float's own)."""
    return float(f"{value:.15g}")


# Times, phone numbers, numbers after "n°" or "#", and "a/b". Each pattern starts with a
# character (a digit, "+", "(", "#", "n") and checks the one before it after it, so that the
# regex engine skips ahead to where it can match ("\d(?<![\w]\d)" is "(?<![\w])\d").
# each with the strings one of which every match holds (a text with none has no match); ()
# when nearly every text has one
_MASKS: list[tuple[re.Pattern[str], tuple[str, ...]]] = [
    (re.compile(r"\d(?<![\w]\d)\d?(?:\s?h\s?\d{2}|h)(?![\w])"), ()),
    (re.compile(r"\d(?<![\w:]\d)\d?:\d{2}(?::\d{2})?(?:\s?(?:[ap]\.?m\.?))?(?![\w])"), (":",)),
    (re.compile(r"\d(?<![\w]\d)\d?\s?(?:[aApP]\.[mM]\.|[aApP][mM])(?![\w])"), ()),
    (re.compile(r"(?:\+(?<![\w+]\+)33\s?\(?0?\)?\s?|0(?<![\w+]0))[1-9](?:[\s.-]?\d{2}){4}(?!\d)"), ()),
    (re.compile(r"\+\d{1,3}[\s.-]?\(?\d{1,4}\)?(?:[\s.-]?\d{2,4}){2,4}(?!\d)"), ("+",)),
    (re.compile(r"(?:\((?<!\d\()\d{3}\)\s?|\d(?<!\d\d)\d{2}[-.])\d{3}[-.]\d{4}(?!\d)"), ()),
    (re.compile(r"[nN#](?:(?<=[nN])(?:°|[oO]\.)|(?<=#))\s?\d+"), ("°", "o.", "O.", "#")),
    (re.compile(r"\d(?<![\w/]\d)\d*/\d+(?![\w/])"), ("/",)),
]

_ADDRESSES = re.compile(r"(?i)https?://\S+|www\.\S+|[\w.+-]+@[\w-]+\.[\w.]+")  # URLs, e-mails


@dataclass(frozen=True)
class _Cues:
    approx_re: re.Pattern[str]
    approx_kinds: dict[str, str]
    model_suffixes: frozenset[str]
    starters: frozenset[str]
    transition: frozenset[str]
    determiners: frozenset[str]


@lru_cache(maxsize=4)
def _cues(lang: str) -> _Cues:
    numbers = load_yaml("numbers.yaml")
    change = load_yaml("change.yaml")
    kinds: dict[str, str] = {}
    phrases: list[str] = []
    for kind, cue_list in numbers["approx"][lang].items():
        for phrase in cue_list:
            kinds.setdefault(fold(phrase), str(kind))
            phrases.append(str(phrase))
    approx_re = re.compile(r"(?i)(?<![\w'’])" + alternation(phrases) + r"\s*$")
    return _Cues(
        approx_re=approx_re,
        approx_kinds=kinds,
        model_suffixes=frozenset(numbers["model_suffixes"]),
        starters=frozenset(fold(w) for w in numbers["sentence_starters"][lang])
        | frozenset(fold(p) for p in phrases if " " not in p),
        transition=frozenset(fold(w) for w in change["transition"][lang]),
        determiners=frozenset(fold(w) for w in change["determiners"][lang]),
    )


def _masked_spans(text: str, lang: str) -> list[tuple[int, int]]:
    spans = date_spans(text, lang)
    for regex, needed in _MASKS:
        if not needed or any(s in text for s in needed):
            spans.extend(m.span() for m in regex.finditer(text))
    if "/" in text:  # "1/3" is a fraction, not a score
        fractions = {m.span() for m in DIGIT_FRACTION.finditer(text)
                     if is_proper_fraction(int(m["a"]), int(m["b"]))}
        spans = [span for span in spans if span not in fractions]
    folded = text.lower()
    if "@" in text or "http" in folded or "www." in folded:  # else nothing to find, and this
        spans.extend(m.span() for m in _ADDRESSES.finditer(text))  # one is slow to scan
    return spans


def _is_name_part(text: str, cand: Candidate, cues: _Cues) -> bool:
    """A small bare number inside a product or model name ("Claude Opus 4.5", "iPhone 16")."""
    if not cand.numeric or not cand.small or cand.kind != "number" or cand.scale != 1.0:
        return False
    after = re.match(r"[ \t]+([A-Z][\w]*)", text[cand.end:cand.end + 30])
    if after and after.group(1) in cues.model_suffixes:
        return True
    before = re.search(r"(?<![\w])([\w][\w.+-]*)[ \t]+$", text[max(0, cand.start - 40):cand.start])
    if not before:
        return False
    word = before.group(1)
    if not any(ch.isupper() for ch in word):
        return False
    word_start = cand.start - len(before.group(0))
    inner_caps = any(ch.isupper() for ch in word[1:]) or any(ch.isdigit() for ch in word)
    if inner_caps or not is_sentence_start(text, word_start):
        return True
    return fold(word) not in cues.starters


def _connector(text: str, a: Candidate, b: Candidate, lang: str) -> bool:
    """Whether the text between two quantities joins them into a range."""
    gap = text[a.end:b.start]
    before = text[max(0, a.start - 40):a.start]
    if re.fullmatch(r"\s*[-\u2011\u2013]\s*", gap):
        return True
    plain, paired = ("à", "et") if lang == "fr" else ("to", "and")
    word = re.fullmatch(r"\s+(\w+)\s+", gap)
    if not word:
        return False
    joiner = word.group(1).lower()
    if joiner == paired:
        cue = r"(?i)(?:entre|between)\s+(?:\S+\s+){0,2}$"
        return bool(re.search(cue, before))
    return joiner == plain


def _is_transition(text: str, start: int, lang: str) -> bool:
    """True for "passer de 10 à 15 %", "rose from 3 to 5": a change, not a range."""
    m = re.search(
        r"(?:(\S+)\s+)?([^\W\d_][\w'’]*)\s+(?:de|d['’]|from)\s*(?:\S+\s+){0,2}$",
        text[:start][-80:],
    )
    if not m:
        return False
    verb = m.group(2)
    if "'" in fold(verb) or (m.group(1) and fold(m.group(1)) in _cues(lang).determiners):
        return False
    return fold(verb) in _cues(lang).transition or percent_change_sign(verb, lang) != 0


def _merge_ranges(
    text: str, cands: list[Candidate], lang: str
) -> list[tuple[Candidate, float | None]]:
    """Pair consecutive quantities joined by a range connector: (low candidate, high)."""
    out: list[tuple[Candidate, float | None]] = []
    i = 0
    while i < len(cands):
        a = cands[i]
        if i + 1 < len(cands):
            b = cands[i + 1]
            merged = _range(text, a, b, lang)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
            a = _shares_unit(text, a, b, lang) or a
        out.append((a, None))
        i += 1
    return out


def _adopt(a: Candidate, b: Candidate) -> Candidate | None:
    """The first bound of "2 à 3 milliards d'euros" read with the unit and scale of the
    second; None when the two cannot share them."""
    if "ordinal" in (a.kind, b.kind) or (a.unit is not None and a.unit != b.unit):
        return None
    if a.unit is None and b.unit is None and a.kind != b.kind:
        return None
    value, scale = a.value, a.scale
    if a.scale == 1.0 and b.scale > 1.0 and a.value < 1000:
        value, scale = a.value * b.scale, b.scale
    kind = b.kind if a.kind == "number" else a.kind
    return replace(a, value=value, scale=scale, unit=b.unit, kind=kind)


def _range(text: str, a: Candidate, b: Candidate, lang: str) -> tuple[Candidate, float] | None:
    """Merge "entre 24 000 et 31 000", "de 10 à 15 %", "HK$24,000 to HK$31,000"."""
    if not _connector(text, a, b, lang):
        return None
    low = _adopt(a, b)
    if low is None or not low.value < b.value or _is_transition(text, a.start, lang):
        return None
    return replace(low, end=b.end), b.value


def _shares_unit(text: str, a: Candidate, b: Candidate, lang: str) -> Candidate | None:
    """In "passer de 10 à 15 %" (a change, not a range) the first number takes the unit
    and scale of the second."""
    if a.unit is not None or b.unit is None or not _connector(text, a, b, lang):
        return None
    return _adopt(a, b)


def _approx(text: str, start: int, cues: _Cues) -> str | None:
    m = cues.approx_re.search(text, max(0, start - 40), start)
    return cues.approx_kinds.get(fold(m.group(0))) if m else None


def find_quantities(text: str, lang: str) -> list[Quantity]:
    """All numbers, money amounts and percentages in ``text``, left to right, non-overlapping.

    Spans cover the number and its unit; approximation words before it ("près de", "more
    than") are not in the span but set ``approx`` and ``approx_kind``.
    """
    lang = check_lang(lang)
    cues = _cues(lang)
    masks = _masked_spans(text, lang)
    cands = (
        ratio_candidates(text, lang)
        + fraction_candidates(text, lang)
        + digit_fraction_candidates(text, lang)
        + numeric_candidates(text, lang)
        + word_candidates(text, lang)
    )
    kept = [
        c for c in cands
        if not overlaps(c.start, c.end, masks) and not _is_name_part(text, c, cues)
    ]
    found: list[Quantity] = []
    for cand, high in _merge_ranges(text, select_longest(kept), lang):
        if not plausible(cand.value) or (high is not None and not plausible(high)):
            continue  # 400 digits, or a scale word on a huge number: not a quantity
        kind = _approx(text, cand.start, cues) or cand.approx_kind
        found.append(
            Quantity(
                start=cand.start,
                end=cand.end,
                text=text[cand.start:cand.end],
                value=_tidy(cand.value),
                high=_tidy(high) if high is not None else None,
                unit=cand.unit,
                approx=kind is not None,
                approx_kind=kind,
                kind=cand.kind,
            )
        )
    return found
