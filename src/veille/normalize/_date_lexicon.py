"""Compiled date patterns and date arithmetic for ``veille.normalize.dates``.

Everything language-specific comes from ``dates.yaml``; this module turns it into regexes
(cached per language) and offers the small calendar helpers the date finder needs.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from veille.normalize._resources import alternation, check_lang, fold, load_yaml, phrase_pattern
from veille.normalize.money import currency_table
from veille.normalize.numbers import lexicon as number_lexicon

DAY = r"(?P<d>3[01]|[12]\d|0?[1-9])(?:er|re|ère|st|nd|rd|th)?(?![\w])"
YEAR = r"(?P<y>19\d{2}|20\d{2}|2100)(?!\d)"
NUMBER_SLOT = r"(?P<n>\d+|[^\W\d_]+(?:-[^\W\d_]+)*)"


@dataclass(frozen=True)
class DateLexicon:
    """Lookup tables and compiled regexes for one language."""

    lang: str
    months: dict[str, int]
    weekdays: dict[str, int]
    direction_after: dict[str, str]
    direction_before: dict[str, str]
    relative: dict[str, tuple[str, int, str]]
    span_units: dict[str, str]
    year_followers: frozenset[str]
    year_count_nouns: frozenset[str]
    month_re: str
    weekday_re: str
    relation_re: re.Pattern[str]
    position_re: re.Pattern[str]
    context_re: re.Pattern[str]
    approx_re: re.Pattern[str]
    relation_kinds: dict[str, str]
    position_kinds: dict[str, str]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str] | None
    day_pair: re.Pattern[str]
    month_year: re.Pattern[str]
    bare_month: re.Pattern[str]
    weekday: re.Pattern[str]
    relative_re: re.Pattern[str]
    period: re.Pattern[str]
    spans: tuple[tuple[str, re.Pattern[str], bool], ...]  # (kind, regex, starts with a phrase)
    span_starts: re.Pattern[str]  # where one of the spans' opening phrases begins


ISO_RE = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")
NUMERIC_RE = re.compile(
    r"(?<![\d/.,])(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|(?<=/)\d{2})(?![\d/]|[.,]\d)"
)
MONTH_NUM_RE = re.compile(r"(?<![\d/.,])(?P<m>0?[1-9]|1[0-2])/(?P<y>(?:19|20)\d{2})(?![\d/])")
YEAR_RE = re.compile(
    r"(?<![\w.,$€£¥/])(?P<y>19\d{2}|20\d{2}|2100)(?![\w%/]|[.,]\d|\s?%|\s?[$€£¥])"
)
CODE_PERIOD_RE = re.compile(
    r"(?<![\w])(?P<q>Q[1-4]|T[1-4]|S[12]|H[12]|FY|AF)\s?['’]?(?P<y>(?:19|20)\d{2})(?!\d)"
)


def _names_alt(names: list[str], lang: str) -> str:
    """Alternation of month or weekday names: any case in French, capitalised in English."""
    if lang == "fr":
        return "(?i:" + alternation(names) + r")(?![\w])"
    variants = set(names) | {n.upper() for n in names}
    return alternation(sorted(variants)) + r"(?![\w])"


def _cue_regex(groups: dict[str, list[str]]) -> tuple[re.Pattern[str], dict[str, str]]:
    """A regex matching one cue at the end of a window, and the kind of each cue."""
    kinds: dict[str, str] = {}
    originals: list[str] = []
    for kind, phrases in groups.items():
        for phrase in phrases:
            kinds.setdefault(fold(phrase), kind)
            originals.append(phrase)
    body = alternation(originals)
    return re.compile(r"(?i)(?<![\w'’])" + body + r"\s*$"), kinds


@lru_cache(maxsize=4)
def date_lexicon(lang: str) -> DateLexicon:
    """The cached date lexicon of ``lang``."""
    lang = check_lang(lang)
    data = load_yaml("dates.yaml")
    months = {fold(k): int(v) for k, v in data["months"][lang].items()}
    weekdays = {fold(k): int(v) for k, v in data["weekdays"][lang].items()}
    month_re = _names_alt(list(data["months"][lang]), lang)
    weekday_re = _names_alt(list(data["weekdays"][lang]), lang)
    after = {fold(k): str(v) for k, v in data["direction"][lang]["after"].items()}
    before = {fold(k): str(v) for k, v in data["direction"][lang]["before"].items()}
    relation_re, relation_kinds = _cue_regex(data["relation_cues"][lang])
    position_re, position_kinds = _cue_regex(data["position_cues"][lang])
    context_re = re.compile(
        r"(?i)(?<![\w'’])" + alternation(data["year_context"][lang]) + r"\s*[-\s]?\s*$"
    )
    approx_phrases = [p for ps in load_yaml("numbers.yaml")["approx"][lang].values() for p in ps]
    approx_re = re.compile(r"(?i)(?<![\w])" + alternation(approx_phrases) + r"\s*$")
    relative = {
        fold(k): (str(v[0]), int(v[1]), str(v[2])) for k, v in data["relative"][lang].items()
    }
    units = {fold(k): str(v) for k, v in data["span_units"][lang].items()}
    unit_alt = "(?i:" + alternation(list(data["span_units"][lang])) + r")(?![\w])"
    spans: list[tuple[str, re.Pattern[str], bool]] = []
    openings: list[str] = []
    for kind, patterns in data["spans"][lang].items():
        for pattern in patterns:
            pre, _, rest = pattern.partition("{n}")
            mid, _, post = rest.partition("{unit}")
            regex = (
                r"(?i:(?<![\w])" + phrase_pattern(pre) + ")" + NUMBER_SLOT
                + "(?i:" + phrase_pattern(mid) + ")" + "(?P<unit>" + unit_alt + ")"
                + "(?i:" + phrase_pattern(post) + r")(?![\w])"
            )
            spans.append((str(kind), re.compile(regex), bool(pre)))
            if pre:
                openings.append(phrase_pattern(pre))
    span_starts = re.compile(r"(?i)(?<![\w])(?=" + "|".join(openings or ["(?!)"]) + ")")
    after_alt = alternation(list(data["direction"][lang]["after"])) if after else "(?!)"
    before_alt = alternation(list(data["direction"][lang]["before"])) if before else "(?!)"
    ordinals = alternation(data["period_ordinals"][lang])
    periods = alternation(data["periods"][lang])
    link = r"\s+(?:de\s+|d['’]\s*|of\s+)?" if lang == "fr" else r"\s+(?:of\s+)?"
    return DateLexicon(
        lang=lang,
        months=months,
        weekdays=weekdays,
        direction_after=after,
        direction_before=before,
        relative=relative,
        span_units=units,
        year_followers=frozenset(fold(w) for w in data["year_followers"][lang]),
        year_count_nouns=frozenset(fold(w) for w in data["year_count_nouns"][lang]),
        month_re=month_re,
        weekday_re=weekday_re,
        relation_re=relation_re,
        position_re=position_re,
        context_re=context_re,
        approx_re=approx_re,
        relation_kinds=relation_kinds,
        position_kinds=position_kinds,
        day_month=re.compile(
            rf"(?<![\w,.])(?:(?P<wd>{weekday_re}),?\s+)?(?:the\s+)?{DAY}\s+(?:of\s+)?"
            rf"(?P<mon>{month_re})(?:,?\s+{YEAR})?"
        ),
        month_day=re.compile(
            rf"(?<![\w])(?:(?P<wd>{weekday_re}),?\s+)?(?P<mon>{month_re})\s+{DAY}"
            rf"(?!\s*(?:%|[.,]\d))(?:,?\s+{YEAR})?"
        ) if lang == "en" else None,
        day_pair=re.compile(
            r"(?<![\w,.])(?P<d1>3[01]|[12]\d|0?[1-9])(?:er|st|nd|rd|th)?\s*"
            r"(?:et|and|au|to|-|–)\s*(?:le\s+|the\s+)?"
            + DAY + rf"\s+(?:of\s+)?(?P<mon>{month_re})(?:,?\s+{YEAR})?"
        ),
        month_year=re.compile(rf"(?<![\w])(?P<mon>{month_re})\s+(?:(?:de|of)\s+)?{YEAR}"),
        bare_month=re.compile(
            rf"(?<![\w])(?:(?i:(?P<pre>{before_alt}))\s+)?(?P<mon>{month_re})"
            rf"(?:\s+(?i:(?P<post>{after_alt}))(?![\w]))?"
        ),
        weekday=re.compile(
            rf"(?<![\w])(?:(?i:(?P<pre>{before_alt}))\s+)?(?P<wd>{weekday_re})"
            rf"(?:\s+(?i:(?P<post>{after_alt}))(?![\w]))?"
        ),
        relative_re=re.compile(
            r"(?i)(?<![\w'’])" + alternation(list(data["relative"][lang])) + r"(?![\w])"
        ),
        period=re.compile(
            rf"(?i)(?<![\w])(?:{ordinals})\s+(?:{periods}){link}{YEAR}"
        ),
        spans=tuple(spans),
        span_starts=span_starts,
    )


def scale_or_currency_after(text: str, end: int, lang: str) -> bool:
    """True when a scale word or currency follows position ``end`` ("2000 milliards")."""
    m = re.match(r"\s*([^\W\d_]+)", text[end:end + 30])
    if m and (m.group(1).lower() in number_lexicon(lang).scale_words):
        return True
    cur = currency_table().suffix_re.match(text, end)
    return bool(cur and cur.start() == end)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) moved by ``delta`` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> date | None:
    """A date, or None when the day does not exist in that month."""
    if not (1 <= month <= 12) or not (1 <= day <= calendar.monthrange(year, month)[1]):
        return None
    return date(year, month, day)


def nearest_year(month: int, day: int, ref: date, weekday: int | None = None) -> date | None:
    """The date with this month and day closest to ``ref`` (previous, same or next year);
    when a weekday is written with it, a year where the day falls on that weekday wins."""
    candidates = [safe_date(ref.year + k, month, day) for k in (-1, 0, 1)]
    valid = [c for c in candidates if c is not None]
    if weekday is not None and any(c.weekday() == weekday for c in valid):
        valid = [c for c in valid if c.weekday() == weekday]
    if not valid:
        return None
    return min(valid, key=lambda c: (abs((c - ref).days), c > ref))


def weekday_date(weekday: int, ref: date, direction: str | None) -> date:
    """Resolve a weekday against ``ref``.

    No direction: the most recent such day on or before ``ref`` (news are in the past).
    "last": strictly before ``ref``; "this": on or after ``ref``; "next": strictly after.
    """
    back = (ref.weekday() - weekday) % 7
    ahead = (weekday - ref.weekday()) % 7
    if direction == "last":
        return ref - timedelta(days=back or 7)
    if direction == "this":
        return ref + timedelta(days=ahead)
    if direction == "next":
        return ref + timedelta(days=ahead or 7)
    return ref - timedelta(days=back)


def month_with_direction(month: int, ref: date, direction: str | None) -> tuple[int, int]:
    """(year, month) for a month name: "last" is the latest such month strictly before ref's
    month, "next" the first strictly after, otherwise the month of ref's year."""
    if direction == "last":
        return (ref.year if month < ref.month else ref.year - 1), month
    if direction == "next":
        return (ref.year if month > ref.month else ref.year + 1), month
    return ref.year, month
