"""Days a name gives: "Noël", "le lundi de Pâques", "Lunar New Year", "le Têt 2026".

Fixed days, days counted from Easter (computed) and from the lunar new year (a table of its
dates), all as data in ``dates.yaml``; the year is the one written after the name, else the
one the tense of the clause points to, else the nearest to the reference date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from dateutil.easter import easter

from veille.normalize._calendar import safe_date
from veille.normalize._date_lexicon import RawDate, Resolved, Resolver
from veille.normalize._resources import alternation, fold, load_yaml, lowered, search_all, word_before
from veille.normalize.tense import tense_at

_SLACK = timedelta(days=3)


@dataclass(frozen=True)
class _Holidays:
    rules: dict[str, str]  # folded name -> "MM-DD", "easter+N" or "lunar+N"
    pattern: re.Pattern[str]  # on the lowered text
    lunar: dict[int, tuple[int, int]]


@lru_cache(maxsize=2)
def _holidays(lang: str) -> _Holidays:
    data = load_yaml("dates.yaml")
    names = data["holidays"][lang]
    lunar = {int(y): (int(v[:2]), int(v[3:])) for y, v in data["lunar_new_year"].items()}
    pattern = re.compile(alternation([n.lower() for n in names])
                         + r"(?:\s+(?P<y>19\d{2}|20\d{2}))?(?![\w])")
    return _Holidays({fold(k): str(v) for k, v in names.items()}, pattern, lunar)


def day_in(rule: str, year: int, lunar: dict[int, tuple[int, int]]) -> date | None:
    """The day a holiday's rule gives in ``year`` (None when unknown: a lunar year outside
    the table)."""
    if rule.startswith(("easter", "lunar")):
        base: date | None
        if rule.startswith("easter"):
            base = easter(year) if 1900 <= year <= 2100 else None
        else:
            md = lunar.get(year)
            base = safe_date(year, *md) if md else None
        return base + timedelta(days=int(rule[6:])) if base else None
    return safe_date(year, int(rule[:2]), int(rule[3:]))


def _resolver(rule: str, year: int | None, tense: str | None,
              lunar: dict[int, tuple[int, int]]) -> Resolver:
    def resolve(ref: date | None) -> Resolved:
        if year is not None:
            d = day_in(rule, year, lunar)
        elif ref is None:
            return None
        else:
            days = [x for k in (-1, 0, 1) if (x := day_in(rule, ref.year + k, lunar)) is not None]
            if not days:
                return None
            if tense == "past" and any(x <= ref + _SLACK for x in days):
                d = max(x for x in days if x <= ref + _SLACK)
            elif tense == "future" and any(x >= ref - _SLACK for x in days):
                d = min(x for x in days if x >= ref - _SLACK)
            else:
                d = min(days, key=lambda x: (abs((x - ref).days), x > ref))
        return (d.isoformat(), "day") if d else None

    return resolve


def holiday_raws(text: str, lang: str) -> list[RawDate]:
    """The holidays named in ``text``."""
    table = _holidays(lang)
    low = lowered(text)
    out = []
    for m in search_all(table.pattern, low, lambda i: not word_before(low, i)):
        name = low[m.start():m.start("y")] if m["y"] else m.group(0)
        rule = table.rules[fold(name)]
        year = int(m["y"]) if m["y"] else None
        tense = None if year else tense_at(text, m.start(), m.end(), lang)
        out.append(RawDate(m.start(), m.end(), _resolver(rule, year, tense, table.lunar), year is None))
    return out
