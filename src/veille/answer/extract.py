"""Short answers found in a sentence: amounts, counts, percentages, dates and names.

Each finder returns candidates with their offsets; `pick` keeps the one of the wanted kind
closest to the words the question and the sentence share.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from veille.answer.lexicon import lexicon
from veille.kb.search import fold
from veille.nlp.lexicon import load_data

_NUM = r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:,\d+)?(?!\d)|\d+(?:[.,]\d+)?"
_PCT = r"%|pour\s?cent|pourcents?|percent|per\s?cent"
_YEAR = re.compile(r"(?<![\d.,])(1[89]\d\d|20\d\d)(?![\d%])")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)?|\w+")
_CAP_WORD = re.compile(r"[^\W\d_][\w'’\-&.+]*")
_ROLE_TYPES = {"who": ("person", "organization"), "place": ("place",)}


@dataclass
class Candidate:
    """A possible short answer: offsets in the document, the text shown, how well it fits."""

    start: int
    end: int
    text: str
    fit: float  # 1.0 when it is exactly the wanted kind, times how close to the question's words
    kind_fit: float = 1.0  # the kind alone


@dataclass
class Quantity:
    start: int
    end: int
    value: float
    unit: str | None  # '%', an ISO 4217 code or None
    scale: str | None
    is_year: bool


@lru_cache(maxsize=1)
def _quantity_re() -> re.Pattern[str]:
    lex = lexicon()
    marks = "|".join(re.escape(m) for m, _ in lex.currencies)
    # marks written against the figure: '$', '€', and those with a letter before it ('HK$', 'S$')
    symbols = "|".join(re.escape(m) for m, _ in lex.currencies
                       if not m.isalpha() and " " not in m)
    words = "|".join(sorted(lex.number_words, key=len, reverse=True))
    scales = "|".join(re.escape(s) for s in sorted(lex.scales, key=len, reverse=True))
    return re.compile(
        rf"(?:(?P<pre>{symbols})\s?)?"
        rf"(?P<num>{_NUM}|(?<!\w)(?:{words})(?=\s+(?:{scales})(?!\w)))"
        rf"(?:\s?(?P<scale>{scales})(?!\w))?"
        rf"(?:\s?(?P<pct>{_PCT}))?"
        rf"(?:\s?(?:de\s|d'|d’|of\s)?(?P<post>{marks})(?![\w$]))?", re.IGNORECASE)


@lru_cache(maxsize=1)
def date_re() -> re.Pattern[str]:
    """Days and months as written ('29 octobre', 'October 29, 2026', 'mars 2025')."""
    data = load_data("lexicon/questions.yaml")["months"]
    names = {str(m) for key in ("fr", "en") for m in data[key]}
    names |= {fold(m) for m in names} | {str(m) + r"\.?" for m in data["en_short"]}
    months = "|".join(sorted(names, key=len, reverse=True))
    return re.compile(
        rf"(?:(?:le|the)\s+)?\d{{1,2}}(?:er|st|nd|rd|th)?\s+(?:{months})(?:,?\s+\d{{4}})?(?!\w)"
        rf"|(?<!\w)(?:{months})\s+\d{{1,2}}(?:st|nd|rd|th)?(?:,?\s+\d{{4}})?(?!\w)"
        rf"|(?<!\w)(?:{months})\s+\d{{4}}(?!\w)|\b\d{{4}}-\d{{2}}-\d{{2}}\b", re.IGNORECASE)


def quantities(text: str, base: int = 0) -> list[Quantity]:
    """Numbers with their scale and unit ('2 000', '1,5 milliard', 'HK$405', '30 %')."""
    lex = lexicon()
    codes = _currency_codes(lex.currencies)
    out = []
    for m in _quantity_re().finditer(text):
        raw = m.group("num")
        value = _number(raw)
        if value is None:
            continue
        scale = m.group("scale")
        if scale:
            value *= lex.scales.get(fold(scale), 1.0)
        if not math.isfinite(value):  # a number of hundreds of digits: no answer to give
            continue
        unit = "%" if m.group("pct") else None
        mark = m.group("pre") or m.group("post")
        if mark and unit is None:
            unit = codes.get(fold(mark))
        is_year = bool(_YEAR.fullmatch(raw)) and unit is None and scale is None
        out.append(Quantity(base + m.start(), base + m.end(), value, unit, scale, is_year))
    return out


@lru_cache(maxsize=4)
def _currency_codes(currencies: tuple[tuple[str, str], ...]) -> dict[str, str]:
    return {fold(m): c for m, c in currencies}


def _number(raw: str) -> float | None:
    lex = lexicon()
    key = fold(raw)
    if key in lex.number_words:
        return lex.number_words[key]
    if re.fullmatch(r"\d{1,3}(?:[ \u00a0\u202f.,]\d{3})+(?:,\d+)?", raw):
        whole, _, frac = raw.partition(",") if raw.count(",") == 1 and len(
            raw.rsplit(",", 1)[1]) != 3 else (raw, "", "")
        digits = re.sub(r"\D", "", whole)
        return float(f"{digits}.{frac}") if frac else float(digits)
    try:
        return float(raw.replace(",", "."))
    except ValueError:
        return None


def format_quantity(q: Quantity, text: str, lang: str | None) -> str:
    """'30 %', '2 000', '1 milliard HKD' (French) or '30%', '2,000', '1 billion HKD'."""
    value = q.value
    scale_word = None
    if q.scale:
        scale_word = q.scale.lower()
        value = value / lexicon().scales.get(fold(q.scale), 1.0)
    number = _fmt(value, lang)
    if q.unit == "%":
        return f"{number} %" if lang != "en" else f"{number}%"
    words = f"{number} {scale_word}" if scale_word else number
    return f"{words} {q.unit}" if q.unit else words


def _fmt(value: float, lang: str | None) -> str:
    if abs(value - round(value)) < 1e-9:
        text = f"{int(round(value)):,}"
        return text if lang == "en" else text.replace(",", " ")
    text = f"{value:,.2f}".rstrip("0").rstrip(".")
    return text if lang == "en" else text.replace(",", " ").replace(".", ",")


def dates(text: str, base: int = 0) -> list[tuple[int, int, str, bool]]:
    """(start, end, text, is_bare_year): day-month expressions first, then years."""
    out = [(base + m.start(), base + m.end(), m.group(), False) for m in date_re().finditer(text)]
    for m in _YEAR.finditer(text):
        if not any(s <= base + m.start() < e for s, e, _, _ in out):
            out.append((base + m.start(), base + m.end(), m.group(), True))
    return out


def capitalised(text: str, base: int, skip: set[str]) -> list[tuple[int, int, str]]:
    """Runs of capitalised words (names the entity recogniser may have missed)."""
    out: list[tuple[int, int, str]] = []
    run: list[re.Match[str]] = []
    for m in [*_CAP_WORD.finditer(text), None]:
        glued = m is not None and (not run or text[run[-1].end():m.start()] in (" ", "-"))
        if m is not None and m.group()[0].isupper() and glued:
            run.append(m)
            continue
        if run:
            words = [r.group().rstrip(".") for r in run]
            if not (len(words) == 1 and (run[0].start() == 0 or fold(words[0]) in skip)):
                out.append((base + run[0].start(), base + run[-1].end(), " ".join(words)))
        run = [m] if m is not None and m.group()[0].isupper() else []
    return out


def pick(kind: str, types: tuple[str, ...], text: str, start: int, lang: str | None,
         anchors: list[int], mentions: list[tuple[int, int, str, str]],
         exclude: set[str], question_years: set[str], context: str = "") -> Candidate | None:
    """The best short answer of `kind` in the sentence `text` (starting at offset `start`).

    `anchors` are offsets of the words the sentence shares with the question; `mentions` are
    (start, end, text, type) of the entities recognised in the sentence; names in `exclude`
    (folded) come from the question and are never the answer; `context` is the document's
    text, where a name's first word seen in lower case marks a common noun."""
    cands: list[Candidate] = []
    if kind in ("count", "money", "percent", "change", "count_or_money"):
        for q in quantities(text, start):
            if _first_number(text[q.start - start:q.end - start]) in question_years:
                continue
            fit = _quantity_fit(kind, q, text[q.end - start:q.end - start + 12])
            if fit > 0:
                cands.append(Candidate(q.start, q.end, format_quantity(q, text, lang), fit))
    elif kind in ("date", "year"):
        for s, e, surface, bare in dates(text, start):
            if surface in question_years:
                continue
            year = _YEAR.search(surface)
            if kind == "year":
                if year and year.group() not in question_years:
                    cands.append(Candidate(s, e, year.group(), 1.0 if bare else 0.8))
            else:
                cands.append(Candidate(s, e, surface, 0.6 if bare else 1.0))
    else:
        wanted = types or _ROLE_TYPES.get(kind, ())
        seen: set[str] = set()
        for s, e, name, etype in mentions:
            key = fold(name)
            if key in exclude or any(key in x or x in key for x in exclude if len(x) > 3):
                continue
            seen.add(key)
            fit = 1.0 if not wanted or etype == wanted[0] else 0.8 if etype in wanted else 0.35
            cands.append(Candidate(s, e, name, fit))
        for s, e, name in capitalised(text, start, exclude | lexicon().stop | lexicon().question):
            key = fold(name)
            if key in seen or key in exclude or any(key in x for x in exclude):
                continue
            cands.append(Candidate(s, e, name, 0.5))
    if not cands:
        return None
    for c in cands:
        if any(c.start <= a < c.end for a in anchors):
            c.fit *= 0.8  # it holds the question's own words: it may restate the question
        if common_noun(c.text, context):
            c.fit *= 0.6
    best = max(cands, key=lambda c: c.fit * _closeness(c, anchors))
    return Candidate(best.start, best.end, best.text, best.fit * _closeness(best, anchors),
                     best.fit)


