"""Currencies: recognising currency names, symbols and codes, and converting to US dollars.

Every active ISO 4217 currency is known by its code, its symbols and its French and English
names, singular and plural (``currencies_cldr.yaml``, generated from CLDR by
``scripts/gen_currencies.py``), extended and overridden by the hand-kept ``currencies.yaml``
(common short names, ambiguous symbols and names, context cues, the rule for a bare "$").
Dated exchange rates come from ``rates.csv`` (``date,currency,usd_per_unit``). Marks are
looked up in dictionaries at the places an amount begins or ends, never by one regex over
the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from veille.normalize._resources import check_lang, fold, load_csv, load_yaml, phrase_pattern

_NAME_TOKEN = re.compile(r"[^\W\d_]+")
_NAME_GAP = re.compile(r"[ \t\u00a0\u202f]*[-\u2011\u2013'’&][ \t\u00a0\u202f]*|[ \t\u00a0\u202f]+|\.[ \t]?")
_LEAD = re.compile(r"\s*")
_DE = re.compile(r"(?:de\s+|d['’]\s*)", re.IGNORECASE)


def name_key(name: str) -> str:
    """A currency name as looked up: folded, words joined by one space ("U.S. Dollars",
    "us dollars" -> "u s dollars"; "Hong-Kong" -> "hong kong")."""
    return " ".join(_NAME_TOKEN.findall(fold(name)))


@dataclass(frozen=True)
class CurrencyAt:
    """A currency mark or name found in a text: where it starts and ends, and its code."""

    start: int
    end: int
    mark: str
    code: str | None


@dataclass(frozen=True)
class CurrencyTable:
    """Symbols, codes and names of currencies (currencies.yaml over currencies_cldr.yaml)."""

    symbols: dict[str, str]
    codes: frozenset[str]
    marks: dict[str, str]  # symbol or code -> code, before or after an amount
    suffix_marks: dict[str, str]  # only after an amount
    names: dict[str, str]  # name key -> code
    ambiguous: dict[str, tuple[str, ...]]  # mark or name key -> codes, the default first
    cues: dict[str, tuple[str, ...]]  # code -> cue keys
    digits: dict[str, int]
    dollar_codes: frozenset[str]
    dollar_qualifiers: dict[str, str]
    bare_dollar: str
    max_mark: int
    max_name_words: int
    name_starts: frozenset[str]
    explicit_dollar_re: re.Pattern[str]
    # the same without the names, for a text that does not say "dollar" (when every name does)
    explicit_dollar_marks_re: re.Pattern[str] | None
    subunit_re: dict[str, re.Pattern[str]]
    subunit_majors: dict[str, str]  # name key -> code ("livres" -> GBP, only before a minor unit)
    subunits_alone: dict[str, dict[str, str]]  # lang -> minor-unit word -> code


@lru_cache(maxsize=1)
def currency_table() -> CurrencyTable:
    """The cached currency table."""
    data = load_yaml("currencies.yaml")
    cldr = load_yaml("currencies_cldr.yaml")["currencies"]
    blocked = frozenset(str(c) for c in data["blocked_codes"])
    suffix_only = frozenset(str(c) for c in data["suffix_only_codes"])
    symbols: dict[str, str] = {}
    names: dict[str, str] = {}
    digits: dict[str, int] = {}
    cues: dict[str, list[str]] = {}
    for code, entry in cldr.items():
        for symbol in entry["symbols"]:
            symbols[str(symbol)] = str(code)
        for name in entry["names"]:
            names[name_key(str(name))] = str(code)
        if "digits" in entry:
            digits[str(code)] = int(entry["digits"])
        cues[str(code)] = [name_key(str(t)) for t in entry["territories"]]
    symbols.update({str(k): str(v) for k, v in data["symbols"].items()})  # the hand-kept win
    spellings = [(str(n), str(c)) for c, e in cldr.items() for n in e["names"]]
    curated = [(str(n), str(c)) for c, ns in data["names"].items() for n in ns]
    for name, code in curated:
        names[name_key(name)] = code
    spellings += curated
    codes = frozenset(str(c) for c in cldr) | frozenset(str(c) for c in data["codes"])
    marks = {c: c for c in codes if c not in blocked and c not in suffix_only}
    marks.update(symbols)
    ambiguous = {str(k): tuple(str(c) for c in v) for k, v in data["ambiguous_symbols"].items()}
    shared = load_yaml("currencies_cldr.yaml")["ambiguous_names"]
    for name, owners in list(shared.items()) + list(data["ambiguous_names"].items()):
        ambiguous[name_key(str(name))] = tuple(str(c) for c in owners)
        names.pop(name_key(str(name)), None)
    for code, words in data["context_cues"].items():
        cues.setdefault(str(code), []).extend(name_key(str(w)) for w in words)
    dollar_codes = frozenset(code for key, code in names.items() if "dollar" in key)
    dollar_marks = [m for m, c in symbols.items() if c in dollar_codes and m != data["bare_dollar"]]
    dollar_names = {n for n, c in spellings if c in dollar_codes and names.get(name_key(n)) == c}
    explicit_marks = (
        "(?:" + "|".join(re.escape(m) for m in sorted(dollar_marks, key=len, reverse=True))
        + r")|(?<![\w])(?:" + "|".join(sorted(dollar_codes)) + r")(?![\w])"
    )
    explicit = (
        explicit_marks
        + r"|(?i:(?<![\w])(?:" + "|".join(
            phrase_pattern(n) for n in sorted(dollar_names, key=len, reverse=True)) + r")(?![\w]))"
    )
    subunit_re = {}
    for lang in ("fr", "en"):
        words = "|".join(sorted(map(re.escape, data["subunit_words"][lang]), key=len,
                                reverse=True))
        links = "|".join(map(re.escape, data["subunit_links"][lang]))
        subunit_re[lang] = re.compile(
            rf"[ \t\u00a0]*(?:,[ \t]*)?(?:(?P<link>{links})[ \t]+)?(?P<n>\d{{1,2}})"
            rf"(?:[ \t\u00a0]?(?P<unit>{words}))?(?![\w%]|[.,]\d)"
        )
    all_names = list(names) + [k for k in ambiguous if " " in k or k.isalpha()]
    return CurrencyTable(
        symbols=symbols,
        codes=codes,
        marks=marks,
        suffix_marks={c: c for c in suffix_only},
        names=names,
        ambiguous=ambiguous,
        cues={code: tuple(dict.fromkeys(words)) for code, words in cues.items()},
        digits=digits,
        dollar_codes=dollar_codes,
        dollar_qualifiers={str(k): str(v) for k, v in data["dollar_qualifiers"].items()},
        bare_dollar=str(data["bare_dollar"]),
        max_mark=max(len(m) for m in marks),
        max_name_words=max(len(k.split()) for k in all_names),
        name_starts=frozenset(k.split()[0] for k in all_names),
        explicit_dollar_re=re.compile(explicit),
        explicit_dollar_marks_re=re.compile(explicit_marks)
        if all("dollar" in n.lower() for n in dollar_names) else None,
        subunit_re=subunit_re,
        subunit_majors={name_key(str(w)): str(code)
                        for code, ws in data["subunit_majors"].items() for w in ws},
        subunits_alone={str(lang): {str(k): str(v) for k, v in table.items()}
                        for lang, table in data["subunits_alone"].items()},
    )


def _lookup(mark: str) -> str | None:
    """The ISO code of an exact symbol, code or name, ignoring context (an ambiguous one
    gives its default)."""
    table = currency_table()
    if mark in table.ambiguous:
        return table.ambiguous[mark][0]
    if mark in table.marks or mark in table.suffix_marks:
        return table.marks.get(mark) or table.suffix_marks[mark]
    if mark in table.codes:
        return mark
    key = name_key(mark)
    if key in table.ambiguous:
        return table.ambiguous[key][0]
    return table.names.get(key)


def currency_code(text: str, lang: str) -> str | None:
    """The ISO 4217 code for a currency name, symbol or code, else None.

    "dollars de Hong Kong", "HK$", "HKD" -> "HKD"; "yuans", "RMB", "元" -> "CNY";
    "€" -> "EUR"; "$" -> "USD"; "reais" -> "BRL"; "couronnes suédoises" -> "SEK". An
    ambiguous one gives its default: "¥" -> "JPY", "pesos" -> "MXN" (see
    ``resolve_currency`` for the reading that depends on the text).
    """
    check_lang(lang)
    s = " ".join(text.strip().split())
    s = re.sub(r"^(?:de|d['’]|of)\s*", "", s, flags=re.IGNORECASE)
    if not s:
        return None
    return _lookup(s)


def _mark_at(text: str, pos: int, table: CurrencyTable) -> str | None:
    """The longest symbol or code starting at ``pos`` and not glued to a letter after it."""
    chunk = text[pos:pos + table.max_mark]
    for k in range(len(chunk), 0, -1):
        mark = chunk[:k]
        if mark in table.marks or mark in table.suffix_marks:
            nxt = text[pos + k:pos + k + 1]
            if not (nxt.isalnum() or (nxt and nxt in "_$")):  # "" at the end of the text
                return mark
    return None


def _name_at(text: str, pos: int, table: CurrencyTable) -> tuple[str, int] | None:
    """The longest currency name starting at ``pos``: (its key, its end)."""
    m = _NAME_TOKEN.match(text, pos)
    if not m or fold(m.group(0)) not in table.name_starts:
        return None
    words = [fold(m.group(0))]
    best = None
    end = m.end()
    while True:
        key = " ".join(words)
        if key in table.names or key in table.ambiguous:
            best = (key, end)
        if len(words) >= table.max_name_words:
            break
        gap = _NAME_GAP.match(text, end)  # only whole names count: crossing a full stop
        if not gap:                         # ("St. Helena pound") does no harm
            break
        m = _NAME_TOKEN.match(text, gap.end())
        if not m:
            break
        words.append(fold(m.group(0)))
        end = m.end()
    return best


def currency_after(text: str, pos: int) -> CurrencyAt | None:
    """The currency right after an amount ending at ``pos``: a symbol or code ("5 €",
    "5m USD", "5 $ CAD") or a name, after "de"/"d'" too ("5 millions d'euros"), resolved
    against the text (see ``resolve_currency``)."""
    table = currency_table()
    lead = _LEAD.match(text, pos)
    start = lead.end() if lead else pos
    de = _DE.match(text, start)
    for at in ((de.end(), start) if de else (start,)):
        mark = _mark_at(text, at, table)
        if mark is not None:
            end = at + len(mark)
            code = resolve_currency(mark, text, pos)
            if mark == table.bare_dollar:
                qualifier = re.match(r"[ \u00a0]?([^\W\d_]+)(?![\w])", text[end:end + 16])
                if qualifier and qualifier.group(1) in table.dollar_qualifiers:
                    code = table.dollar_qualifiers[qualifier.group(1)]
                    end += qualifier.end()
            return CurrencyAt(at, end, text[at:end], code)
        named = _name_at(text, at, table)
        if named is not None:
            key, end = named
            return CurrencyAt(at, end, text[at:end], resolve_currency(key, text, pos))
        if de is None:
            break
    return None


GLUED_LETTER_MARKS = ("Rs", "Rs.")  # codes written against the digits, unlike 'RMB100'
# a letter mark or code glued to an amount with its scale word ('RM18 million', 'RMB2.5bn',
# 'MYR40m'), which a code alone ('RMB100') is not
GLUED_SCALED = re.compile(r"\d[\d,.]*\s?(?:[mM]illions?|[bB]illions?|bn|mn|m|[tT]rillions?|tn|"
                          r"crores?|lakhs?|milliards?|k)\b")


def currency_before(text: str, pos: int) -> CurrencyAt | None:
    """The symbol or code right before an amount starting at ``pos`` ("HK$24,000",
    "USD 5 m", "€ 3"), not glued to a word before it; a glued mark must not end with a
    letter ("RMB100" is no amount)."""
    table = currency_table()
    end = pos - 1 if pos > 0 and text[pos - 1] in " \u00a0\u202f" else pos
    if end == pos and pos > 0 and (text[pos - 1].isalnum() or text[pos - 1] in "_.,"):
        for mark in GLUED_LETTER_MARKS:  # 'Rs8,278 crore': the Indian press glues the rupee
            start = pos - len(mark)
            if text[start:pos] == mark and not text[start - 1:start].isalnum():
                return CurrencyAt(start, pos, mark, resolve_currency(mark, text, start))
        if GLUED_SCALED.match(text, pos):
            for start in range(max(0, pos - table.max_mark), pos - 1):
                mark = text[start:pos]
                if mark in table.marks and mark.isalpha() and mark[0].isupper() \
                        and not text[start - 1:start].isalnum():
                    return CurrencyAt(start, pos, mark, resolve_currency(mark, text, start))
        return None
    for start in range(max(0, end - table.max_mark), end):
        mark = text[start:end]
        if mark in table.marks:
            before = text[start - 1:start]  # '' at the start of the text
            if not (before.isalnum() or (before and before in "_$€£¥")):
                return CurrencyAt(start, end, mark, resolve_currency(mark, text, start))
    return None


def _is_conversion(text: str, pos: int) -> bool:
    """Whether an amount at ``pos`` stands in brackets right after another amount
    ("120 dollars de Singapour (89 $)", "2 billion yuan ($280 million)")."""
    bracket = text.rfind("(", max(0, pos - 25), pos)
    if bracket < 0 or ")" in text[bracket:pos]:
        return False
    return bool(re.search(r"\d", text[max(0, bracket - 40):bracket]))


@lru_cache(maxsize=8)
def _article_dollar(text: str) -> str:
    """The dollar a bare "$" is in ``text``: the one other dollar every marked dollar amount
    of the text is in, when there is one and no US mark; else the US dollar."""
    table = currency_table()
    pattern = table.explicit_dollar_re
    if table.explicit_dollar_marks_re is not None and "dollar" not in text.lower():
        # no name can match (each says "dollar", and only the letters of "dollar" match
        # them in any case): the marks and codes alone, several times faster
        pattern = table.explicit_dollar_marks_re
    seen = set()
    for m in pattern.finditer(text):
        seen.add(_lookup(m.group(0)) or "USD")
    others = seen - {"USD"}
    return others.pop() if len(others) == 1 and "USD" not in seen else "USD"


@lru_cache(maxsize=8)
def _folded_words(text: str) -> str:
    return " " + name_key(text) + " "


def _by_context(codes: tuple[str, ...], text: str) -> str:
    """Of ``codes``, the one whose cue words ``text`` says most often; the first on a tie."""
    table = currency_table()
    folded = _folded_words(text)
    best, best_hits = codes[0], 0
    for code in codes:
        hits = sum(folded.count(f" {cue} ") for cue in table.cues.get(code, ()))
        if hits > best_hits:
            best, best_hits = code, hits
    return best


def resolve_currency(mark: str, text: str, pos: int | None = None) -> str | None:
    """The ISO code of ``mark`` (a symbol, code or name key) as used in ``text``.

    "¥" is the yuan in a text about China; "pesos", "couronnes", "dinars", "kr" the currency
    of the country the text names most; a bare "$" is the US dollar unless the text marks
    all its dollar amounts with one other dollar ("S$", "HKD", "dollars de Hong Kong") and
    never with a US mark, and always inside brackets after another amount (``pos``: where
    the amount is, for that test). See currencies.yaml.
    """
    table = currency_table()
    if mark == table.bare_dollar:
        if pos is not None and _is_conversion(text, pos):
            return "USD"
        return _article_dollar(text)
    key = mark if mark in table.ambiguous else name_key(mark)
    if key in table.ambiguous:
        return _by_context(table.ambiguous[key], text)
    return _lookup(mark)


_CLAUSE_END = re.compile(r"[ \t\u00a0]*(?:[.,;:!?)\]»\"”\n]|$)")


def subunit_after(text: str, pos: int, code: str, lang: str, *, bare: bool = True
                  ) -> tuple[float, int] | None:
    """The minor units after an amount in ``code`` ending at ``pos`` ("15 dollars et 15
    cents", "13 euros 45", "2 pounds 50"): (their value in major units, end) or None. Two
    digits without a unit word (``bare``, after a currency's name) must end the clause:
    "13 euros 45." is 13.45, "3 euros 20 %" is no amount of 3.20."""
    table = currency_table()
    digits = table.digits.get(code, 2)
    if digits == 0:
        return None
    m = table.subunit_re[lang].match(text, pos)
    if not m or (m["link"] and not m["unit"]):
        return None
    if not m["unit"] and not (bare and len(m["n"]) == 2 and _CLAUSE_END.match(text, m.end())):
        return None
    return int(m["n"]) / 10 ** digits, m.end()


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
