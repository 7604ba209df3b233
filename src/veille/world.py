"""Countries and territories: names, aliases, demonyms, capitals and codes, from a data file.

The table is `veille/data/world/countries.yaml`, checked when it loads. Look-ups are dict
look-ups on a folded key (case, accents, punctuation and leading articles removed), built once
per process, so fact rules can call them for every word:

    >>> country("Etats-Unis").name("fr")
    'États-Unis'
    >>> country_of_demonym("sud-coréenne").name("en")
    'South Korea'

English demonyms are written capitalised ('Polish', 'Chinese'), so a lowercase word is never
read as one ('polish'); French demonyms match in any case ('chinois', 'les Chinois').
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

import yaml

from veille.models import norm_name

DATA = "world/countries.yaml"
LANGS = ("en", "fr")
KINDS = ("country", "territory", "region")
CONTINENTS = ("Africa", "Antarctica", "Asia", "Europe", "North America", "Oceania", "South America")
CAPITAL_CITY = ("strong", "weak", "none")
MAX_DEMONYM_WORDS = 4  # 'Turks and Caicos Islander'
SAFE_LOADER: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml's is ten times faster


class WorldError(ValueError):
    """The countries table is malformed; the message names the entry and the field."""


@dataclass(frozen=True)
class Names:
    """A country's names in one language."""

    name: str
    official: str | None = None
    aliases: tuple[str, ...] = ()
    weak: tuple[str, ...] = ()
    demonyms: tuple[str, ...] = ()  # every form, flat
    capital: str | None = None
    capital_aliases: tuple[str, ...] = ()


@dataclass(frozen=True)
class Country:
    """One entry of ISO 3166-1 (or Kosovo)."""

    code: str  # alpha-2
    alpha3: str
    kind: str
    continent: str
    region: str
    en: Names
    fr: Names
    native: tuple[str, ...] = ()
    capital_city: str = "strong"

    def names_in(self, lang: str) -> Names:
        return self.fr if lang == "fr" else self.en

    def name(self, lang: str = "en") -> str:
        """The common name in a language ('fr' or 'en'; any other gives English)."""
        return self.names_in(lang).name

    def capital(self, lang: str = "en") -> str | None:
        return self.names_in(lang).capital

    def strong_names(self) -> list[str]:
        """Every name that identifies the country on its own, both languages and native."""
        out: list[str] = []
        for names in (self.en, self.fr):
            out += [names.name, *([names.official] if names.official else []), *names.aliases]
        return _unique([*out, *self.native])

    def weak_names(self) -> list[str]:
        return _unique([*self.en.weak, *self.fr.weak])


# --- loading and checking ----------------------------------------------------------------------


def parse(data: object, origin: str = f"veille/data/{DATA}") -> tuple[Country, ...]:
    """Check and read the table; an error names the entry and the field."""
    if not isinstance(data, dict) or not isinstance(data.get("countries"), list):
        raise WorldError(f"{origin}: expected a mapping with a 'countries' list")
    out = []
    for n, raw in enumerate(data["countries"], 1):
        where = f"{origin}: entry {n}"
        if not isinstance(raw, dict):
            raise WorldError(f"{where}: expected a mapping")
        code = raw.get("code")
        where = f"{where} ({code})" if code else where
        out.append(_country(raw, where))
    _check_unique(out, origin)
    return tuple(out)


def _country(raw: dict[str, Any], where: str) -> Country:
    code = _text(raw, "code", where)
    alpha3 = _text(raw, "alpha3", where)
    if len(code) != 2 or not code.isalpha() or not code.isupper():
        raise WorldError(f"{where}: field 'code' must be two capital letters, not {code!r}")
    if len(alpha3) != 3 or not alpha3.isalpha() or not alpha3.isupper():
        raise WorldError(f"{where}: field 'alpha3' must be three capital letters, not {alpha3!r}")
    kind = _choice(raw, "kind", KINDS, where)
    continent = _choice(raw, "continent", CONTINENTS, where)
    capital_city = str(raw.get("capital_city") or "strong")
    if capital_city not in CAPITAL_CITY:
        raise WorldError(f"{where}: field 'capital_city' is {capital_city!r}; use one of {', '.join(CAPITAL_CITY)}")
    en = _names(raw, "en", where)
    fr = _names(raw, "fr", where)
    return Country(code=code, alpha3=alpha3, kind=kind, continent=continent,
                   region=_text(raw, "region", where), en=en, fr=fr,
                   native=_list(raw, "native", where), capital_city=capital_city)


def _names(raw: dict[str, Any], lang: str, where: str) -> Names:
    block = raw.get(lang)
    if not isinstance(block, dict):
        raise WorldError(f"{where}: field '{lang}' must be a mapping with at least 'name'")
    at = f"{where}, '{lang}'"
    demonyms: list[str] = []
    for n, form in enumerate(block.get("demonyms") or [], 1):
        if lang == "fr":
            if not isinstance(form, list) or len(form) != 4 or not all(isinstance(w, str) and w for w in form):
                raise WorldError(f"{at}: field 'demonyms' item {n} must be [masculine, feminine, masculine plural,"
                                 f" feminine plural], not {form!r}")
            demonyms += form
        elif isinstance(form, str) and form:
            if not form[0].isupper():
                raise WorldError(f"{at}: field 'demonyms' item {n} ({form!r}) must be capitalised")
            demonyms.append(form)
        else:
            raise WorldError(f"{at}: field 'demonyms' item {n} must be a word, not {form!r}")
    official = block.get("official")
    capital = block.get("capital")
    return Names(name=_text(block, "name", at), official=str(official) if official else None,
                 aliases=_list(block, "aliases", at), weak=_list(block, "weak", at),
                 demonyms=tuple(_unique(demonyms)), capital=str(capital) if capital else None,
                 capital_aliases=_list(block, "capital_aliases", at))


