"""Reading numbers written in digits or in words, in French and English.

``parse_number`` is the public entry point; the helpers here are shared with the quantity
finder (``quantities.py``), which needs the same rules to read numbers inside running text.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import lru_cache

from veille.normalize._resources import check_lang, load_yaml

# A number in digits: thousands grouped by spaces ("24 000", "1 234,5", with no-break, narrow
# and thin spaces too) or apostrophes ("1'000'000"), or digits with . and , separators,
# interpreted later by language ("2.000", "2,000", "1,5", "1.5").
# NUM_REST is what follows the first digit: a pattern can check what stands before that
# digit right after it ("\d(?<![\w]\d)" + NUM_REST), which the regex engine scans fast.
NUM_REST = (r"(?:\d{0,2}(?:[ \u00a0\u202f\u2009]\d{3})+(?:[.,]\d+)?(?![\d])"
            r"|\d{0,2}(?:['’]\d{3})+(?:[.,]\d+)?(?![\d'’])|\d*(?:[.,]\d+)*)")
NUM_CORE = r"\d" + NUM_REST
MINUS_SIGNS = "-\u2212"  # hyphen-minus and the minus sign

_SPACES = "\u00a0\u202f\u2009"


@dataclass(frozen=True)
class NumberLexicon:
    """The number words and scales of one language, from ``numbers.yaml``."""

    words: dict[str, tuple[float, str]]
    connectors: frozenset[str]
    scale_can_start: frozenset[str]
    scale_words: dict[str, float]
    abbreviations: dict[str, float]
    currency_abbreviations: dict[str, float]
    approx_nouns: dict[str, float]
    approx_articles: frozenset[str]
    approx_scales: dict[str, float]
    standalone_skip: frozenset[str]
    ordinal_suffixes: tuple[str, ...]
    negative_words: frozenset[str]
    decimal_words: frozenset[str]
    half_words: frozenset[str]
    half_after: tuple[tuple[str, ...], ...]
    spaced_abbreviations: frozenset[str]
    spaced_only: dict[str, float]
    numerators: dict[str, int]
    denominators: dict[str, int]


@lru_cache(maxsize=4)
def lexicon(lang: str) -> NumberLexicon:
    """The cached number lexicon for ``lang`` ("fr" or "en")."""
    lang = check_lang(lang)
    data = load_yaml("numbers.yaml")
    words = {str(w): (float(v[0]), str(v[1])) for w, v in data["words"][lang].items()}
    scales = data["scales"]
    return NumberLexicon(
        words=words,
        connectors=frozenset(data["connectors"][lang]),
        scale_can_start=frozenset(data["scale_can_start"][lang]),
        scale_words={str(k): float(v) for k, v in scales[lang]["words"].items()},
        abbreviations={str(k): float(v) for k, v in scales["abbreviations"].items()},
        currency_abbreviations={
            str(k): float(v) for k, v in scales["currency_only_abbreviations"].items()
        },
        approx_nouns={str(k): float(v) for k, v in data["approximate_nouns"][lang].items()},
        approx_articles=frozenset(data["approximate_articles"][lang]),
        approx_scales={str(k): float(v) for k, v in data["approximate_scales"][lang].items()},
        standalone_skip=frozenset(data["standalone_skip"][lang]),
        ordinal_suffixes=tuple(
            sorted(data["ordinal_suffixes"][lang], key=len, reverse=True)
        ),
        negative_words=frozenset(data["negative_words"][lang]),
        decimal_words=frozenset(data["decimal_words"][lang]),
        half_words=frozenset(data["half_words"][lang]),
        half_after=tuple(tuple(str(p).split()) for p in data["half_after"][lang]),
        spaced_abbreviations=frozenset(scales["spaced_abbreviations"]),
        spaced_only={str(k): float(v) for k, v in scales["spaced_only"].items()},
        numerators={str(k): int(v) for k, v in data["fractions"][lang]["numerators"].items()},
        denominators={str(k): int(v)
                      for k, v in data["fractions"][lang]["denominators"].items()},
    )


def _thousands_groups_ok(groups: list[str]) -> bool:
    """True when every group after the first has exactly three digits."""
    return 1 <= len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:])


MAX_MAGNITUDE = 1e24  # larger than any amount in the news (a quadrillion won is 1e15): beyond it, not a quantity


def plausible(value: float | None) -> bool:
    """Whether a value read from a text can be a quantity: a finite number no larger than
    MAX_MAGNITUDE ('999...9' written with 400 digits is not one, and would be infinite)."""
    return value is not None and math.isfinite(value) and abs(value) <= MAX_MAGNITUDE


def digits_value(token: str, lang: str, *, after_currency: bool = False) -> float | None:
    """The value of a number written in digits (see `_digits_value`), None if it is not one
    or not plausible (400 digits make an infinite float)."""
    value = _digits_value(token, lang, after_currency=after_currency)
    return value if plausible(value) else None


def _digits_value(token: str, lang: str, *, after_currency: bool = False) -> float | None:
    """Read a digit token with separators by the conventions of ``lang``.

    French uses a comma for decimals and a space or a dot for thousands; English the reverse.
    A comma followed by exactly three digits is read as thousands in English, and in French
    only right after a currency symbol ("HK$24,000").
    """
    lang = check_lang(lang)
    t = token.strip()
    for ch in _SPACES:
        t = t.replace(ch, " ")
    if "'" in t or "’" in t:
        head, sep, dec = t.replace("’", "'").partition(",") if "," in t else \
            t.replace("’", "'").partition(".")
        groups = head.split("'")
        if not _thousands_groups_ok(groups) or (sep and not dec.isdigit()):
            return None
        return float("".join(groups) + ("." + dec if dec else ""))
    if " " in t:
        head, sep, dec = t.rpartition(",") if "," in t else t.rpartition(".")
        if not sep:
            head, dec = t, ""
        groups = head.split(" ")
        if not _thousands_groups_ok(groups) or (dec and " " in dec):
            return None
        return float("".join(groups) + ("." + dec if dec else ""))
    has_dot, has_comma = "." in t, "," in t
    if has_dot and has_comma:
        dec_sep = "." if t.rfind(".") > t.rfind(",") else ","
        th_sep = "," if dec_sep == "." else "."
        head, _, dec = t.rpartition(dec_sep)
        groups = head.split(th_sep)
        if not _thousands_groups_ok(groups) or not dec:
            return None
        return float("".join(groups) + "." + dec)
    if has_comma or has_dot:
        sep = "," if has_comma else "."
        groups = t.split(sep)
        if any(not g for g in groups):
            return None
        if len(groups) > 2:
            return float("".join(groups)) if _thousands_groups_ok(groups) else None
        head, tail = groups
        three = len(tail) == 3 and head != "0" and len(head) <= 3
        if sep == ",":
            thousands = three and (lang == "en" or after_currency)
        else:
            thousands = three and lang == "fr"
        return float(head + tail) if thousands else float(head + "." + tail)
    return float(t) if t.isdigit() else None


def word_tokens(text: str) -> list[str]:
    """Lowercase letter-only tokens of ``text`` (hyphens and spaces separate them)."""
    return re.findall(r"[^\W\d_]+", text.lower())


def words_value(tokens: list[str], lang: str) -> tuple[float, int] | None:
    """Read the longest number written in words at the start of ``tokens``.

    Returns (value, number of tokens used) or None when the first token starts no number.
    Handles "vingt et un", "quatre-vingt-dix-sept", "deux cent mille", "one hundred and five",
    "a dozen", "twenty-five", "trois milliards".
    """
    lang = check_lang(lang)
    lex = lexicon(lang)
    total = 0.0
    current = 0.0
    last_kind: str | None = None
    last_scale = float("inf")
    prev = ""
    best: tuple[float, int] | None = None
    i = 0
    while i < len(tokens):
        w = tokens[i]
        if w in lex.connectors and best is not None and i + 1 < len(tokens):
            nxt = lex.words.get(tokens[i + 1])
            if nxt is None:
                break
            if lang == "fr":
                ok = last_kind == "tens" and tokens[i + 1] in ("un", "une", "onze")
            else:
                ok = last_kind in ("hundred", "scale") and nxt[1] in ("unit", "teen", "tens")
            if not ok:
                break
            i += 1
            continue
        entry = lex.words.get(w)
        if entry is None:
            break
        value, kind = entry
        rest = current % 100
        if kind == "article":
            nxt_kind = lex.words.get(tokens[i + 1], (0.0, ""))[1] if i + 1 < len(tokens) else ""
            if i != 0 or nxt_kind not in ("hundred", "scale", "dozen"):
                break
            current = 1.0
        elif kind in ("unit", "teen", "tens"):
            if lang == "fr" and w.startswith("vingt") and prev == "quatre" and rest == 4:
                current += 76
                kind = "tens"
            elif last_kind in (None, "hundred", "scale"):
                current += value
            elif last_kind == "tens" and kind == "unit" and value >= 1 and rest % 10 == 0:
                current += value
            elif lang == "fr" and last_kind == "tens" and kind == "teen" and rest in (60, 80):
                current += value
            elif lang == "fr" and last_kind == "teen" and prev == "dix" and kind == "unit" \
                    and value >= 7:
                current += value
            else:
                break
        elif kind == "hundred":
            if last_kind in (None, "scale"):
                current = 100.0
            elif last_kind in ("unit", "article") and current < 10:
                current *= 100
            elif lang == "en" and last_kind in ("teen", "tens") and current < 100:
                current *= 100
            else:
                break
            if lang == "fr" and w == "cents" and i + 1 < len(tokens) \
                    and lex.words.get(tokens[i + 1], (0.0, ""))[1] in ("unit", "teen", "tens"):
                break
        elif kind == "dozen":
            if last_kind not in (None, "article", "unit", "teen", "tens") or current >= 100:
                break
            current = (current or 1.0) * 12
            kind = "hundred"
        elif kind == "scale":
            if value >= last_scale or (last_kind is None and w not in lex.scale_can_start):
                break
            total += (current or 1.0) * value
            current = 0.0
            last_scale = value
        last_kind = kind
        prev = w
        i += 1
        if kind != "article":
            best = (total + current, i)
    return best


def _scale_word(word: str, lex: NumberLexicon) -> float | None:
    entry = lex.words.get(word)
    return entry[0] if entry is not None and entry[1] == "scale" else None


def number_words_value(tokens: list[str], lang: str) -> tuple[float, int] | None:
    """``words_value`` with halves and decimals said in words: "un million et demi",
    "un demi-milliard", "half a million", "two and a half billion", "a million and a half",
    "trois virgule cinq", "three point two five". (value, tokens used) or None."""
    lang = check_lang(lang)
    lex = lexicon(lang)
    if not tokens:
        return None
    # "demi-million", "un demi-milliard", "half a million", "half a dozen"
    i = 1 if tokens[0] in ("un", "une", "a") and len(tokens) > 1 and tokens[1] in \
        lex.half_words else 0
    if tokens[i:i + 1] and tokens[i] in lex.half_words:
        j = i + 1 + (1 if lang == "en" and tokens[i + 1:i + 2] in (["a"], ["an"]) else 0)
        if j < len(tokens):
            scale = _scale_word(tokens[j], lex) or (12.0 if tokens[j] == "dozen" else None)
            if scale is not None and (lang == "fr" or j == i + 2):
                return 0.5 * scale, j + 1
        return None
    core = words_value(tokens, lang)
    if core is None:
        return None
    value, n = core
    last_scale = _scale_word(tokens[n - 1], lex)
    if n < len(tokens) and tokens[n] in lex.decimal_words and n + 1 < len(tokens):
        zeros = 0
        while n + 1 + zeros < len(tokens) and tokens[n + 1 + zeros] in ("zéro", "zero"):
            zeros += 1
        digits = tokens[n + 1 + zeros:]
        cut = next((k for k, w in enumerate(digits) if _scale_word(w, lex)), len(digits))
        rest = words_value(digits[:cut], lang) if last_scale is None and cut else None
        if rest is not None and rest[0] == int(rest[0]):
            value = float(f"{int(value)}.{'0' * zeros}{int(rest[0])}")
            n = n + 1 + zeros + rest[1]
            scale = _scale_word(tokens[n], lex) if n < len(tokens) else None
            if scale is not None:
                value, n = value * scale, n + 1
        elif zeros and rest is None and last_scale is None:
            value, n = float(int(value)), n + 1 + zeros
    for phrase in lex.half_after:
        if tuple(tokens[n:n + len(phrase)]) == phrase:
            n += len(phrase)
            scale = _scale_word(tokens[n], lex) if n < len(tokens) else None
            if last_scale is not None:
                value += 0.5 * last_scale
            elif scale is not None:  # "two and a half billion"
                value, n = (value + 0.5) * scale, n + 1
            else:
                value += 0.5
            break
    return value, n


def fraction_value(tokens: list[str], lang: str) -> float | None:
    """A fraction in words, as a number: "trois quarts" 0.75, "un tiers" 0.333..."""
    lex = lexicon(lang)
    if len(tokens) != 2 or tokens[0] not in lex.numerators or tokens[1] not in lex.denominators:
        return None
    return lex.numerators[tokens[0]] / lex.denominators[tokens[1]]


def approx_noun_value(tokens: list[str], lang: str) -> tuple[float, int] | None:
    """Read "une vingtaine", "une centaine de millions": (value, tokens used) or None."""
    lex = lexicon(lang)
    if len(tokens) < 2 or tokens[0] not in lex.approx_articles:
        return None
    base = lex.approx_nouns.get(tokens[1])
    if base is None:
        return None
    if len(tokens) >= 4 and tokens[2] in ("de", "d") and tokens[3] in lex.approx_scales:
        return base * lex.approx_scales[tokens[3]], 4
    return base, 2


def scale_of(word: str, lang: str, *, currency: bool = False) -> float | None:
    """The multiplier of a scale word or abbreviation ("milliard", "bn", "M"), else None."""
    lex = lexicon(lang)
    if word in lex.abbreviations:
        return lex.abbreviations[word]
    if currency and word in lex.currency_abbreviations:
        return lex.currency_abbreviations[word]
    return lex.scale_words.get(word.lower())


@lru_cache(maxsize=4)
def _numeric_full(lang: str) -> re.Pattern[str]:
    lex = lexicon(lang)
    abbr = "|".join(sorted(map(re.escape, lex.abbreviations), key=len, reverse=True))
    spaced = "|".join(sorted(map(re.escape, lex.spaced_only), key=len, reverse=True))
    words = "|".join(sorted(map(re.escape, lex.scale_words), key=len, reverse=True))
    half = "|".join(" ".join(p) for p in lex.half_after)
    return re.compile(
        rf"(?P<num>{NUM_CORE})(?:\s*(?P<abbr>{abbr})|\s+(?P<spaced>{spaced})"
        rf"|\s+(?P<word>{words})(?P<half>\s+(?:{half}))?)?\.?",
        re.IGNORECASE,
    )


def parse_number(text: str, lang: str) -> float | None:
    """Read a number written in digits, words or both; None when ``text`` is not one number
    (or not a plausible one: see `plausible`).

    Examples: "2 000", "2.000" (fr), "2,000" (en), "1,5" (fr), "1 000 milliards",
    "1,5 milliard", "deux milliards", "quatre-vingt-dix", "a dozen", "3bn", "200m", "10k",
    "2,3 k", "1,2 Md", "10 G", "-3,5", "−12", "moins 4", "un million et demi", "half a
    million", "trois virgule cinq", "1/3", "deux tiers" (0.667).
    """
    value = _parse_number(text, lang)
    return value if plausible(value) else None


def _parse_number(text: str, lang: str) -> float | None:
    """`parse_number` before the plausibility check."""
    lang = check_lang(lang)
    s = " ".join(text.strip().split())
    if not s:
        return None
    negative = re.match(rf"(?:[{MINUS_SIGNS}]\s?(?=\d)|(?:moins|minus)\s+)", s, re.IGNORECASE)
    if negative:
        value = parse_number(s[negative.end():], lang)
        return -value if value is not None else None
    fraction = re.fullmatch(r"(\d{1,3})\s?/\s?(\d{1,3})", s)
    if fraction:
        num, den = int(fraction.group(1)), int(fraction.group(2))
        return num / den if den else None
    m = _numeric_full(lang).fullmatch(s)
    if m:
        value = digits_value(m["num"], lang)
        if value is None:
            return None
        lex = lexicon(lang)
        if m["spaced"]:
            return value * lex.spaced_only[m["spaced"]] if m["spaced"] in lex.spaced_only \
                else None
        scale_word = m["abbr"] or m["word"]
        if scale_word:
            if m["abbr"] and m["abbr"] not in lex.abbreviations:
                return None
            scale = scale_of(scale_word, lang)
            if scale is None:
                return None
            value = (value + (0.5 if m["half"] else 0.0)) * scale
        return value
    if re.search(r"\d", s) or re.search(r"[^\w\s'’-]", s):
        return None
    tokens = word_tokens(s)
    approx = approx_noun_value(tokens, lang)
    if approx is not None and approx[1] == len(tokens):
        return approx[0]
    fraction_words = fraction_value(tokens, lang)
    if fraction_words is not None:
        return fraction_words
    result = number_words_value(tokens, lang)
    if result is None or result[1] != len(tokens):
        return None
    return result[0]
