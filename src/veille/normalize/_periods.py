"""Periods longer than a day and shorter or longer than a year, for ``veille.normalize.dates``.

Quarters and halves ("au troisième trimestre 2025", "Q3 2025", "H1", "la première moitié de
2025"), seasons ("au printemps 2024", "cet été", "l'hiver dernier", "in the fall"), weeks
("la semaine du 3 mars", "week 12"), decades ("les années 1990", "the '90s"), centuries
("le XXIe siècle"), units said with a direction ("le trimestre prochain", "l'an dernier",
"next quarter") and two-digit years ("novembre 93", "en 98", "in '98"). Every pattern comes
from ``dates.yaml``; each is tried only when one of its words is in the text.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache

from veille.normalize._calendar import (
    add_months,
    century_value,
    decade_value,
    half_value,
    month_value,
    nearest_year,
    part_year,
    quarter_of,
    quarter_value,
    season_near,
    season_value,
    two_digit_year,
    week_value,
    year_value,
)
from veille.normalize._date_lexicon import DAY, YEAR, DateLexicon, RawDate, Resolved, date_lexicon
from veille.normalize._resources import (
    alternation,
    check_lang,
    finditer_in,
    fold,
    load_yaml,
    windows,
)
from veille.normalize.tense import tense_at

_YEAR4 = r"(?P<y>(?:19|20)\d{2})(?![\d%])"
_ROMAN = {"I": 1, "V": 5, "X": 10}


@dataclass(frozen=True)
class PeriodLexicon:
    """Lookup tables and compiled regexes of the period grammar for one language."""

    lang: str
    parts: dict[str, str]
    ordinals: dict[str, int]  # 0 for "last"
    year_phrases: dict[str, int]
    seasons: dict[str, str]
    units: dict[str, str]
    before: dict[str, str]
    after: dict[str, str]
    this: frozenset[str]
    last_units: frozenset[str]
    decade_names: dict[str, int]
    century_names: dict[str, int]
    part_re: re.Pattern[str]
    range_part_re: re.Pattern[str]
    code_re: re.Pattern[str]
    bare_code_re: re.Pattern[str]
    season_re: re.Pattern[str]
    season_prep_re: re.Pattern[str]
    unit_re: re.Pattern[str]
    unit_blockers: re.Pattern[str]
    decade_re: re.Pattern[str]
    century_re: re.Pattern[str]
    week_of_res: tuple[re.Pattern[str], ...]
    week_num_re: re.Pattern[str]
    iso_week_re: re.Pattern[str]
    month_yy_re: re.Pattern[str]
    bare_yy_re: re.Pattern[str]
    keywords: dict[str, tuple[str, ...]]  # pattern -> words one of which the text must hold


def _alt(words: list[str] | dict[str, object]) -> str:
    return alternation([str(w) for w in words])


def _low_alt(words: list[str] | dict[str, object]) -> str:
    return alternation([str(w).lower() for w in words])


@lru_cache(maxsize=4)
def period_lexicon(lang: str) -> PeriodLexicon:
    """The cached period grammar of ``lang``."""
    lang = check_lang(lang)
    data = load_yaml("dates.yaml")
    lex = date_lexicon(lang)
    parts = {fold(k): str(v) for k, v in data["year_parts"][lang].items()}
    ordinals = {fold(str(k)): (0 if v == "last" else int(v))
                for k, v in data["part_ordinals"][lang].items()}
    year_phrases = {fold(k): int(v) for k, v in data["year_phrases"][lang].items()}
    seasons = {fold(k): str(v) for k, v in data["seasons"][lang].items()}
    units = {fold(k): str(v) for k, v in data["units"][lang].items()}
    dirs = data["unit_directions"][lang]
    link = r"\s+(?:de\s+|d['’]\s*|du\s+|of\s+)?"
    year_slot = rf"(?:{_YEAR4}|(?P<yp>{_low_alt(data['year_phrases'][lang])})(?![\w]))"
    # Every pattern but the codes, the ISO weeks, the English months and the French centuries
    # (capitals) runs on the lowered text, and only around its key words (``period_raws``).
    part_re = re.compile(
        rf"(?<![\w])(?P<ord>{_low_alt(data['part_ordinals'][lang])})[\s-]+"
        rf"(?P<part>{_low_alt(data['year_parts'][lang])})(?![\w])(?:{link}{year_slot})?"
    )
    # a part named by its first and last months: "the April-June quarter", "le trimestre
    # juillet-septembre 2025" (on the lowered text in French, the text in English)
    part_alt = _low_alt(data["year_parts"][lang])
    month_pair = rf"(?P<m1>{lex.month_re})\s*(?:[-–/]|\s(?:à|au)\s)\s*(?P<m2>{lex.month_re})"
    range_part_re = re.compile(
        rf"(?<![\w])(?P<part>{part_alt})\s+(?:d['’]\s*|de\s+)?{month_pair}(?:\s+{_YEAR4})?"
        if lang == "fr" else
        rf"(?<![\w]){month_pair}(?:,?\s+{_YEAR4})?\s+(?P<part>(?i:{part_alt}))(?![\w])"
    )
    code_re = re.compile(  # a character class first: the engine skips ahead to it
        r"(?P<lead>[QTSH1-4])(?<![\w][QTSH1-4])(?:(?<=[QTSH])(?P<n>[1-4])|(?<=[1-4])(?P<c2>[QH])"
        r"(?P<yg>\d{2})?)"
        r"(?:\s?[-/]?\s?(?P<y>(?:19|20)\d{2})(?!\d)|\s?['’](?P<yy>\d{2})(?!\d))?(?![\w'’])"
    )
    bare_code_re = re.compile(
        r"(?i)(?<![\w'’])(?:in|during|for|by|until|since|the|this|of|au|du|en|pour|sur|le|ce|"
        r"de|fin|début|mi|dès|d['’]ici|d['’]ici\s+au|jusqu['’]au|end|start|early|late)[\s-]*$"
    )
    before_alt = _low_alt(dirs["before"]) if dirs["before"] else "(?!)"
    after_alt = _low_alt(dirs["after"]) if dirs["after"] else "(?!)"
    this_alt = _low_alt(dirs["this"]) if dirs["this"] else "(?!)"
    unit_alt = _low_alt(data["units"][lang])
    if lang == "fr":
        unit_re = re.compile(
            rf"(?<![\w'’])(?:(?P<this>{this_alt})\s+(?P<u1>{unit_alt})(?:\s*-\s*ci)?"
            rf"|(?P<det>le|la|l['’]|au|du)\s*(?P<u2>{unit_alt})\s*(?P<post>{after_alt})"
            rf"|(?:le|la|l['’]|au|du)\s*(?P<pre>{before_alt})\s+(?P<u3>{unit_alt}))(?![\w])"
            r"(?!\s*-\s*l[àa](?![\w]))"
        )
    else:
        unit_re = re.compile(
            rf"(?<![\w])(?P<pre>{before_alt})\s+(?P<u3>{unit_alt})(?![\w])"
        )
    unit_blockers = re.compile(
        rf"(?i)\s*(?:(?:de|d['’]|du|des|of)\s*(?:{lex.month_re}|(?:19|20)\d{{2}}|l['’]ann)"
        r"|(?:19|20)\d{2}(?!\d))"
    )
    season_alt = _low_alt(data["seasons"][lang])
    if lang == "fr":
        season_re = re.compile(
            rf"(?<![\w'’])(?:(?P<open>{_low_alt(data['season_openers'][lang])})\s*)?"
            rf"(?:(?P<det>cet|ce|l['’]|le)\s*)?(?P<s>{season_alt})(?![\w])"
            r"(?:\s+(?P<post>dernier|passé|prochain)(?![\w]))?"
            rf"(?:\s+(?:de\s+)?{_YEAR4}(?:\s*[-/–]\s*(?P<y2>(?:19|20)?\d{{2}})(?!\d))?"
            r"|\s+['’](?P<yy>\d{2})(?!\d))?"
        )
    else:
        season_re = re.compile(
            rf"(?<![\w])(?:(?P<det>the)\s+)?(?P<s>{season_alt})(?![\w])"
            rf"(?:\s+(?:of\s+)?{_YEAR4}(?:\s*[-/–]\s*(?P<y2>(?:19|20)?\d{{2}})(?!\d))?"
            r"|\s+(?:of\s+)?['’](?P<yy>\d{2})(?!\d))?"
        )
    season_prep_re = re.compile(
        rf"(?i)(?<![\w'’])(?:{_alt(data['season_preps'][lang])})\s*(?:(?:the|early|late|mid)"
        r"[\s-]*)*$"
    )
    names = data["decade_names"][lang]
    if lang == "fr":
        decade_re = re.compile(
            r"(?<![\w])(?:(?:les|des|aux|ces)\s+)?(?:années|décennie)\s+"
            rf"(?:(?P<y4>(?:18|19|20)\d0)|['’]?(?P<y2>\d0)|(?P<w>{_low_alt(names)}))"
            r"(?![\w%]|\s?%|\s*[-–/]\s*\d)"
        )
        century_re = re.compile(
            r"(?<![\w])(?P<n>[XVI]{1,5}|\d{1,2})(?:e|ème|è)\s+(?i:siècle)(?![\w])"
        )
    else:
        decade_re = re.compile(
            r"(?<![\w'’])(?:(?P<y4>(?:18|19|20)\d0)['’]?s|['’](?P<ya>\d0)s|(?P<yb>\d0)['’]?s"
            rf"|(?P<w>{_low_alt(names)}))(?![\w])"
        )
        century_re = re.compile(
            rf"(?<![\w])(?:(?P<n>\d{{1,2}})(?:st|nd|rd|th)|(?P<w>{_low_alt(data['century_names'][lang])}))"
            r"[\s-]+century(?![\w])"
        )
    month = lex.month_re
    if lang == "fr":
        week_of_res: tuple[re.Pattern[str], ...] = (re.compile(
            rf"(?<![\w])(?:la\s+)?semaine\s+du\s+{DAY}(?:\s+au\s+\d{{1,2}})?\s+"
            rf"(?P<mon>{month})(?:\s+{YEAR})?"
        ),)
        week_num_re = re.compile(
            r"(?<![\w])semaine\s+(?:n°\s*|numéro\s+)?(?P<w>5[0-3]|[1-4]\d|[1-9])(?![\w%,.])"
            rf"(?:\s+(?:de\s+)?{_YEAR4})?"
        )
        month_yy_re = re.compile(rf"(?<![\w])(?P<mon>{month})\s+['’]?(?P<yy>\d{{2}})(?![\w%'’]|[.,]\d|\s?%)")
        bare_yy_re = re.compile(  # "en 98": a digit first, "en" checked behind it
            r"(?P<yy>[05-9](?<=[^\w'’]en\s[05-9])\d)(?![\w%'’]|[.,]\d|\s?%|\s*[-/]\s*\d)"
        )
    else:
        week_of_res = (
            re.compile(rf"(?i:(?<![\w])(?:the\s+)?week\s+of\s+)(?P<mon>{month})\s+{DAY}"
                       rf"(?:,?\s+{YEAR})?"),
            re.compile(rf"(?i:(?<![\w])(?:the\s+)?week\s+of\s+(?:the\s+)?){DAY}\s+(?:of\s+)?"
                       rf"(?P<mon>{month})(?:,?\s+{YEAR})?"),
        )
        week_num_re = re.compile(
            r"(?<![\w])[Ww]eek\s+(?P<w>5[0-3]|[1-4]\d|[1-9])(?![\w%,.])"
            rf"(?:(?:\s+(?:of\s+)?|,\s+){_YEAR4})?"
        )
        month_yy_re = re.compile(rf"(?<![\w])(?P<mon>{month})\s+['’](?P<yy>\d{{2}})(?![\w'’])")
        bare_yy_re = re.compile(r"(?P<yy>['’]\d{2})(?![\w'’])")  # "in '98": word checked after
    def lowered(key: str) -> tuple[str, ...]:
        return tuple(str(w).lower() for w in data[key][lang])

    keywords = {
        "part": lowered("year_parts"),
        "season": lowered("seasons"),
        # "an" is a unit only as "l'an" ("l'an dernier"); as a bare substring it is everywhere
        "unit": tuple(w for w in lowered("units") if w != "an") + (("l'an", "l’an")
                                                                    if lang == "fr" else ()),
        "decade": ("années", "décennie") if lang == "fr" else ("0s", "0's", "0’s", "ties"),
        "century": lowered("century_words"),
        "week": lowered("week_words"),
    }
    return PeriodLexicon(
        lang=lang,
        parts=parts,
        ordinals=ordinals,
        year_phrases=year_phrases,
        seasons=seasons,
        units=units,
        before={fold(k): str(v) for k, v in dirs["before"].items()},
        after={fold(k).replace(" ", ""): str(v) for k, v in dirs["after"].items()},
        this=frozenset(fold(w) for w in dirs["this"]),
        last_units=frozenset(fold(w) for w in data["last_units"][lang]),
        decade_names={fold(k): int(v) for k, v in names.items()},
        century_names={fold(k): int(v) for k, v in data["century_names"][lang].items()},
        part_re=part_re,
        range_part_re=range_part_re,
        code_re=code_re,
        bare_code_re=bare_code_re,
        season_re=season_re,
        season_prep_re=season_prep_re,
        unit_re=unit_re,
        unit_blockers=unit_blockers,
        decade_re=decade_re,
        century_re=century_re,
        week_of_res=week_of_res,
        week_num_re=week_num_re,
        iso_week_re=re.compile(
            r"(?P<y>(?:1(?<![\w-]1)9|2(?<![\w-]2)0)\d{2})-?W(?P<w>0[1-9]|[1-4]\d|5[0-3])(?P<we>-WE)?"
            r"(?![\w-])"
        ),
        month_yy_re=month_yy_re,
        bare_yy_re=bare_yy_re,
        keywords=keywords,
    )


# --- resolvers ----------------------------------------------------------------------------

def _fixed(value: Resolved) -> Callable[[date | None], Resolved]:
    return lambda ref: value


def _part(kind: str, index: int, year: int | None, offset: int | None,
          tense: str | None) -> Callable[[date | None], Resolved]:
    """Quarter or half ``index`` (0 = the one before the reference's) of ``year``, of the
    reference year moved by ``offset``, or placed by the tense."""
    build = quarter_value if kind == "quarter" else half_value
    per_year = 4 if kind == "quarter" else 2

    def resolve(ref: date | None) -> Resolved:
        if year is not None:
            return build(year, index or per_year)
        if ref is None:
            return None
        current = quarter_of(ref) if kind == "quarter" else (ref.month - 1) // 6 + 1
        if offset is not None:
            return build(ref.year + offset, index or per_year)
        if index == 0:  # "le dernier trimestre": the one before the current
            running = ref.year * per_year + current - 2
            return build(running // per_year, running % per_year + 1)
        return build(part_year(index, current, ref.year, tense), index)

    return resolve


def _unit(unit: str, offset: int) -> Callable[[date | None], Resolved]:
    """A unit moved by ``offset`` from the reference date ("le trimestre prochain")."""

    def resolve(ref: date | None) -> Resolved:
        if ref is None:
            return None
        if unit == "year":
            return year_value(ref.year + offset)
        if unit == "month":
            return month_value(*add_months(ref.year, ref.month, offset))
        if unit in ("week", "weekend"):
            return week_value(ref + timedelta(days=7 * offset), unit == "weekend")
        if unit in ("quarter", "half"):
            per_year = 4 if unit == "quarter" else 2
            current = quarter_of(ref) if unit == "quarter" else (ref.month - 1) // 6 + 1
            running = ref.year * per_year + current - 1 + offset
            build = quarter_value if unit == "quarter" else half_value
            return build(running // per_year, running % per_year + 1)
        if unit == "decade":
            return decade_value(ref.year + 10 * offset)
        if unit == "century":
            return century_value((ref.year // 100 + offset) * 100)
        direction = {-1: "last", 1: "next"}.get(offset)
        return season_value(season_near(unit, ref, direction), unit)

    return resolve


def _season(season: str, tense: str | None) -> Callable[[date | None], Resolved]:
    def resolve(ref: date | None) -> Resolved:
        if ref is None:
            return None
        direction = tense if tense in ("past", "future") else None
        return season_value(season_near(season, ref, direction), season)

    return resolve


# --- finders ------------------------------------------------------------------------------

def _year_of(m: re.Match[str], lex: PeriodLexicon) -> tuple[int | None, int | None]:
    """(explicit year, offset of a year phrase) of a match with "y" and "yp" groups."""
    if m["y"]:
        return int(m["y"]), None
    if m.groupdict().get("yp"):
        return None, lex.year_phrases.get(fold(m["yp"]))
    return None, None


def _parts(text: str, low: str, near: list[tuple[int, int]], lex: PeriodLexicon,
           raws: list[RawDate]) -> None:
    for m in finditer_in(lex.part_re, low, near):
        kind = lex.parts[fold(m["part"])]
        index = lex.ordinals[fold(m["ord"])]
        year, offset = _year_of(m, lex)
        if (kind == "half" and index > 2) or (fold(m["part"]) == "moitie" and m.end("part") == m.end()):
            continue
        if m.end("part") == m.end() and re.match(r"\s+(?:of|de|d['’]|du)(?![\w])", text[m.end():]):
            continue  # "the first half of the match", "premier trimestre de l'exercice"
        end = m.end() if (year or offset is not None) else m.end("part")
        tense = None if year or offset is not None or index == 0 else \
            tense_at(text, m.start(), end, lex.lang)
        relative = year is None
        raws.append(RawDate(m.start(), end, _part(kind, index, year, offset, tense), relative))


def _range_parts(text: str, src: str, near: list[tuple[int, int]], lex: PeriodLexicon,
                 dlex: DateLexicon, raws: list[RawDate]) -> None:
    """"the April-June quarter", "le semestre janvier-juin 2026": a calendar quarter or half
    named by its first and last months; any other run of months ("the October-March half" of
    a fiscal year) is left alone."""
    for m in finditer_in(lex.range_part_re, src, near):
        kind = lex.parts[fold(m["part"])]
        first, last = dlex.months[fold(m["m1"])], dlex.months[fold(m["m2"])]
        size = 3 if kind == "quarter" else 6
        if last - first != size - 1 or (first - 1) % size:
            continue
        index = (first - 1) // size + 1
        year = int(m["y"]) if m["y"] else None
        tense = None if year else tense_at(text, m.start(), m.end(), lex.lang)
        raws.append(RawDate(m.start(), m.end(), _part(kind, index, year, None, tense), year is None))


def _codes(text: str, lex: PeriodLexicon, raws: list[RawDate]) -> None:
    for m in lex.code_re.finditer(text):
        lead = m["lead"]
        code, n = (lead, int(m["n"])) if lead in "QTSH" else (m["c2"], int(lead))
        if code in "TS" and lex.lang != "fr":
            continue
        kind = "half" if code in "SH" else "quarter"
        if kind == "half" and n > 2:
            continue
        yy = m["yy"] or m["yg"]
        if m["y"]:
            year: int | None = int(m["y"])
        elif yy:
            year = two_digit_year(int(yy), None)
        else:
            year = None
            if code not in "QHT" or (code == "T" and lex.lang != "fr") or lead not in "QTSH" \
                    or not lex.bare_code_re.search(text[max(0, m.start() - 20):m.start()]):
                continue
        tense = tense_at(text, m.start(), m.end(), lex.lang) if year is None else None
        raws.append(RawDate(m.start(), m.end(), _part(kind, n, year, None, tense), year is None))


def _seasons(text: str, low: str, near: list[tuple[int, int]], lex: PeriodLexicon,
             raws: list[RawDate]) -> None:
    for m in finditer_in(lex.season_re, low, near):
        season = lex.seasons[fold(m["s"])]
        det = m.groupdict().get("det")
        start = m.start("det") if det else m.start("s")
        if m["y"] or m["yy"]:
            year = int(m["y"]) if m["y"] else two_digit_year(int(m["yy"]), None)
            raws.append(RawDate(start, m.end(), _fixed(season_value(year, season)), False))
            continue
        post = m.groupdict().get("post")
        if post:
            offset = -1 if fold(post) in ("dernier", "passe") else 1
            raws.append(RawDate(start, m.end("post"), _unit(season, offset), True))
            continue
        opened = bool(m.groupdict().get("open")) and not (det and fold(det) in ("cet", "ce"))
        if det and fold(det) in ("cet", "ce"):
            continue  # "cet été": a unit said with a direction, found by _units
        if not opened:
            before = text[max(0, start - 30):start]
            if not lex.season_prep_re.search(before):
                continue
            if fold(m["s"]) == "fall" and not det:
                continue
        if fold(m["s"]) == "fall" and re.match(r"\s+(?:in|of|to|from|by|on|at|for)(?![\w])",
                                                text[m.end():]):
            continue  # "the fall in prices"
        tense = tense_at(text, start, m.end("s"), lex.lang)
        raws.append(RawDate(start, m.end("s"), _season(season, tense), True))


def _units(text: str, low: str, near: list[tuple[int, int]], lex: PeriodLexicon,
           raws: list[RawDate]) -> None:
    for m in finditer_in(lex.unit_re, low, near):
        word = m.groupdict().get("u1") or m.groupdict().get("u2") or m["u3"]
        unit = lex.units[fold(word)]
        if m.groupdict().get("this"):
            offset = 0
        elif m.groupdict().get("post"):
            post = fold(m["post"]).replace(" ", "")
            offset = {"last": -1, "next": 1, "this": 0}[lex.after[post]]
        else:
            pre = fold(m["pre"])
            pre = " ".join(pre.split())
            if pre.startswith("the ") and pre in ("the last", "the previous") \
                    and fold(word) not in lex.last_units:
                continue
            if lex.lang == "fr" and lex.before[pre] == "last" and fold(word) not in lex.last_units:
                continue
            offset = {"last": -1, "next": 1, "this": 0}[lex.before[pre]]
        if not m.groupdict().get("post") and (
                lex.unit_blockers.match(text, m.end())
                or (fold(m.group(0)).startswith("the ") and re.match(r"\s+of\s", text[m.end():]))):
            continue  # "ce mois de mars", "le dernier trimestre 2024", "the last week of June"
        raws.append(RawDate(m.start(), m.end(), _unit(unit, offset), True))


def _roman(numeral: str) -> int:
    total = 0
    for i, ch in enumerate(numeral):
        value = _ROMAN[ch]
        total += -value if i + 1 < len(numeral) and _ROMAN[numeral[i + 1]] > value else value
    return total


def _decades(text: str, low: str, near: list[tuple[int, int]], lex: PeriodLexicon,
             raws: list[RawDate]) -> None:
    for m in finditer_in(lex.decade_re, low, near):
        groups = m.groupdict()
        if groups.get("y4"):
            first = int(groups["y4"])
        elif groups.get("w"):
            if lex.lang == "en" and not re.search(r"(?i)the\s+(?:(?:early|late|mid)[\s-]*)?$",
                                                  text[max(0, m.start() - 20):m.start()]):
                continue
            first = 1900 + 10 * lex.decade_names[fold(groups["w"])]
        else:
            two = groups.get("y2") or groups.get("ya") or groups.get("yb") or "0"
            if groups.get("yb") and not re.search(
                    r"(?i)(?<![\w])the\s+(?:(?:early|late|mid)[\s-]*)?$",
                    text[max(0, m.start() - 20):m.start()]):
                continue  # "in their 50s" is an age
            first = 1900 + int(two)
        raws.append(RawDate(m.start(), m.end(), _fixed(decade_value(first)), False))


def _centuries(src: str, near: list[tuple[int, int]], lex: PeriodLexicon,
               raws: list[RawDate]) -> None:
    for m in finditer_in(lex.century_re, src, near):
        n = m.groupdict().get("n")
        if n:
            number = int(n) if n.isdigit() else _roman(n)
        else:
            number = lex.century_names[fold(m["w"])]
        raws.append(RawDate(m.start(), m.end(), _fixed(century_value((number - 1) * 100)),
                            False))


def _weeks(text: str, low: str, near: list[tuple[int, int]], lex: PeriodLexicon,
           dlex: DateLexicon, raws: list[RawDate]) -> None:
    src = low if dlex.names_lowered else text  # the English patterns need capitalised months
    for pattern in lex.week_of_res:
        for m in finditer_in(pattern, src, near):
            month, day = dlex.months[fold(m["mon"])], int(m["d"])
            year = int(m["y"]) if m["y"] else None
            tense = None if year else tense_at(text, m.start(), m.end(), lex.lang)

            def by_week(ref: date | None, month: int = month, day: int = day,
                        year: int | None = year, tense: str | None = tense) -> Resolved:
                if year is None:
                    found = nearest_year(month, day, ref, None, tense) if ref else None
                else:
                    found = _safe(year, month, day)
                return week_value(found) if found else None

            raws.append(RawDate(m.start(), m.end(), by_week, year is None))
    for m in finditer_in(lex.week_num_re, low, near):
        week = int(m["w"])
        if not m["y"] and re.match(r"\s+[^\W\d_]", text[m.end():]):
            continue  # "semaine 35 heures"
        year = int(m["y"]) if m["y"] else None

        def by_number(ref: date | None, week: int = week, year: int | None = year) -> Resolved:
            y = year if year is not None else (ref.isocalendar()[0] if ref else None)
            if y is None:
                return None
            try:
                return week_value(date.fromisocalendar(y, week, 1))
            except ValueError:
                return None

        raws.append(RawDate(m.start(), m.end(), by_number, year is None))


def _iso_weeks(text: str, lex: PeriodLexicon, raws: list[RawDate]) -> None:
    """ISO week codes written as such: "2025-W07", "2025W07", "2025-W07-WE"."""
    for m in lex.iso_week_re.finditer(text):
        try:
            monday = date.fromisocalendar(int(m["y"]), int(m["w"]), 1)
        except ValueError:
            continue
        raws.append(RawDate(m.start(), m.end(), _fixed(week_value(monday, bool(m["we"]))), False))


def _safe(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


_YY_PREPOSITION = re.compile(r"(?<![\w])(?:in|since|by|until|before|after|from|of|to)\s+$")


def _two_digit_years(text: str, low: str, months: list[tuple[int, int]], lex: PeriodLexicon,
                     dlex: DateLexicon, follower_ok: Callable[[int], bool],
                     raws: list[RawDate]) -> None:
    src = low if dlex.names_lowered else text
    for m in finditer_in(lex.month_yy_re, src, windows(months, 0, 8, len(text))):
        if not follower_ok(m.end()):
            continue
        raws.append(RawDate(m.start(), m.end(),
                            _yy_month(int(m["yy"]), dlex.months[fold(m["mon"])]), False))
    if lex.lang == "en" and "'" not in text and "’" not in text:
        return
    for m in lex.bare_yy_re.finditer(low):
        if lex.lang == "en" and not _YY_PREPOSITION.search(low, max(0, m.start() - 8), m.start()):
            continue
        if not follower_ok(m.end()):
            continue
        raws.append(RawDate(m.start("yy"), m.end(), _yy_month(int(m["yy"].lstrip("'’")), None),
                            False))


def _yy_month(yy: int, month: int | None) -> Callable[[date | None], Resolved]:
    """A two-digit year (with its month), its century chosen against the reference date."""

    def resolve(ref: date | None) -> Resolved:
        year = two_digit_year(yy, ref)
        return month_value(year, month) if month else year_value(year)

    return resolve


def _hits(low: str, words: tuple[str, ...]) -> list[tuple[int, int]]:
    """Where the key words stand in the lowered text (as plain substrings)."""
    spans: list[tuple[int, int]] = []
    for word in words:
        start = low.find(word)
        while start != -1:
            spans.append((start, start + len(word)))
            start = low.find(word, start + 1)
    return spans


def period_raws(text: str, lang: str, low: str, months: list[tuple[int, int]],
                follower_ok: Callable[[int], bool]) -> list[RawDate]:
    """Every period expression of ``text``; ``low`` is its lowered form (``lowered``),
    ``months`` the spans of its month names, ``follower_ok(end)`` whether what follows a
    two-digit year lets it be one. Each pattern runs only around its key words."""
    lex = period_lexicon(lang)
    dlex = date_lexicon(lang)
    raws: list[RawDate] = []
    size = len(text)

    def near(key: str, before: int, after: int) -> list[tuple[int, int]]:
        return windows(_hits(low, lex.keywords[key]), before, after, size)

    _parts(text, low, near("part", 25, 45), lex, raws)
    if months:
        _range_parts(text, low if dlex.names_lowered else text, near("part", 45, 50), lex, dlex, raws)
    _codes(text, lex, raws)
    _seasons(text, low, near("season", 20, 40), lex, raws)
    _units(text, low, near("unit", 25, 30), lex, raws)
    _decades(text, low, near("decade", 12, 30), lex, raws)
    centuries = near("century", 20, 10)
    if centuries:
        _centuries(text if lang == "fr" else low, centuries, lex, raws)
    _weeks(text, low, near("week", 12, 45), lex, dlex, raws)
    if "W" in text:
        _iso_weeks(text, lex, raws)
    _two_digit_years(text, low, months, lex, dlex, follower_ok, raws)
    return raws
