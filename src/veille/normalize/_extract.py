"""Candidate extractors for ``find_quantities``: numbers in digits, in words, ratios, fractions.

Each extractor returns ``Candidate`` objects; ``quantities.py`` masks, filters, merges ranges
and reads approximation cues.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from veille.normalize._resources import (
    alternation,
    check_lang,
    finditer_in,
    fold,
    load_yaml,
    lowered,
    search_all,
    windows,
    word_before,
)
from veille.normalize.money import GLUED_SCALED, currency_after, currency_before, currency_table, subunit_after
from veille.normalize.numbers import (
    MINUS_SIGNS,
    NUM_REST,
    approx_noun_value,
    digits_value,
    lexicon,
    number_words_value,
    parse_number,
)

_WORD = re.compile(r"[^\W\d_]+")
_RUN = re.compile(r"[^\W\d_]+(?:(?:\s+|-|\u2011)[^\W\d_]+){0,11}")  # up to 12 words
_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)(?![\w])")
_NEXT_TOKEN = re.compile(r"\s+([^\W\d_]+)")
_HYPHEN_WORD = re.compile(r"[-\u2011]([^\W\d_]+)(?![^\W\d_])")
_GLUED_WORD = re.compile(r"[ \u00a0]?([^\W\d_]+)(?![\w])")
_PLURAL_NEXT = re.compile(r"\s+[^\W\d_]+[sx](?![\w])")
_LAST_WORD = re.compile(r"([^\W\d_]+)\s+$")
_LAST_WORD_TIGHT = re.compile(r"([^\W\d_]+)\s*$")
_DIGITS_BEFORE = re.compile(r"\d[\d.,\u00a0\u202f\u2009 ]*$")
_NETWORK = re.compile(r"(?i)(?<![\w])(?:la|le|en|the)\s+$")
_M_BEFORE_DE = re.compile(r"\s+(?:de|d['’]|of)(?![\w])")
_MINUS_WORD = re.compile(r"(?i)(?<![\w'’])(moins|minus)\s+$")


@dataclass(frozen=True)
class Candidate:
    """A number found in text, before range merging and approximation cues."""

    start: int
    end: int
    value: float
    unit: str | None = None
    kind: str = "number"
    scale: float = 1.0
    approx_kind: str | None = None
    numeric: bool = True
    small: bool = False


@dataclass(frozen=True)
class _Tables:
    percent_re: re.Pattern[str]
    point_re: re.Pattern[str]
    glued_markers: frozenset[str]
    glued_units: frozenset[str]
    ordinal_suffixes: frozenset[str]
    fraction_re: re.Pattern[str]
    numerators: dict[str, int]
    denominators: dict[str, int]
    ordinal_like: frozenset[str]
    bare: frozenset[str]
    fraction_blockers: tuple[str, ...]
    fraction_preceders: frozenset[str]
    ordinal_before_noun: frozenset[str]
    fraction_followers: frozenset[str]
    ratio_re: re.Pattern[str]  # the link and the second number ("sur trois", "in three")
    ratio_back: re.Pattern[str]  # the first number before the link ("un salarié ")
    ratio_blockers: frozenset[str]
    numeric_re: re.Pattern[str]
    denominator_re: re.Pattern[str]
    number_start_re: re.Pattern[str]
    half_after_re: re.Pattern[str]


@lru_cache(maxsize=4)
def _tables(lang: str) -> _Tables:
    data = load_yaml("numbers.yaml")
    cased = data["percent_markers_cased"][lang]
    percent_re = re.compile(
        r"\s*(?:%|(?i:" + alternation([p for p in data["percent_markers"] if p != "%"])
        + r")(?![\w])" + ("|" + alternation(cased) + r"(?![\w])" if cased else "") + ")"
    )
    points = data["point_markers"]

    def marker_alt(unit: str) -> str:
        # short codes ("pp", "bp", "pb") only in lower case; phrases in any case
        short = [p for p in points[unit] if len(p) <= 5 and " " not in p]
        long = [p for p in points[unit] if p not in short]
        return "(?i:" + alternation(long) + ")|" + alternation(short)

    point_re = re.compile(
        rf"\s*(?:(?P<pp>{marker_alt('pp')})|(?P<bp>{marker_alt('bp')}))(?![\w])"
    )
    glued = {p.lower() for p in data["percent_markers"] + cased if p.isalpha()} | {
        p for unit in points.values() for p in unit if p.isalpha() and len(p) <= 5}
    ordinals = frozenset(s for v in data["ordinal_suffixes"].values() for s in v)
    frac = data["fractions"][lang]
    den_alt = alternation(list(frac["denominators"]))
    num_alt = alternation(list(frac["numerators"]))
    det_alt = alternation(list(frac["determiners"])) if frac["determiners"] else "(?!)"
    # fractions and ratios are matched on the lowered text (``lowered``)
    fraction_re = re.compile(
        rf"(?<![\w])(?:(?P<det>{det_alt.lower()})\s*)?(?:(?P<num>{num_alt.lower()})[\s-]+)?"
        rf"(?P<den>{den_alt.lower()})(?![\w])"
    )
    link, mid = (r"sur", r"(?:\s+(?P<mid>[^\W\d_][\w'’-]*))?") if lang == "fr" else \
        (r"(?:in|out\s+of)", "")
    ratio_re = re.compile(rf"{link}\s+(?P<b>\d+|[^\W\d_]+)(?![\w])")
    ratio_back = re.compile(rf"(?<![\w.,])(?P<a>\d+|[^\W\d_]+){mid}\s+$")
    # (?<![\w.,])NUM_CORE, with a digit first and the character before it checked after it
    # ... or a rupee sign glued to it ('Rs8,278 crore', 'Rs.500'; see money.GLUED_LETTER_MARKS)
    # ... or a currency's letters glued to it with a scale word after ('RM18 million',
    # 'RMB2.5bn'; see money.GLUED_SCALED), which a code alone ('RMB100') is not
    letters = sorted({m for m in currency_table().marks if m.isalpha() and m[0].isupper() and 2 <= len(m) <= 3})
    glued_marks = "|".join(rf"(?<=(?<!\w){m}\d)" for m in letters)
    scaled = GLUED_SCALED.pattern.removeprefix(r"\d")
    numeric_re = re.compile(rf"(?P<num>\d(?:(?<![\w.,]\d)|(?<=(?<!\w)Rs\d)|(?<=(?<!\w)Rs\.\d)"
                            rf"|(?:{glued_marks})(?={scaled})){NUM_REST})")
    lex = lexicon(lang)
    starts = {w.lower() for w in lex.words} | lex.approx_articles | lex.half_words
    half = "|".join(r"\s+".join(map(re.escape, p)) for p in lex.half_after)
    return _Tables(
        percent_re=percent_re,
        point_re=point_re,
        glued_markers=frozenset(glued),
        glued_units=frozenset(data["glued_units"]),
        ordinal_suffixes=ordinals,
        fraction_re=fraction_re,
        numerators={fold(k): int(v) for k, v in frac["numerators"].items()},
        denominators={fold(k): int(v) for k, v in frac["denominators"].items()},
        ordinal_like=frozenset(fold(w) for w in frac["ordinal_like"]),
        bare=frozenset(fold(w) for w in frac["bare"]),
        fraction_blockers=tuple(fold(w) for w in frac["not_followed_by"]),
        fraction_preceders=frozenset(fold(w) for w in frac["not_preceded_by"]),
        ordinal_before_noun=frozenset(fold(w) for w in frac["ordinal_before_noun"]),
        fraction_followers=frozenset(fold(w) for w in frac["fraction_followers"]),
        ratio_re=ratio_re,
        ratio_back=ratio_back,
        ratio_blockers=frozenset(fold(w) for w in data["ratio_blockers"][lang]),
        numeric_re=numeric_re,
        denominator_re=re.compile(den_alt.lower() + r"(?![\w])"),
        number_start_re=re.compile(alternation(sorted(starts)) + r"(?![^\W\d_])"),
        half_after_re=re.compile(rf"(?i)\s+(?:{half})(?![\w])"),
    )


def _scale_after(text: str, pos: int, lang: str, *, currency: bool = False
                 ) -> tuple[float, int, bool] | None:
    """A scale word after ``pos`` ("1,5 milliard", "1 million et demi"), or a spaced
    abbreviation: one that is a scale whatever follows ("2,3 k", "1,2 Md", "10 G"), or one
    followed by a currency ("5 M€") or after a currency (``currency``: "USD 5 m"), or "M"
    before "de" ("3 M de visiteurs"): (factor, end, whether "et demi" follows) or None."""
    m = _NEXT_WORD.match(text, pos, pos + 30)
    lex = lexicon(lang)
    if not m:
        # 'a $5-billion deal', 'a 32-billion-parameter model': a scale word joined by a hyphen
        h = _HYPHEN_WORD.match(text, pos, pos + 30)
        factor = lex.scale_words.get(h.group(1).lower()) if h else None
        return (factor, h.end(), False) if h and factor is not None else None
    word, end = m.group(1), m.end()
    factor = lex.scale_words.get(word.lower())
    if factor is not None:
        half = _half_after(text, end, lang)
        return (factor, half, True) if half else (factor, end, False)
    factor = lex.abbreviations.get(word) or lex.spaced_only.get(word)
    if factor is None:
        return None
    if currency or currency_after(text, end) is not None:
        return factor, end, False
    if word in lex.spaced_abbreviations:
        number_start = pos - len(_digits_before(text, pos))
        if word in lex.spaced_only and _NETWORK.search(text, max(0, number_start - 20),
                                                       number_start):
            return None  # "la 5 G" is a network
        return factor, end, False
    if word == "M" and _M_BEFORE_DE.match(text, end, end + 6):
        return factor, end, False
    return None


def _digits_before(text: str, pos: int) -> str:
    """The number ending at ``pos``, as written."""
    m = _DIGITS_BEFORE.search(text, max(0, pos - 20), pos)
    return m.group(0) if m else ""


def _half_after(text: str, pos: int, lang: str) -> int | None:
    """The end of "et demi" / "and a half" right after ``pos``, else None."""
    m = _tables(lang).half_after_re.match(text, pos, pos + 20)
    return m.end() if m else None


def _suffix(text: str, cand: Candidate, lang: str, *, allow_scale: bool) -> Candidate:
    """Extend a candidate with a following scale word, percent marker or currency."""
    if allow_scale and cand.scale == 1.0:
        scaled = _scale_after(text, cand.end, lang, currency=cand.kind == "money")
        if scaled:
            factor, end, half = scaled
            value = (cand.value + (0.5 if half else 0.0)) * factor
            cand = replace(cand, value=value, scale=factor, end=end)
    if cand.unit is None and cand.scale == 1.0:
        point = _tables(lang).point_re.match(text, cand.end)
        if point:
            return replace(cand, end=point.end(), unit="pp" if point["pp"] else "bp",
                           kind="percent")
        pm = _tables(lang).percent_re.match(text, cand.end)
        if pm:
            return replace(cand, end=pm.end(), unit="%", kind="percent")
    if cand.unit is None:
        found = currency_after(text, cand.end)
        if found and found.code:
            cand = replace(cand, end=found.end, unit=found.code, kind="money")
        else:
            return _minor_units_alone(text, cand, lang) or _subunit_major(text, cand, lang) or cand
        named = found.mark[-1:].isalpha()
    else:
        named = False
    if cand.kind == "money" and cand.scale == 1.0 and cand.unit and cand.value == int(cand.value):
        minor = subunit_after(text, cand.end, cand.unit, lang, bare=named)
        if minor:  # "15 dollars et 15 cents", "13 euros 45"
            value = cand.value + minor[0] if cand.value >= 0 else cand.value - minor[0]
            cand = replace(cand, value=value, end=minor[1])
    return cand


def _subunit_major(text: str, cand: Candidate, lang: str) -> Candidate | None:
    """"2 livres 50": a major unit that is a currency only with its minor units after it."""
    table = currency_table()
    m = _NEXT_TOKEN.match(text, cand.end, cand.end + 20)
    if not m or cand.scale != 1.0 or m.group(1).lower() not in table.subunit_majors:
        return None
    code = table.subunit_majors[m.group(1).lower()]
    minor = subunit_after(text, m.end(), code, lang)
    if not minor:
        return None
    return replace(cand, value=cand.value + minor[0], end=minor[1], unit=code, kind="money")


def _minor_units_alone(text: str, cand: Candidate, lang: str) -> Candidate | None:
    """"50 centimes", "15 cents", "50p": minor units, in their currency ("centimes d'euro")
    or the default of the word."""
    table = currency_table()
    if cand.scale != 1.0 or cand.kind != "number":
        return None
    m = _GLUED_WORD.match(text, cand.end, cand.end + 20)
    if not m:
        return None
    word = m.group(1)
    default = table.subunits_alone.get(lang, {}).get(word)
    if default is None or (word == "p" and m.group(0) != "p"):
        return None  # "p" only glued: "50p"
    end = m.end()
    named = currency_after(text, end)
    code = named.code if named and named.code else default
    if named and named.code:
        end = named.end
    digits = table.digits.get(code, 2)
    return replace(cand, value=cand.value / 10 ** max(digits, 2), end=end, unit=code,
                   kind="money")


_CODE = re.compile(r"(?<![\w.,])\d+(?:[-\u2011]\d+)+(?![\w%]|[.,]\d|[-\u2011]?[^\W\d_])")


def _is_code(run: str) -> bool:
    """Digits joined by hyphens that count nothing: three groups or more ('1-6-1'), or a group
    after the first with a leading zero ('100-0004'); '10-15' is a range."""
    groups = re.split(r"[-\u2011]", run)
    return len(groups) >= 3 or any(g.startswith("0") and len(g) > 1 for g in groups[1:])


def numeric_candidates(text: str, lang: str) -> list[Candidate]:
    """Numbers written with digits, with currency prefix, scale, percent or ordinal suffix."""
    lang = check_lang(lang)
    out: list[Candidate] = []
    tables = _tables(lang)
    codes = [c.span() for c in _CODE.finditer(text) if _is_code(c.group(0))]
    for m in tables.numeric_re.finditer(text):
        num_start = m.start("num")
        if num_start >= 2 and text[num_start - 1] in "-\u2011" and text[num_start - 2].isalpha():
            continue
        if any(a <= num_start < b for a, b in codes):
            continue  # '1-6-1 Otemachi', 'Tokyo 100-0004': an address or a code
        before = currency_before(text, num_start)
        pre = before.mark if before else None
        value = digits_value(m.group("num"), lang, after_currency=bool(pre))
        if value is None:
            continue
        start = before.start if before else m.start()
        sign = _sign_start(text, start, lang)
        if sign is not None:
            start, value = sign, -value
        cand = Candidate(start, m.end(), value, small=_is_small(m.group("num")))
        glued = _WORD.match(text, m.end())
        kind = None
        if glued:
            letters = glued.group(0)
            lex = lexicon(lang)
            factor = lex.abbreviations.get(letters)
            if factor is None and pre:
                factor = lex.currency_abbreviations.get(letters)
            if factor is None and letters in lex.spaced_only:
                after = currency_after(text, glued.end())
                glued_currency = after is not None and after.start == glued.end()
                factor = lex.spaced_only[letters] if glued_currency else None  # "10G€", not "5G"
            if factor is not None:
                cand = replace(cand, value=value * factor, scale=factor, end=glued.end())
            elif letters.lower() in tables.ordinal_suffixes and not pre:
                kind = "ordinal"
                cand = replace(cand, end=glued.end(), kind="ordinal")
            elif letters not in tables.glued_markers and letters not in tables.glued_units and \
                    letters not in currency_table().subunits_alone.get(lang, {}):
                continue  # but "5pc", "20bp", "50p" go on to _suffix
        if before:
            cand = replace(cand, unit=before.code, kind="money")
            cand = _suffix(text, cand, lang, allow_scale=cand.scale == 1.0)
        elif kind is None:
            cand = _suffix(text, cand, lang, allow_scale=True)
        out.append(cand)
    return out


_SIGN_BLOCKERS = frozenset({"au", "pas", "ou", "du", "le", "la", "les", "de", "en", "un", "une",
                            "no", "at", "the", "a"})  # "au moins 4" is no -4


_LIST_ITEM = re.compile(r"\d[\d \u00a0\u202f]*(?<=\d)[ \u00a0]?[^\W\d_]{2,}")


def _sign_start(text: str, pos: int, lang: str) -> int | None:
    """Where the minus sign of the number starting at ``pos`` begins ("-3,5", "−12",
    "moins 4", "minus 4"), or None when the number is not negative. A hyphen after a letter
    or a digit ("GLM-5", "10-15") or opening a line (a list) is no sign."""
    if pos > 0 and text[pos - 1] in MINUS_SIGNS:
        before = text[pos - 2] if pos >= 2 else "\n"
        if before.isalnum() or before in ".,%)_":
            return None
        if text[pos - 1] == "-" and not text[max(0, pos - 40):pos - 1].split("\n")[-1].strip() \
                and _LIST_ITEM.match(text, pos):
            return None  # '-3 projets' opening a line is a list; '-3,5 %', '-12' are numbers
        return pos - 1
    m = _MINUS_WORD.search(text, max(0, pos - 12), pos)
    if not m:
        return None
    word_start = m.start()
    previous = _LAST_WORD_TIGHT.search(text, max(0, word_start - 20), word_start)
    if previous and previous.group(1).lower() in _SIGN_BLOCKERS:
        return None
    return word_start


def _is_small(token: str) -> bool:
    """A short number that could be a version or model number ("3", "4.5", "16")."""
    head = re.split(r"[.,]", token)[0]
    return len(head) <= 2 and " " not in token


def word_candidates(text: str, lang: str) -> list[Candidate]:
    """Numbers written in words ("trente-cinq", "deux milliards", "une vingtaine"). Only
    where a number word begins, found first in the lowered text, are the words read."""
    lang = check_lang(lang)
    lex = lexicon(lang)
    low = lowered(text)
    out: list[Candidate] = []
    consumed = 0
    for hit in search_all(_tables(lang).number_start_re, low,
                          lambda i: i == 0 or not low[i - 1].isalpha()):
        if hit.start() < consumed:
            continue
        run = _RUN.match(low, hit.start())
        if run is None:
            continue
        tokens = list(_WORD.finditer(low, hit.start(), run.end()))
        words = [t.group(0) for t in tokens]
        approx = approx_noun_value(words[:4], lang)
        result = approx or number_words_value(words, lang)
        if result is None:
            continue
        value, n = result
        cand = Candidate(tokens[0].start(), tokens[n - 1].end(), value, numeric=False,
                         approx_kind="about" if approx else None)
        cand = _suffix(text, cand, lang, allow_scale=False)
        if n == 1 and words[0] in lex.standalone_skip and cand.unit is None:
            plural_next = _PLURAL_NEXT.match(text, cand.end, cand.end + 30)
            if words[0] != "neuf" or not plural_next:
                continue
        out.append(cand)
        consumed = tokens[n - 1].end()
    return out


def ratio_candidates(text: str, lang: str) -> list[Candidate]:
    """"un sur trois", "un salarié sur cinq", "one in three" read as percentages. The link
    ("sur", "in", "out of") is found first, then the number before it."""
    lang = check_lang(lang)
    tables = _tables(lang)
    low = lowered(text)
    out: list[Candidate] = []
    consumed = 0
    for m in search_all(tables.ratio_re, low, lambda i: i > 0 and low[i - 1].isspace()):
        b = parse_number(m.group("b"), lang)
        if b is None:
            continue
        back = tables.ratio_back.search(low, max(consumed, m.start() - 80), m.start())
        if back is None:
            continue
        a = parse_number(back.group("a"), lang)
        if a is None or not 0 < a < b <= 1000:
            continue
        mid = back.groupdict().get("mid")
        if mid and (parse_number(mid, lang) is not None or fold(mid) in tables.ratio_blockers):
            continue
        after = _NEXT_TOKEN.match(low, m.end(), m.end() + 30)
        if after and fold(after.group(1)) in tables.ratio_blockers:
            continue
        out.append(Candidate(back.start(), m.end(), round(100 * a / b, 2), "%", "percent",
                             numeric=False))
        consumed = m.end()
    return out


DIGIT_FRACTION = re.compile(r"(?<![\w/.,])(?P<a>\d{1,2})\s?/\s?(?P<b>\d{1,2})(?![\w/%]|[.,]\d)")


def is_proper_fraction(a: int, b: int) -> bool:
    """"1/3", "3/4": a fraction read as a number, not a score or a date ("24/7", "3/12")."""
    return 1 <= a < b <= 10


def digit_fraction_candidates(text: str, lang: str) -> list[Candidate]:
    """Fractions in digits, read as percentages like fractions in words ("1/3 des
    salariés" as "un tiers des salariés"); ``parse_number`` reads "1/3" as 0.333."""
    out: list[Candidate] = []
    if "/" not in text:
        return out
    for m in DIGIT_FRACTION.finditer(text):
        a, b = int(m["a"]), int(m["b"])
        if is_proper_fraction(a, b):
            out.append(Candidate(m.start(), m.end(), round(100 * a / b, 2), "%", "percent"))
    return out


_WORD_AHEAD = re.compile(r"\s*([^\W\d_][\w'’-]*)")


def _noun_follows(following: str, followers: frozenset[str]) -> bool:
    """Whether a word follows that a fraction does not take ('a third co-founder', not 'a
    third of', 'a third.' or 'a third last year')."""
    m = _WORD_AHEAD.match(following)
    if m is None:
        return False
    word = m.group(1)
    return word not in followers and word.split("'")[0] + "'" not in followers


def fraction_candidates(text: str, lang: str) -> list[Candidate]:
    """Fractions in words ("un quart", "la moitié", "two-thirds") read as percentages."""
    lang = check_lang(lang)
    tables = _tables(lang)
    numerators, denominators = tables.numerators, tables.denominators
    ordinal_like, bare, blockers = tables.ordinal_like, tables.bare, tables.fraction_blockers
    out: list[Candidate] = []
    low = lowered(text)
    denominators_at = [d.span() for d in tables.denominator_re.finditer(low)
                       if not word_before(low, d.start())]
    for m in finditer_in(tables.fraction_re, low, windows(denominators_at, 30, 2, len(low))):
        den = fold(m.group("den"))
        num = m.group("num")
        following = fold(text[m.end():m.end() + 30])
        if any(following.startswith(b) for b in blockers):
            continue
        preceding = _LAST_WORD.search(text, max(0, m.start() - 30), m.start())
        if preceding and fold(preceding.group(1)) in tables.fraction_preceders:
            continue
        if num is not None and numerators.get(fold(num)) == 1 and den in tables.ordinal_before_noun \
                and _noun_follows(following, tables.fraction_followers):
            continue  # 'a third co-founder': an ordinal
        if num is None:
            if den in ordinal_like:
                continue
            if not m.group("det") and not (den in bare and following.startswith("of ")):
                continue
            if den in bare and m.group("det"):
                continue
        count = numerators.get(fold(num), 1) if num else 1
        start = m.start("num") if num else m.start()
        value = round(100 * count / denominators[den], 2)
        out.append(Candidate(start, m.end(), value, "%", "percent", numeric=False))
    return out
