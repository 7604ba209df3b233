"""Compiled date patterns for ``veille.normalize.dates``.

Everything language-specific comes from ``dates.yaml``; this module turns it into regexes
(cached per language). The periods' grammar is in ``_periods.py``, the calendar arithmetic in
``_calendar.py``.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from veille.normalize._resources import alternation, check_lang, fold, load_yaml, phrase_pattern
from veille.normalize.money import currency_after
from veille.normalize.numbers import lexicon as number_lexicon

Resolved = tuple[str, str] | None  # (TIMEX3 value, precision)
Resolver = Callable[[date | None], Resolved]


@dataclass(frozen=True)
class RawDate:
    """A date expression found in a text, before its cue words are read: its span, how to
    resolve it against a reference date, and what it says of its own position."""

    start: int
    end: int
    resolve: Resolver
    relative: bool
    position: str | None = None  # "start", "mid" or "end" of the period
    relation: str | None = None


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
    months_alone: frozenset[str]  # month names that are a date without a cue, as written
    weekday: re.Pattern[str]
    relative_re: re.Pattern[str]
    month_hits: re.Pattern[str]
    month_link_re: re.Pattern[str]  # a month name and a link before a bare month
    weekday_hits: re.Pattern[str]
    # (kind, regex, starts with a phrase, a word the text must hold for one without)
    spans: tuple[tuple[str, re.Pattern[str], bool, str], ...]
    span_starts: re.Pattern[str]  # where one of the spans' opening phrases begins
    names_lowered: bool  # the name patterns run on the lowered text (French)


# The numeric patterns start with a digit and check the character before it right after it
# ("\d(?<![\d-]\d)"): a pattern that starts with a character class is skipped ahead to
# the next digit by the regex engine, one that starts with a lookbehind is tried everywhere.
ISO_RE = re.compile(r"(?P<y>\d(?<![\d-]\d)\d{3})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?![\d-])")
NUMERIC_RE = re.compile(
    r"(?P<a>\d(?<![\d/.,]\d)\d?)(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)"
    r"(?P<y>\d{4}|(?<=/)\d{2})(?![\d/]|[.,]\d)"
)
MONTH_NUM_RE = re.compile(r"(?P<m>\d(?<![\d/.,]\d)\d?)/(?P<y>(?:19|20)\d{2})(?![\d/])")  # m 1-12
YEAR_RE = re.compile(
    r"(?P<y>1(?<![\w.,$€£¥/]1)9\d{2}|2(?<![\w.,$€£¥/]2)(?:0\d{2}|100))"
    r"(?![\w%/]|[.,]\d|\s?%|\s?[$€£¥])"
)
FISCAL_YEAR_RE = re.compile(
    r"(?:F(?<![\w]F)Y|A(?<![\w]A)F)\s?['’]?(?P<y>(?:19|20)\d{2}|\d{2})(?![\w])"
)


def _names_alt(names: list[str], lang: str) -> str:
    """Alternation of month or weekday names: in French in lower case (the French patterns
    run on the lowered text, so any case matches), capitalised or in capitals in English."""
    if lang == "fr":
        return alternation([n.lower() for n in names]) + r"(?![\w])"
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
    # the relative phrases and spans are matched on the lowered text
    unit_alt = alternation([u.lower() for u in data["span_units"][lang]]) + r"(?![\w])"
    spans: list[tuple[str, re.Pattern[str], bool, str]] = []
    openings: list[str] = []
    for kind, patterns in data["spans"][lang].items():
        for pattern in patterns:
            pre, _, rest = pattern.partition("{n}")
            mid, _, post = rest.partition("{unit}")
            regex = (
                r"(?<![\w])" + phrase_pattern(pre) + NUMBER_SLOT + phrase_pattern(mid)
                + "(?P<unit>" + unit_alt + ")" + phrase_pattern(post) + r"(?![\w])"
            )
            key = "" if pre else re.sub(r"[^a-z ]", "", post.lower()).strip()
            spans.append((str(kind), re.compile(regex), bool(pre), key))
            if pre:
                openings.append(phrase_pattern(pre))
    span_starts = re.compile("|".join(openings or ["(?!)"]))  # left boundary checked by caller
    after_alt = alternation(list(data["direction"][lang]["after"])) if after else "(?!)"
    before_alt = alternation(list(data["direction"][lang]["before"])) if before else "(?!)"
    return DateLexicon(
        lang=lang,
        months=months,
        weekdays=weekdays,
        direction_after=after,
        direction_before=before,
        relative=relative,
        span_units=units,
        year_followers=frozenset(fold(w) for w in data["year_followers"][lang]),
        months_alone=frozenset(data["months_alone"][lang]),
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
        relative_re=re.compile(  # on the lowered text; the caller checks the left boundary
            alternation([p.lower() for p in data["relative"][lang]]) + r"(?![\w])"
        ),
        month_hits=re.compile(month_re),
        month_link_re=re.compile(
            rf"(?<![\w])(?:{month_re})\s*(?:{alternation(data['month_links'][lang])})\s*$"
        ),
        weekday_hits=re.compile(weekday_re),
        spans=tuple(spans),
        span_starts=span_starts,
        names_lowered=lang == "fr",
    )


def scale_or_currency_after(text: str, end: int, lang: str) -> bool:
    """True when a scale word or currency follows position ``end`` ("2000 milliards")."""
    m = re.match(r"\s*([^\W\d_]+)", text[end:end + 30])
    if m and (m.group(1).lower() in number_lexicon(lang).scale_words):
        return True
    return currency_after(text, end) is not None


