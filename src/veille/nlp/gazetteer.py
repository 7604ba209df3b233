"""The AI-ecosystem gazetteer: a data file of names, types and aliases, as a spaCy component."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span

from veille import config, world
from veille.models import ENTITY_TYPES, norm_name

# An index is a financial product that stock moves are reported on.
KIND_TYPES = {"index": "product"}


@dataclass
class Entry:
    id: str
    name: str
    type: str
    kind: str | None
    aliases: list[str] = field(default_factory=list)
    weak_aliases: list[str] = field(default_factory=list)
    ambiguous: bool = False


class GazetteerError(ValueError):
    pass


def parse(data: object, origin: str) -> list[Entry]:
    """Check and read a gazetteer mapping; errors name the file and the entry."""
    if not isinstance(data, dict) or not isinstance(data.get("entries"), list):
        raise GazetteerError(f"{origin}: expected a mapping with an 'entries' list")
    entries = []
    for n, raw in enumerate(data["entries"], 1):
        if not isinstance(raw, dict) or not raw.get("name") or not raw.get("type"):
            raise GazetteerError(f"{origin}: entry {n} needs at least 'name' and 'type'")
        kind = raw.get("kind")
        etype = KIND_TYPES.get(kind or "", raw["type"])
        if etype not in ENTITY_TYPES:
            raise GazetteerError(f"{origin}: entry {n} ({raw['name']}) has type '{raw['type']}';"
                                 f" use one of {', '.join(ENTITY_TYPES)}")
        entries.append(Entry(id=norm_name(str(raw["name"])), name=str(raw["name"]), type=etype,
                             kind=kind, aliases=[str(a) for a in raw.get("aliases") or []],
                             weak_aliases=[str(a) for a in raw.get("weak_aliases") or []],
                             ambiguous=bool(raw.get("ambiguous"))))
    return entries


@lru_cache(maxsize=4)
def load(user_file: str | None = None) -> dict[str, Entry]:
    """The bundled gazetteer and the countries of veille/data/world, extended (and overridden
    by name) with a user's file."""
    bundled = resources.files("veille") / "data" / "gazetteer.yaml"
    with bundled.open(encoding="utf-8") as f:
        entries = parse(yaml.load(f, Loader=world.SAFE_LOADER), "veille/data/gazetteer.yaml")
    entries = world_entries(entries) + entries
    if user_file:
        path = Path(user_file)
        try:
            entries += parse(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
        except (OSError, yaml.YAMLError) as e:
            raise GazetteerError(f"{path}: cannot read the gazetteer ({e})") from e
    return {e.id: e for e in entries}


def world_entries(others: list[Entry]) -> list[Entry]:
    """Countries and territories as places (named in English, every other name an alias), and
    their capitals as cities. A capital is left out when the gazetteer already lists the city
    (its hand-written entry wins), when the table marks it ambiguous, or where one of its names
    is a country's; a country's weak names only type what the model found."""
    taken = {n for e in others for n in (e.name, *e.aliases, *e.weak_aliases)}
    out = []
    for c in world.countries():
        weak = _variants(c.weak_names())
        strong = [n for n in _variants(c.strong_names()) if n not in weak]
        out.append(Entry(id=norm_name(c.en.name), name=c.en.name, type="place", kind=c.kind,
                         aliases=[n for n in strong if n != c.en.name], weak_aliases=weak))
    countries = {n for e in out for n in (e.name, *e.aliases, *e.weak_aliases)}
    out += _governments(taken)
    for c in world.countries():
        if c.capital_city == "none" or not c.en.capital or not c.fr.capital:
            continue
        names = _variants([c.en.capital, *c.en.capital_aliases, c.fr.capital, *c.fr.capital_aliases])
        if any(n in taken or n in countries for n in names):
            continue
        weak = names if c.capital_city == "weak" else []
        out.append(Entry(id=norm_name(c.en.capital), name=c.en.capital, type="place", kind="city",
                         aliases=[n for n in names[1:] if n not in weak], weak_aliases=weak))
    return out


def _governments(taken: set[str]) -> list[Entry]:
    """Each country's government as an organisation, under the names the press gives it: 'the
    Thai government', 'Government of Thailand', 'le gouvernement thaïlandais', 'le gouvernement
    de la Thaïlande'. A country whose government the gazetteer lists by hand is left to it."""
    out = []
    for c in world.countries():
        name = f"Government of {_with_article(c)}"
        places_en = [c.en.name, *c.en.aliases]
        adjs_en = [d for d in c.en.demonyms if not d.endswith("s") or d.endswith("ss")]
        names = [name, *(f"{p} {g}" for p in places_en + adjs_en for g in ("government", "Government")),
                 *(f"{g} of {p}" for p in [_with_article(c), *places_en]
                   for g in ("government", "Government"))]
        fr_places = [c.fr.name, *c.fr.aliases]
        for g in ("gouvernement", "Gouvernement"):
            names += [f"{g} {d}" for d in c.fr.demonyms]
            names += [f"{g} {prep}{p}" for p in fr_places
                      for prep in ("de ", "du ", "de la ", "de l'", "des ")]
        names = _variants(names)
        if any(n in taken for n in names):
            continue
        out.append(Entry(id=norm_name(name), name=name, type="organization", kind="government",
                         aliases=names[1:]))
    return out


_PLURAL_OR_UNION = ("Islands", "Republic", "Emirates", "Kingdom", "States")


def _with_article(c: world.Country) -> str:
    """A country's English name as it reads after 'of': 'the Philippines', 'the Netherlands',
    'the United Arab Emirates', 'the Czech Republic', 'the Republic of the Congo', but
    'Thailand'."""
    name = c.en.name
    words = name.split()
    takes_the = (f"The {name}" in c.en.aliases or f"the {name}" in (c.en.official or "")
                 or words[0] == "United" or bool(set(words) & set(_PLURAL_OR_UNION)))
    return f"the {name}" if takes_the else name


_INITIAL = {"É": "E", "È": "E", "Ê": "E", "Î": "I", "Ô": "O", "À": "A", "Â": "A"}


def _variants(names: list[str]) -> list[str]:
    """Each name with the press's other spellings: straight and curly apostrophes, and an
    initial capital without its accent (French typesetting often drops it: 'Egypte')."""
    out: list[str] = []
    for name in names:
        forms = {name, name.replace("'", "’"), name.replace("’", "'")}
        forms |= {_INITIAL.get(f[0], f[0]) + f[1:] for f in forms}
        out += sorted(forms, key=lambda f: f != name)
    return list(dict.fromkeys(out))


def entries() -> dict[str, Entry]:
    user = config.user_gazetteer()
    return load(str(user) if user else None)


def government_of(country_entry: Entry) -> Entry | None:
    """The gazetteer's entry for a country's government ('Government of Thailand'), from the
    country's own entry."""
    c = world.country(country_entry.name) if country_entry.kind == "country" else None
    if c is None:
        return None
    return entries().get(norm_name(f"Government of {_with_article(c)}"))


def alias_index() -> dict[str, Entry]:
    """Normalised name or alias -> entry, for resolution."""
    index: dict[str, Entry] = {}
    for entry in entries().values():
        for name in (entry.name, *entry.aliases):
            index.setdefault(norm_name(name), entry)
    return index


@Language.factory("veille_gazetteer", default_config={"version": 1})
def make_gazetteer(nlp: Language, name: str, version: int) -> GazetteerComponent:
    return GazetteerComponent(nlp)


class GazetteerComponent:
    """Finds gazetteer names in the text (case-sensitive), into doc.spans['gazetteer'].

    Strong names create entities; weak aliases and the names of ambiguous entries (ordinary
    words) only type a name the statistical model already found, into doc.spans['gazetteer_weak'];
    an entry's own name is weak when it is listed among its weak aliases ('Chad': 'Tchad' is
    strong). A weak name of a place never types a name the model read as a person ('Jordan
    said', 'Hollande a déclaré'). Multi-word names also match in lower case when their first
    word is capitalised ('Hang Seng bank').
    """

    versioned_name = "veille.gazetteer.v1"

    def __init__(self, nlp: Language) -> None:
        tokenizer: Any = nlp.tokenizer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.weak = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in entries().values():
            weak = sorted(set(entry.weak_aliases))
            names = sorted({entry.name, *entry.aliases} - set(weak))
            if entry.ambiguous:
                weak, names = sorted({*weak, *names}), []
            if names:
                self.matcher.add(entry.id, list(tokenizer.pipe(names)))
                multi = [d for d in tokenizer.pipe(names) if len(d) > 1]
                if multi:
                    self.lower.add(entry.id, multi)
            if weak:
                self.weak.add(entry.id, list(tokenizer.pipe(weak)))

    def __call__(self, doc: Doc) -> Doc:
        table = entries()
        spans = []
        seen = set()
        for matcher, cased in ((self.matcher, False), (self.lower, True)):
            for match_id, start, end in matcher(doc):
                key = doc.vocab.strings[match_id]
                entry = table.get(key)
                if entry is None or (start, end) in seen or (cased and not doc[start].is_title):
                    continue
                seen.add((start, end))
                spans.append(Span(doc, start, end, label=entry.type, kb_id=key))
        doc.spans["gazetteer"] = _joined(doc, spans)
        weak = []
        persons = {(e.start, e.end) for e in doc.ents if e.label_ == "person"}
        for match_id, start, end in self.weak(doc):
            key = doc.vocab.strings[match_id]
            entry = table.get(key)
            if entry is not None and not (entry.type == "place" and (start, end) in persons):
                weak.append(Span(doc, start, end, label=entry.type, kb_id=key))
        doc.spans["gazetteer_weak"] = weak
        return doc


def _joined(doc: Doc, spans: list[Span]) -> list[Span]:
    """Overlapping matches of one entry are one mention, their union: 'indice Nikkei' and
    'Nikkei 225' in "l'indice Nikkei 225"."""
    out: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        prev = next((p for p in reversed(out) if p.kb_id == span.kb_id and p.end > span.start), None)
        if prev is None:
            out.append(span)
        elif span.end > prev.end:
            out[out.index(prev)] = Span(doc, prev.start, span.end, label=prev.label, kb_id=prev.kb_id)
    return out
