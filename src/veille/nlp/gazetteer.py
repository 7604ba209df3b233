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

from veille import config
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
    """The bundled gazetteer, extended (and overridden by name) with a user's file."""
    bundled = resources.files("veille") / "data" / "gazetteer.yaml"
    with bundled.open(encoding="utf-8") as f:
        entries = parse(yaml.safe_load(f), "veille/data/gazetteer.yaml")
    if user_file:
        path = Path(user_file)
        try:
            entries += parse(yaml.safe_load(path.read_text(encoding="utf-8")), str(path))
        except (OSError, yaml.YAMLError) as e:
            raise GazetteerError(f"{path}: cannot read the gazetteer ({e})") from e
    return {e.id: e for e in entries}


def entries() -> dict[str, Entry]:
    user = config.user_gazetteer()
    return load(str(user) if user else None)


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
    words) only type a name the statistical model already found, into doc.spans['gazetteer_weak'].
    Multi-word names also match in lower case when their first word is capitalised
    ('Hang Seng bank').
    """

    versioned_name = "veille.gazetteer.v1"

    def __init__(self, nlp: Language) -> None:
        tokenizer: Any = nlp.tokenizer
        self.matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.weak = PhraseMatcher(nlp.vocab, attr="ORTH")
        for entry in entries().values():
            names = sorted({entry.name, *entry.aliases})
            weak = sorted(set(entry.weak_aliases))
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
        doc.spans["gazetteer"] = spans
        weak = []
        for match_id, start, end in self.weak(doc):
            key = doc.vocab.strings[match_id]
            entry = table.get(key)
            if entry is not None:
                weak.append(Span(doc, start, end, label=entry.type, kb_id=key))
        doc.spans["gazetteer_weak"] = weak
        return doc
