"""Finding dates in French and English text and resolving them to TIMEX3 (ISO 8601) values.

Absolute dates ("le 11 octobre 2025", "October 11, 2025", "2025-10-11", "mars 2024"),
periods ("Q3 2025", "au premier semestre", "l'été 2024", "les années 1990", "la semaine du
3 mars"), partial and relative ones ("le 11 octobre", "jeudi", "hier", "le trimestre
prochain", "last month", "il y a trois ans") resolved against a reference date, and fuzzy
periods with a relation ("d'ici 2030", "fin 2024", "since 2020", "dans les 10 prochaines
années"). A date without a year or a direction ("en mars", "jeudi", "au printemps") is placed
by the tense of the verbs near it (``tense.py``). Relative expressions are skipped when no
reference is given. Values follow TIMEX3: "2025", "2025-10", "2025-10-11", "2025-Q3",
"2025-H1", "2025-SU", "2025-W42", "199" (a decade), "20" (a century); ``date_range`` gives
the first and last day of any of them.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from veille.normalize._calendar import (
    add_months,
    date_range,
    month_with_direction,
    nearest_year,
    safe_date,
    two_digit_year,
    week_value,
    weekday_date,
)
from veille.normalize._date_lexicon import (
    FISCAL_YEAR_RE,
    ISO_RE,
    MONTH_NUM_RE,
    NUMERIC_RE,
    YEAR_RE,
    DateLexicon,
    RawDate,
    Resolved,
    Resolver,
    date_lexicon,
    scale_or_currency_after,
)
from veille.normalize._holidays import holiday_raws
from veille.normalize._periods import period_raws
from veille.normalize._resources import (
    check_lang,
    finditer_in,
    fold,
    lowered,
    search_all,
    select_longest,
    windows,
    word_before,
)
from veille.normalize.numbers import parse_number
from veille.normalize.tense import tense_at

__all__ = ["DateValue", "date_range", "date_relations", "date_spans", "find_dates", "parse_date"]

PRECISIONS = ("century", "decade", "year", "half", "quarter", "season", "month", "week",
              "weekend", "day")
_MODS = {"start": "START", "mid": "MID", "end": "END"}


@dataclass(frozen=True)
class DateValue:
    """A date expression found in a text, with its TIMEX3 value at the text's precision.

    ``start``/``end`` are character offsets; ``precision`` is one of PRECISIONS; ``mod`` says
    which part of the period the text means ("START" for "début 2025", "MID" for "mi-2025",
    "END" for "fin 2025"; the value stays "2025"), None when it means all of it.
    """

    start: int
    end: int
    text: str
    value: str
    precision: str
    relation: str
    relative: bool
    mod: str | None = None

    @property
    def first_day(self) -> str:
        """The first day (ISO 8601) of the period the value names."""
        return date_range(self.value)[0]

    @property
    def last_day(self) -> str:
        """The last day (ISO 8601) of the period the value names."""
        return date_range(self.value)[1]


_Raw = RawDate


def _iso(year: int, month: int | None = None, day: int | None = None) -> Resolved:
    """ISO string and precision for a year, a month or a day (None outside 1900-2100)."""
    if not 1900 <= year <= 2100:
        return None
    if month is None:
        return f"{year:04d}", "year"
    if day is None:
        return f"{year:04d}-{month:02d}", "month"
    return f"{year:04d}-{month:02d}-{day:02d}", "day"


def _fixed(year: int, month: int | None = None, day: int | None = None) -> Resolver:
    if day is not None and month is not None and safe_date(year, month, day) is None:
        return lambda ref: None
    value = _iso(year, month, day)
    return lambda ref: value


def _of_date(d: date | None, precision: str) -> Resolved:
    if d is None:
        return None
    if precision == "year":
        return _iso(d.year)
    if precision == "month":
        return _iso(d.year, d.month)
    return _iso(d.year, d.month, d.day)


def _year_ok(text: str, m: re.Match[str], lex: DateLexicon) -> bool:
    """Whether a bare four-digit number is a year here rather than a count."""
    s, e = m.span("y")
    if s > 0 and text[s - 1] in "-\u2011\u2013":
        before = text[max(0, s - 5):s - 1]
        if before[-1:].isalpha() and not re.search(r"(?i)(?<![\w])mid?$", before):
            return False
    if lex.approx_re.search(text, max(0, s - 40), s):
        return False
    window = max(0, s - 40)
    for regex in (lex.context_re, lex.relation_re, lex.position_re):
        if regex.search(text, window, s):
            return True
    return _follower_ok(text, e, lex)


def _follower_ok(text: str, end: int, lex: DateLexicon) -> bool:
    """Whether the word after a year-like number lets it be a year: in French, none, a
    capitalised word or one of year_followers ("2025 sera"); in English, anything but a
    noun of counting ("2000 employees")."""
    if scale_or_currency_after(text, end, lex.lang):
        return False
    nxt = re.match(r"[ \t\u00a0]*([^\W\d_][\w'’-]*)", text[end:end + 40])
    if not nxt:
        return True
    word = nxt.group(1)
    if lex.lang == "fr":
        if word[0].isupper():
            return True
        folded = fold(word)
        head = folded.split("'")[0] + "'" if "'" in folded else folded
        return folded in lex.year_followers or head in lex.year_followers
    return fold(word) not in lex.year_count_nouns


def _span_number(token: str, lang: str) -> int | None:
    if fold(token) in ("a", "an", "un", "une", "one"):
        return 1
    value = parse_number(token, lang)
    return int(value) if value is not None and value == int(value) and value > 0 else None


def _shift(ref: date, unit: str, n: int) -> Resolved:
    if unit in ("year", "decade"):
        return _iso(ref.year + n * (10 if unit == "decade" else 1))
    if unit == "month":
        return _iso(*add_months(ref.year, ref.month, n))
    if unit == "week":
        return week_value(ref + timedelta(days=7 * n))
    return _of_date(ref + timedelta(days=n), "day")


def _relative_phrase(unit: str, offset: int) -> Resolver:
    def resolve(ref: date | None) -> Resolved:
        if ref is None:
            return None
        if unit == "day":
            return _of_date(ref + timedelta(days=offset), "day")
        if unit == "week":
            return week_value(ref + timedelta(days=7 * offset))
        if unit == "month":
            return _iso(*add_months(ref.year, ref.month, offset))
        if unit == "decade_end":
            return _iso((ref.year // 10 + 1) * 10)
        return _iso(ref.year + offset)

    return resolve


def _partial(month: int, day: int, weekday: int | None, tense: str | None) -> Resolver:
    """A day and month without year, placed by the tense around it, else in the year
    nearest the reference date."""

    def resolve(ref: date | None) -> Resolved:
        return _of_date(nearest_year(month, day, ref, weekday, tense), "day") if ref else None

    return resolve


def _numeric_raws(text: str, lang: str) -> list[_Raw]:
    raws: list[_Raw] = []
    for m in ISO_RE.finditer(text):
        y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
        raws.append(_Raw(m.start(), m.end(), _fixed(y, mo, d), False))
    for m in NUMERIC_RE.finditer(text):
        a, b, y = int(m["a"]), int(m["b"]), int(m["y"])
        y = y + 2000 if y < 100 else y
        if a > 12 or (b <= 12 and lang == "fr") or (b <= 12 and m["sep"] == "."):
            day, month = a, b
        else:
            day, month = b, a
        raws.append(_Raw(m.start(), m.end(), _fixed(y, month, day), False))
    for m in MONTH_NUM_RE.finditer(text):
        if 1 <= int(m["m"]) <= 12:
            raws.append(_Raw(m.start(), m.end(), _fixed(int(m["y"]), int(m["m"])), False))
    for m in FISCAL_YEAR_RE.finditer(text):
        digits: str = m["y"]

        def fiscal(ref: date | None, digits: str = digits) -> Resolved:
            return _iso(int(digits) if len(digits) == 4 else two_digit_year(int(digits), ref))

        raws.append(_Raw(m.start(), m.end(), fiscal, False))
    return raws


def _month_names(text: str, low: str, lex: DateLexicon) -> list[tuple[int, int]]:
    """The spans of the month names (in the lowered text in French)."""
    src = low if lex.names_lowered else text
    return [m.span() for m in lex.month_hits.finditer(src) if not word_before(src, m.start())]


def _name_raws(text: str, low: str, months: list[tuple[int, int]], lex: DateLexicon
               ) -> list[_Raw]:
    """Dates with a month or weekday name. The patterns run only around the names, found
    first (on the lowered text in French, where names match in any case)."""
    raws: list[_Raw] = []
    src = low if lex.names_lowered else text
    if months:
        near = windows(months, 45, 40, len(text))
        for pattern in [lex.day_month] + ([lex.month_day] if lex.month_day else []):
            for m in finditer_in(pattern, src, near):
                month, day = lex.months[fold(m["mon"])], int(m["d"])
                if m["y"]:
                    raws.append(_Raw(m.start(), m.end(), _fixed(int(m["y"]), month, day), False))
                    continue
                wd = lex.weekdays[fold(m["wd"])] if m["wd"] else None
                tense = tense_at(text, m.start(), m.end(), lex.lang)
                raws.append(_Raw(m.start(), m.end(), _partial(month, day, wd, tense), True))
        for m in finditer_in(lex.day_pair, src, near):
            month, day = lex.months[fold(m["mon"])], int(m["d1"])
            if m["y"]:
                raws.append(_Raw(m.start("d1"), m.end("d1"), _fixed(int(m["y"]), month, day),
                                 False))
            else:
                tense = tense_at(text, m.start(), m.end(), lex.lang)
                raws.append(_Raw(m.start("d1"), m.end("d1"), _partial(month, day, None, tense),
                                 True))
        for m in finditer_in(lex.month_year, src, near):
            month = lex.months[fold(m["mon"])]
            raws.append(_Raw(m.start(), m.end(), _fixed(int(m["y"]), month), False))
        for m in finditer_in(lex.bare_month, src, near):
            raws.extend(_bare_month(text, src, m, lex))
    weekdays = [m.span() for m in lex.weekday_hits.finditer(src)
                if not word_before(src, m.start())]
    for m in finditer_in(lex.weekday, src, windows(weekdays, 15, 30, len(text))):
        wd = lex.weekdays[fold(m["wd"])]
        numbered = _WEEKDAY_DAY.match(src, m.end("wd"))
        if numbered and not m["post"]:
            if not lex.month_hits.match(src, numbered.end()):  # 'lundi 10 mars': a day-month
                tense = tense_at(text, m.start(), numbered.end("d"), lex.lang)
                raws.append(_Raw(m.start("wd"), numbered.end("sfx") if numbered["sfx"] else numbered.end("d"),
                                 _numbered_weekday(wd, int(numbered["d"]), tense), True))
            continue
        direction = None
        if m["pre"]:
            direction = lex.direction_before.get(fold(m["pre"]))
        elif m["post"]:
            direction = lex.direction_after.get(fold(m["post"]))
        tense = tense_at(text, m.start(), m.end(), lex.lang)
        if direction == "this" and tense in ("past", "future"):
            direction = f"this-{tense}"  # 'a annoncé ce mardi', 'will meet this Friday'
        if direction is None:
            direction = tense

        def by_weekday(ref: date | None, wd: int = wd, dn: str | None = direction) -> Resolved:
            return _of_date(weekday_date(wd, ref, dn), "day") if ref else None

        raws.append(_Raw(m.start(), m.end(), by_weekday, True))
    return raws


_WEEKDAY_DAY = re.compile(r"\s+(?P<d>3[01]|[12]\d|0?[1-9])(?P<sfx>er|st|nd|rd|th)?(?![\w])(?![.,:/]\d|\s\d)\s*")


def _numbered_weekday(weekday: int, day: int, tense: str | None) -> Resolver:
    """'mardi 11', 'Friday 14th' without a month: the day of that number, within two months
    of the reference date, that falls on that weekday; the tense picks between the one before
    and the one after, else the nearest."""

    def resolve(ref: date | None) -> Resolved:
        if ref is None:
            return None
        found = [d for k in (-2, -1, 0, 1, 2) if (d := safe_date(*add_months(ref.year, ref.month, k), day))
                 and d.weekday() == weekday]
        if tense == "past":
            found = [d for d in found if d <= ref + timedelta(days=3)] or found
        elif tense == "future":
            found = [d for d in found if d >= ref - timedelta(days=3)] or found
        return _of_date(min(found, key=lambda d: abs((d - ref).days)), "day") if found else None

    return resolve


def _bare_month(text: str, src: str, m: re.Match[str], lex: DateLexicon) -> list[_Raw]:
    """A month name without day or year: with a direction word, or after a cue ("en mars",
    "depuis janvier", "janvier, février et mars"), or one that is a month alone ("les ventes
    de mars"), placed by the tense when nothing says which way."""
    word = m["pre"] or m["post"]
    direction = None
    if m["pre"]:
        direction = lex.direction_before.get(fold(m["pre"]))
    elif m["post"]:
        direction = lex.direction_after.get(fold(m["post"]))
    if not word and text[m.start("mon"):m.end("mon")] not in lex.months_alone \
            and not _has_context(text, m.start(), lex) \
            and not lex.month_link_re.search(src, max(0, m.start() - 25), m.start()):
        return []
    month = lex.months[fold(m["mon"])]
    if direction is None:
        direction = tense_at(text, m.start(), m.end(), lex.lang)

    def by_month(ref: date | None, month: int = month, dn: str | None = direction) -> Resolved:
        return _iso(*month_with_direction(month, ref, dn)) if ref else None

    return [_Raw(m.start(), m.end(), by_month, True)]


def _has_context(text: str, start: int, lex: DateLexicon) -> bool:
    window = max(0, start - 40)
    return any(
        regex.search(text, window, start)
        for regex in (lex.context_re, lex.relation_re, lex.position_re)
    )


def _relative_left_ok(low: str, index: int) -> bool:
    """A relative phrase starts a word, or follows "d'" or "qu'" ("d'hier", "jusqu'à")."""
    if index == 0:
        return True
    ch = low[index - 1]
    if ch in "'’":
        return (low[index - 2:index - 1] == "d" and not word_before(low, index - 2)) or \
            (low[index - 3:index - 1] == "qu" and not word_before(low, index - 3))
    return not (ch.isalnum() or ch == "_")


def _relative_raws(text: str, low: str, lex: DateLexicon) -> list[_Raw]:
    raws: list[_Raw] = []
    for m in search_all(lex.relative_re, low, lambda i: _relative_left_ok(low, i)):
        unit, offset, position = lex.relative[fold(m.group(0))]
        pos = None if position == "on" else position
        raws.append(_Raw(m.start(), m.end(), _relative_phrase(unit, offset), True, pos))
    starts: list[int] | None = None
    for kind, pattern, opened, key in lex.spans:
        if not opened and key not in low:
            continue
        if opened and starts is None:
            starts = sorted({m.start() for m in lex.span_starts.finditer(low)
                             if not word_before(low, m.start())})
        for m in _span_matches(low, pattern, starts if opened else None):
            n = _span_number(m["n"], lex.lang)
            span_unit = lex.span_units.get(fold(m["unit"]))
            if n is None or span_unit is None:
                continue
            sign = -1 if kind == "ago" else 1

            def by_span(ref: date | None, u: str = span_unit, k: int = sign * n) -> Resolved:
                return _shift(ref, u, k) if ref else None

            relation = "within" if kind == "within" else None
            raws.append(_Raw(m.start(), m.end(), by_span, True, None, relation))
    return raws


def _span_matches(text: str, pattern: re.Pattern[str],
                  starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)``, tried only at ``starts`` when given: the positions where
    an opening phrase of the spans begins, found for all of them in one pass. That gives
    the same matches as scanning the whole text with each of them, in a fraction of the
    time."""
    if starts is None:
        yield from pattern.finditer(text)
        return
    end = 0
    for start in starts:
        if start >= end:
            m = pattern.match(text, start)
            if m:
                yield m
                end = m.end()


def _raw_matches(text: str, lang: str) -> list[_Raw]:
    lex = date_lexicon(lang)
    low = lowered(text)
    months = _month_names(text, low, lex)
    raws = _numeric_raws(text, lex.lang) + _name_raws(text, low, months, lex) \
        + _relative_raws(text, low, lex)
    raws += period_raws(text, lex.lang, low, months, lambda end: _follower_ok(text, end, lex))
    raws += holiday_raws(text, lex.lang)
    for m in YEAR_RE.finditer(text):
        if _year_ok(text, m, lex):
            raws.append(_Raw(m.start(), m.end(), _fixed(int(m["y"])), False))
    return select_longest(raws)


@lru_cache(maxsize=8)
def _matches(text: str, lang: str) -> tuple[tuple[_Raw, int, str, str | None], ...]:
    """Every date expression of ``text`` with the start of its cue words, its relation and
    its mod.
    Cached: a document's text is searched once for its dates, for the masks of its
    quantities and for the date cues of its modality."""
    lang = check_lang(lang)
    return tuple(_with_cues(text, _raw_matches(text, lang), date_lexicon(lang)))


def _with_cues(text: str, raws: list[_Raw], lex: DateLexicon
               ) -> list[tuple[_Raw, int, str, str | None]]:
    """Each match with the start of its cue words, its relation and its mod."""
    out: list[tuple[_Raw, int, str, str | None]] = []
    previous_end = 0
    for raw in raws:
        start = raw.start
        position = raw.position
        relation = raw.relation
        if relation is None:
            pos = lex.position_re.search(text, max(previous_end, start - 40), start)
            if pos:
                position = lex.position_kinds.get(fold(pos.group(0)), position)
                start = pos.start()
            rel = lex.relation_re.search(text, max(previous_end, start - 40), start)
            if rel:
                relation = lex.relation_kinds.get(fold(rel.group(0)))
                start = rel.start()
        if relation is None:
            relation = position if position in ("end", "start") else "on"
        out.append((raw, start, relation, _MODS.get(position or "")))
        previous_end = raw.end
    return out


def date_spans(text: str, lang: str) -> list[tuple[int, int]]:
    """Spans of every date expression, resolvable or not (used to mask numbers in dates)."""
    return [(start, raw.end) for raw, start, _, _ in _matches(text, lang)]


def date_relations(text: str, lang: str) -> list[tuple[str, int, int]]:
    """(relation, start, end) of every date expression, resolvable or not."""
    return [(relation, start, raw.end) for raw, start, relation, _ in _matches(text, lang)]


def find_dates(text: str, lang: str, ref: date | None = None) -> list[DateValue]:
    """All date expressions in ``text``, left to right, resolved against ``ref`` if needed.

    Relative or partial expressions ("jeudi", "le 11 octobre", "last year") are skipped when
    ``ref`` is None. A bare weekday is the latest such day on or before ``ref``.
    """
    found: list[DateValue] = []
    for raw, start, relation, mod in _matches(text, lang):
        resolved = raw.resolve(ref)
        if resolved is None:
            continue
        value, precision = resolved
        found.append(
            DateValue(
                start=start,
                end=raw.end,
                text=text[start:raw.end],
                value=value,
                precision=precision,
                relation=relation,
                relative=raw.relative,
                mod=mod,
            )
        )
    return found


def parse_date(text: str, lang: str, ref: date | None = None) -> DateValue | None:
    """The date expression of ``text`` (the longest one when there are several), or None."""
    found = find_dates(text, lang, ref)
    if not found:
        return None
    return max(found, key=lambda d: (d.end - d.start, -d.start))


def weekday_year(text: str, lang: str, near: int, latest: int) -> int | None:
    """The year a text with no year of its own is written in, from a weekday said with its
    date ('On Tuesday (June 3)', 'mardi 3 juin'): the first year from `near` (the year the
    text cites most) to `latest` in which that date falls on that weekday, else the nearest
    before; None when no such date is given or the
    dates disagree."""
    lex = date_lexicon(check_lang(lang))
    hay = re.sub(r"[()]", " ", text.lower() if lex.names_lowered else text)  # same offsets
    years: set[int] = set()
    for pattern in (lex.day_month, lex.month_day):
        for m in pattern.finditer(hay) if pattern is not None else ():
            if not m.group("wd") or m.group("y"):
                continue
            weekday = lex.weekdays.get(fold(m.group("wd")))
            month = lex.months.get(fold(m.group("mon")))
            if weekday is None or month is None:
                continue
            fits = [y for y in range(near - 6, latest + 1)
                    if _weekday_of(y, month, int(m.group("d"))) == weekday]
            if fits:
                years.add(min(fits, key=lambda y: (y < near, abs(y - near))))
    return years.pop() if len(years) == 1 else None


def _weekday_of(year: int, month: int, day: int) -> int | None:
    try:
        return date(year, month, day).weekday()
    except ValueError:
        return None