def _text(raw: dict[str, Any], key: str, where: str) -> str:
    value = raw.get(key)
    if not isinstance(value, str) or not value.strip():
        raise WorldError(f"{where}: field '{key}' is missing or empty")
    return value


def _choice(raw: dict[str, Any], key: str, allowed: Sequence[str], where: str) -> str:
    value = _text(raw, key, where)
    if value not in allowed:
        raise WorldError(f"{where}: field '{key}' is {value!r}; use one of {', '.join(allowed)}")
    return value


def _list(raw: dict[str, Any], key: str, where: str) -> tuple[str, ...]:
    value = raw.get(key) or []
    if not isinstance(value, list) or not all(isinstance(v, str) and v.strip() for v in value):
        raise WorldError(f"{where}: field '{key}' must be a list of names")
    return tuple(value)


def _unique(items: Sequence[str]) -> list[str]:
    return list(dict.fromkeys(items))


def _check_unique(countries: Sequence[Country], origin: str) -> None:
    """A code, a name (after folding) or a demonym belongs to one entry only."""
    seen: dict[str, str] = {}
    names: dict[str, str] = {}
    demonyms: dict[str, str] = {}
    for c in countries:
        for code in (c.code, c.alpha3):
            if code in seen:
                raise WorldError(f"{origin}: entry {c.code}: code {code} is also entry {seen[code]}'s")
            seen[code] = c.code
        for name in [*c.strong_names(), *c.weak_names()]:
            key = norm_name(name)
            if names.get(key, c.code) != c.code:
                raise WorldError(f"{origin}: entry {c.code}: name {name!r} is also entry {names[key]}'s")
            names[key] = c.code
        for form in [*c.en.demonyms, *c.fr.demonyms]:
            key = norm_name(form)
            if demonyms.get(key, c.code) != c.code:
                raise WorldError(f"{origin}: entry {c.code}: demonym {form!r} is also entry {demonyms[key]}'s")
            demonyms[key] = c.code


@cache
def countries() -> tuple[Country, ...]:
    """Every entry of the table, in the file's order (by alpha-2 code)."""
    path = resources.files("veille") / "data" / DATA
    with path.open(encoding="utf-8") as f:
        return parse(yaml.load(f, Loader=SAFE_LOADER))


@dataclass(frozen=True)
class _Index:
    by_code: dict[str, Country]
    by_name: dict[str, Country]
    en_demonyms: dict[str, Country]
    fr_demonyms: dict[str, Country]


@cache
def _index() -> _Index:
    by_code: dict[str, Country] = {}
    by_name: dict[str, Country] = {}
    en_demonyms: dict[str, Country] = {}
    fr_demonyms: dict[str, Country] = {}
    for c in countries():
        by_code[c.code] = by_code[c.alpha3] = c
        for name in [*c.strong_names(), *c.weak_names()]:
            by_name.setdefault(norm_name(name), c)
        for form in c.en.demonyms:
            en_demonyms.setdefault(norm_name(form), c)
        for form in c.fr.demonyms:
            fr_demonyms.setdefault(norm_name(form), c)
    return _Index(by_code, by_name, en_demonyms, fr_demonyms)


# --- look-ups ----------------------------------------------------------------------------------


def country(name: str) -> Country | None:
    """The country a name or alias stands for, in either language or a native script, case and
    accents aside: 'Corée du Sud', 'ROK', 'the US', 'Etats-Unis', '대한민국'. Weak names count
    ('Korea', 'Turkey'): the caller has already decided the word names a place."""
    return _index().by_name.get(norm_name(name))


def country_of_capital(name: str) -> Country | None:
    """The country whose capital a name is, in either language ('Hanoï', 'Kuala Lumpur',
    'Pékin'); None for any other city."""
    return _capitals().get(norm_name(name))


@cache
def _capitals() -> dict[str, Country]:
    out: dict[str, Country] = {}
    for c in countries():
        if c.kind != "country":
            continue
        for names in (c.en, c.fr):
            for n in [names.capital, *names.capital_aliases]:
                if n:
                    out.setdefault(norm_name(n), c)
    return out


def by_code(code: str) -> Country | None:
    """The entry of an ISO alpha-2 or alpha-3 code ('KR', 'KOR')."""
    return _index().by_code.get(code.upper())


def country_of_demonym(word: str, lang: str | None = None) -> Country | None:
    """The country of a demonym in any gender and number: 'sud-coréenne', 'Kenyan', 'les
    Émiratis', 'South Koreans'. English forms must be capitalised; lang ('en' or 'fr') limits
    the look-up to one language."""
    if not word:
        return None
    key = norm_name(word)
    index = _index()
    if lang != "en":
        found = index.fr_demonyms.get(key)
        if found is not None:
            return found
    if lang != "fr" and word[0].isupper():
        return index.en_demonyms.get(key)
    return None


def find_demonyms(words: Sequence[str], lang: str | None = None) -> Iterator[tuple[int, int, Country]]:
    """Demonyms in a run of words, longest first at each place, as (start, end, country):
    'the South Korean minister' gives South Korea over 'Korean'; 'North Korean' is North Korea."""
    i = 0
    while i < len(words):
        for n in range(min(MAX_DEMONYM_WORDS, len(words) - i), 0, -1):
            found = country_of_demonym(" ".join(words[i:i + n]), lang)
            if found is not None:
                yield i, i + n, found
                i += n
                break
        else:
            i += 1

