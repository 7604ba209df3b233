"""Currencies: recognising currency names, symbols and codes, and converting to US dollars.

Names, symbols and codes come from ``currencies.yaml``; dated exchange rates from
``rates.csv`` (``date,currency,usd_per_unit``), both in ``veille/data/normalize``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from veille.normalize._resources import check_lang, fold, load_csv, load_yaml, phrase_pattern


@dataclass(frozen=True)
class CurrencyTable:
    """Symbols, codes and names of currencies, with the regexes built from them."""

    symbols: dict[str, str]
    codes: frozenset[str]
    names: dict[str, str]
    ambiguous: dict[str, tuple[str, str]]
    cues: dict[str, tuple[str, ...]]
    prefix_re: re.Pattern[str]
    suffix_re: re.Pattern[str]


@lru_cache(maxsize=1)
def currency_table() -> CurrencyTable:
    """The cached currency table."""
    data = load_yaml("currencies.yaml")
    symbols = {str(k): str(v) for k, v in data["symbols"].items()}
    codes = frozenset(str(c) for c in data["codes"])
    names: dict[str, str] = {}
    for code, spellings in data["names"].items():
        for name in spellings:
            names[fold(str(name))] = str(code)
    ambiguous = {
        str(k): (str(v["default"]), str(v["alternative"]))
        for k, v in data["ambiguous_symbols"].items()
    }
    cues = {str(k): tuple(fold(str(w)) for w in v) for k, v in data["context_cues"].items()}
    marks = sorted(set(symbols) | codes | {"RMB"}, key=len, reverse=True)
    mark_alt = "|".join(re.escape(s) for s in marks)
    # Before the amount: letters of a code or symbol must not be glued to a preceding word.
    prefix_re = re.compile(rf"(?<![\w$€£¥])(?P<cur>{mark_alt})\s?(?=\d)")
    name_list = sorted(
        {str(n) for spellings in data["names"].values() for n in spellings},
        key=len,
        reverse=True,
    )
    name_alt = "|".join(phrase_pattern(n) for n in name_list)
    suffix_re = re.compile(
        rf"\s*(?:(?:de|d['’])\s*)?(?P<cur>(?i:{name_alt})(?![\w])|(?:{mark_alt})(?![\w$]))"
    )
    return CurrencyTable(symbols, codes, names, ambiguous, cues, prefix_re, suffix_re)


def _lookup(mark: str) -> str | None:
    """The ISO code of an exact symbol, code or name, ignoring context."""
    table = currency_table()
    if mark in table.symbols:
        return table.symbols[mark]
    if mark in table.codes:
        return mark
    return table.names.get(fold(mark))


def currency_code(text: str, lang: str) -> str | None:
    """The ISO 4217 code for a currency name, symbol or code, else None.

    "dollars de Hong Kong", "HK$", "HKD" -> "HKD"; "yuans", "RMB", "元" -> "CNY";
    "€" -> "EUR"; "$" -> "USD". The bare yen sign "¥" gives "JPY" (see ``resolve_currency``
    for the text-dependent reading).
    """
    check_lang(lang)
    s = " ".join(text.strip().split())
    s = re.sub(r"^(?:de|d['’]|of)\s*", "", s, flags=re.IGNORECASE)
    if not s:
        return None
    return _lookup(s)


def resolve_currency(mark: str, text: str) -> str | None:
    """The ISO code of ``mark`` as used in ``text``: "¥" is the yuan in a text about China."""
    table = currency_table()
    code = _lookup(mark)
    if mark not in table.ambiguous:
        return code
    default, alternative = table.ambiguous[mark]
    words = set(re.findall(r"[^\W\d_]+", fold(text)))
    alt_hits = len(words & set(table.cues.get(alternative, ())))
    def_hits = len(words & set(table.cues.get(default, ())))
    return alternative if alt_hits > def_hits else default


@lru_cache(maxsize=1)
def _rates() -> dict[str, tuple[tuple[date, float], ...]]:
    """Rates by currency, sorted by date."""
    table: dict[str, list[tuple[date, float]]] = {}
    for row in load_csv("rates.csv"):
        code = row["currency"].strip().upper()
        table.setdefault(code, []).append(
            (date.fromisoformat(row["date"].strip()), float(row["usd_per_unit"]))
        )
    return {code: tuple(sorted(rows)) for code, rows in table.items()}


def to_usd(value: float, currency: str, on: date | None = None) -> tuple[float, str] | None:
    """Convert ``value`` in ``currency`` to US dollars with the dated rate table.

    Uses the latest rate on or before ``on`` (the latest overall when ``on`` is None, the
    earliest known when ``on`` predates the table). Returns (usd_value, rate date ISO), or
    None for a currency without rates.
    """
    rows = _rates().get(currency.strip().upper())
    if not rows:
        return None
    chosen = rows[-1]
    if on is not None:
        earlier = [row for row in rows if row[0] <= on]
        chosen = earlier[-1] if earlier else rows[0]
    return value * chosen[1], chosen[0].isoformat()