def _first_number(text: str) -> str:
    m = _NUMBER.search(text)
    return m.group() if m else ""


def common_noun(name: str, text: str) -> bool:
    """'Centre', 'Conseil', 'État': a name whose first word `text` also writes in lower case."""
    first = name.split()[0] if name.split() else ""
    return first[:1].isupper() and _written(first.lower(), text)


@lru_cache(maxsize=4096)
def _written(word: str, text: str) -> bool:
    r"""Whether `text` has `word` as a word, neither after nor before a letter, digit or '_' (what
    the regular expression (?<!\w)word(?!\w) finds, without compiling one a word). Candidates
    of a document share their first words: the answers are remembered."""
    at = text.find(word)
    while at >= 0:
        end = at + len(word)
        if not (at and _word_char(text[at - 1])) and not (end < len(text) and _word_char(text[end])):
            return True
        at = text.find(word, at + 1)
    return False


def _word_char(c: str) -> bool:
    return c.isalnum() or c == "_"


def _quantity_fit(kind: str, q: Quantity, after: str) -> float:
    money = q.unit not in (None, "%")
    if kind in ("percent", "change"):
        # a change asked is a percentage, or points ('de 120 points'): not a sum, nor a day
        points = kind == "change" and not money and re.match(r"\s*(?:points?|pts|pb|bps?)\b", after)
        return 1.0 if q.unit == "%" else (0.5 if points else 0.0)
    if kind == "money":
        if not money and re.match(r"\s*(?:de|d'|d’|of)\s*[a-zà-ÿ]", after, re.IGNORECASE):
            return 0.0  # 'un million de travailleurs' counts something: no sum
        return 1.0 if money else (0.5 if q.scale and q.unit is None else 0.0)
    if q.unit == "%" or (q.is_year and not re.match(r"\s*[a-zà-ÿ]", after)):
        return 0.0
    if re.match(r"\s*(?:er|e|ème|st|nd|rd|th)\b", after):
        return 0.0  # an ordinal: "la 37e réunion"
    if kind == "count_or_money":
        return 1.0
    return 0.4 if money else (0.6 if q.is_year else 1.0)


def _closeness(c: Candidate, anchors: list[int]) -> float:
    if not anchors:
        return 0.7
    dist = min(min(abs(a - c.start), abs(a - c.end)) for a in anchors)
    return 0.4 + 0.6 / (1.0 + dist / 25.0)


def format_amount(value: float, unit: str | None, lang: str | None) -> str:
    """A normalised value as an answer: '30 %', '2 000', '1 milliard HKD'."""
    if unit == "%":
        return f"{_fmt(value, lang)} %" if lang != "en" else f"{_fmt(value, lang)}%"
    names = ((1e12, "", "trillion"), (1e9, "milliard", "billion"), (1e6, "million", "million"))
    for size, fr, en in names:
        if lang != "en" and not fr:
            continue
        if abs(value) >= size and abs(value / size * 100 - round(value / size * 100)) < 1e-6:
            n = value / size
            word = en if lang == "en" else fr + ("s" if n >= 2 else "")
            words = f"{_fmt(n, lang)} {word}"
            if unit:
                return f"{words} {unit}"
            return words
    return f"{_fmt(value, lang)} {unit}" if unit else _fmt(value, lang)
