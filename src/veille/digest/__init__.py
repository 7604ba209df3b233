"""The digest: what happened in a period, in French or English — the main facts of each type
with the sentence stating them and a link to the article, the biggest stock moves, the money
raised by country, the entities named for the first time, the targets set, and the facts that
contradict another. `build` gathers it (`kb/digest.py` reads the store); `render` writes it as
HTML (with SVG charts drawn offline, `charts.py`) or Markdown.

    from veille.digest import build, render
    digest = build(kb, since="7d", lang="fr")
    html = render(digest, "html")
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

from veille import config
from veille.errors import VeilleError
from veille.facts.render import summary
from veille.normalize import date_range
from veille.schema import schema

if TYPE_CHECKING:
    from veille.api import KnowledgeBase

LANGS = ("fr", "en")
FORMATS = ("html", "md")
_RELATIVE = re.compile(r"(\d{1,4})\s*([dwmy])")
_ISO = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")


class DigestError(VeilleError):
    """A digest that cannot be made as asked: a period that is not one, an unknown format or
    language."""

    code = "V640"


@lru_cache(maxsize=1)
def _messages() -> dict[str, dict[str, str]]:
    data = yaml.safe_load(resources.files("veille.digest").joinpath("messages.yaml").read_text(encoding="utf-8"))
    for key, value in data.items():
        if not isinstance(value, dict) or set(value) != set(LANGS):
            raise ValueError(f"digest/messages.yaml: '{key}' needs exactly a French and an English text")
    return {str(k): {lang: str(v[lang]) for lang in LANGS} for k, v in data.items()}


def translate(lang: str, key: str, **values: Any) -> str:
    """A message of digest/messages.yaml in `lang`."""
    text = _messages()[key][lang]
    return text.format(**values) if values else text


# --- the period ---------------------------------------------------------------------------------

def period(since: str, until: str | None = None, today: date | None = None) -> tuple[str, str]:
    """The first and last days of a period: `since` is a length ending on `until` ('7d', '2w',
    '3m', '1y': that many days, weeks, months or years) or a date (YYYY, YYYY-MM or
    YYYY-MM-DD: its first day); `until` is a date (its last day), by default today."""
    last = _day(until, end=True) if until else (today or date.today())
    text = since.strip().lower()
    m = _RELATIVE.fullmatch(text)
    if m:
        n, unit = int(m[1]), m[2]
        if n < 1:
            raise DigestError(f"'{since}' is not a period", "Give at least one day, as in --since 7d")
        if unit in ("d", "w"):
            first = last - timedelta(days=n * (7 if unit == "w" else 1) - 1)
        else:
            months = n * (12 if unit == "y" else 1)
            y, mo = divmod(last.year * 12 + last.month - 1 - months, 12)
            first = _clamped(y, mo + 1, last.day) + timedelta(days=1)
    else:
        first = _day(since, end=False)
    if first > last:
        raise DigestError(f"the period starts on {first} and ends on {last}", "Give --since before --until")
    return first.isoformat(), last.isoformat()


def _day(value: str, end: bool) -> date:
    if not _ISO.fullmatch(value.strip()):
        raise DigestError(f"'{value}' is not a period or a date",
                          "Write --since as 7d, 2w, 3m or 1y, or a date YYYY, YYYY-MM or YYYY-MM-DD")
    try:
        first, last = date_range(value.strip())
    except ValueError:
        raise DigestError(f"'{value}' is not a date", "Write dates as YYYY, YYYY-MM or YYYY-MM-DD") from None
    return date.fromisoformat(last if end else first)


def _clamped(year: int, month: int, day: int) -> date:
    while True:
        try:
            return date(year, month, day)
        except ValueError:
            day -= 1


# --- what it holds ------------------------------------------------------------------------------

@dataclass
class Item:
    """One fact as the digest shows it: its statement in the digest's language, its date, the
    sentence stating it (split around the evidence), its article and a link."""

    id: str
    type: str
    statement: str
    date: str | None
    modality: str
    sources: int
    before: str
    evidence: str
    after: str
    doc: str
    title: str
    link: str | None
    day: str
    args: dict[str, Any]
    fact_link: str | None = None


@dataclass
class CountryTotal:
    code: str | None  # ISO alpha-2; None: the country is not known
    name: str
    usd: float
    items: list[Item]


@dataclass
class Conflict:
    item: Item
    others: list[dict[str, Any]]  # {statement, doc, evidence}


@dataclass
class Digest:
    lang: str
    since: str
    until: str
    entities: list[str]
    documents: int
    facts: int
    top: list[tuple[str, str, list[Item]]]  # (type, its label, items)
    moves: list[Item]
    money: list[CountryTotal]
    new_entities: list[dict[str, Any]]
    targets: list[Item]
    conflicts: list[Conflict]
    newest: str | None
    charts: dict[str, str] = field(default_factory=dict)

    def t(self, key: str, **values: Any) -> str:
        return translate(self.lang, key, **values)


def build(kb: KnowledgeBase, since: str = "7d", until: str | None = None, entities: Sequence[str] = (),
          lang: str = "fr", min_confidence: float | None = None, per_type: int = 5,
          server: str | None = None, today: date | None = None) -> Digest:
    """The digest of the period `since` .. `until` (see `period`), about `entities` (any of
    their names) when given, in `lang` (fr or en); facts at least `min_confidence` sure (the
    configured threshold by default), `per_type` of each type. `server`, the address of a
    `veille serve`, links each fact to its provenance page there."""
    from veille.kb import digest as q

    if lang not in LANGS:
        raise DigestError(f"unknown language '{lang}'", "Use --lang fr or --lang en")
    first, last = period(since, until, today)
    floor = config.min_confidence(min_confidence)
    refs = [kb.resolve(name) for name in entities]
    ids = [r.id for r in refs]
    store = kb.store
    with store.snapshot():
        counted = q.counts(store, first, last, ids, floor)
        top = q.top_facts(store, first, last, ids, floor, per_type)
        moves = q.facts_of_type(store, "stock_move", first, last, ids, floor, q.BIGGEST_MOVE, 10)
        funding = q.facts_of_type(store, "funding", first, last, ids, floor)
        targets = q.facts_of_type(store, "target", first, last, ids, floor, limit=10)
        conflicted = [f for f in q.top_facts(store, first, last, ids, floor, per_type=None) if f["conflicts"]]
        others = q.conflicting(store, sorted({f["conflict_key"] for f in conflicted}), floor)
        fresh = q.new_entities(store, first, last, ids)
        linked = q.roles(store, [f["id"] for f in funding])
        places = q.places_named(store, sorted({f["doc_id"] for f in funding}))
        newest = q.newest_day(store)

    def item(row: dict[str, Any]) -> Item:
        return _item(row, lang, server)

    by_type: dict[str, list[Item]] = {}
    for row in top:
        by_type.setdefault(row["type"], []).append(item(row))
    sections = [(t, schema()[t].label[lang], by_type[t]) for t in schema().types if t in by_type]
    conflicts = [Conflict(item(f), [{"statement": summary(o["type"], o["args"], lang), "doc": o["doc"],
                                     "evidence": o["evidence"], "date": o["date"]}
                                    for o in others.get(f["conflict_key"], []) if o["id"] != f["id"]])
                 for f in conflicted[:10]]
    return Digest(lang, first, last, [r.name for r in refs], counted["documents"], counted["facts"], sections,
                  [item(r) for r in moves], _by_country(funding, linked, places, lang, item), fresh,
                  [item(r) for r in targets], conflicts, newest)


def _item(row: dict[str, Any], lang: str, server: str | None) -> Item:
    sentence, evidence = row["sentence"] or row["evidence"], row["evidence"]
    at = sentence.find(evidence)
    before, after = (sentence[:at], sentence[at + len(evidence):]) if at >= 0 else ("", "")
    if at < 0:
        sentence = evidence
    url = row["url"] if (row["url"] or "").startswith(("http://", "https://")) else None
    return Item(row["id"], row["type"], summary(row["type"], row["args"], lang), row["date"],
                translate(lang, f"modality.{row['modality']}"), row["sources"], before, evidence, after,
                row["doc"], row["title"] or row["doc"], url, row["day"], row["args"],
                f"{server.rstrip('/')}/facts/{row['id']}" if server else None)


def _by_country(funding: list[dict[str, Any]], linked: dict[str, dict[str, list[dict[str, Any]]]],
                places: dict[str, list[tuple[str, int]]], lang: str, item: Any) -> list[CountryTotal]:
    """The money of the period's fundings (in USD at its date's rate), by the country of who
    raised it (see `country_of`); those of unknown country last."""
    from veille.world import by_code

    totals: dict[str | None, CountryTotal] = {}
    for row in funding:
        amount = row["args"].get("amount")
        if not isinstance(amount, dict):
            continue
        usd = amount.get("value") if amount.get("currency") == "USD" else amount.get("usd")
        if not isinstance(usd, int | float) or isinstance(usd, bool):
            continue
        roles = linked.get(row["id"], {})
        raisers = roles.get("recipient") or roles.get("subject") or []
        raiser = raisers[0] if raisers else None
        code = country_of(raiser, row["sentence"] or "", places.get(row["doc_id"], []), row["lang"])
        found = by_code(code) if code else None
        name = found.name(lang) if found else translate(lang, "money.unknown")
        total = totals.setdefault(code, CountryTotal(code, name, 0.0, []))
        total.usd += float(usd)
        total.items.append(item(row))
    return sorted(totals.values(), key=lambda c: (c.code is None, -c.usd, c.name))


def country_of(raiser: dict[str, Any] | None, sentence: str, places: list[tuple[str, int]],
               lang: str | None) -> str | None:
    """The country (ISO alpha-2) of whoever raised money: the raiser itself when it is a
    country; else a demonym or a country (or capital) named in the sentence ('la start-up
    vietnamienne', 'in Seoul'); else the country (or capital) the document names most."""
    from veille.world import country, find_demonyms

    if raiser and raiser["type"] == "place":
        found = country(raiser["name"])
        if found is not None:
            return found.code
    words = re.findall(r"[^\W\d_][\w'-]*", sentence)
    for _, _, found in find_demonyms(words, lang if lang in LANGS else None):
        return found.code
    for name, _ in places:
        if name in sentence:
            code = _place_country(name)
            if code:
                return code
    for name, _ in places:
        code = _place_country(name)
        if code:
            return code
    return None


def _place_country(name: str) -> str | None:
    from veille.world import country

    found = country(name)
    if found is not None:
        return found.code
    return _capitals().get(name.casefold())


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    from veille.world import countries

    out: dict[str, str] = {}
    for c in countries():
        for lang in LANGS:
            names = c.names_in(lang)
            for capital in (names.capital, *names.capital_aliases):
                if capital:
                    out.setdefault(capital.casefold(), c.code)
    return out


def render(digest: Digest, fmt: str = "html") -> str:
    """The digest as a standalone HTML page (charts included) or as Markdown."""
    from veille.digest.formats import html, markdown

    if fmt not in FORMATS:
        raise DigestError(f"unknown format '{fmt}'", "Use --format html or --format md")
    return html(digest) if fmt == "html" else markdown(digest)
