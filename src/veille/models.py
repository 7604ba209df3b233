"""The records that flow through the pipeline: documents and entity mentions (facts are plain
dicts shaped by the schema, ``veille.schema``)."""

from __future__ import annotations

import hashlib
import json
import re
import unicodedata
from dataclasses import asdict, dataclass, field, fields
from functools import lru_cache
from typing import Any

from veille.schema import schema

ENTITY_TYPES = schema().entity_types
FACT_TYPES = schema().type_names
MODALITIES = schema().modalities

_ARTICLES = re.compile(r"^(?:l'|le |la |les |the |d'|de |du |des )+")


@lru_cache(maxsize=65536)
def norm_name(name: str) -> str:
    """A name's matching key: case-folded, accents, punctuation and leading articles removed."""
    s = name.replace("’", "'").replace("‘", "'")
    # accents go, other scripts stay ('智谱AI' keeps its Chinese characters)
    s = "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))
    s = s.casefold().strip()
    s = _ARTICLES.sub("", s)
    s = re.sub(r"[^\w%+]+", " ", s)
    return " ".join(s.split())


def norm_text(text: str) -> str:
    """Text normalised for exact-duplicate hashing: unicode NFC, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFC", text).split())


def content_id(text: str) -> str:
    """A document's id, derived from its normalised text."""
    return hashlib.sha256(norm_text(text).encode("utf-8")).hexdigest()[:16]


# json.dumps with options builds an encoder at every call; one made once writes the same.
_ID_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, default=str)


def stable_id(*parts: object) -> str:
    """A short id derived from the given parts."""
    blob = _ID_JSON.encode(parts)
    return hashlib.sha1(blob.encode("utf-8")).hexdigest()[:16]


@dataclass
class Document:
    """A cleaned article and its metadata, as stored."""

    id: str
    name: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    site: str | None = None
    author: str | None = None
    lang: str | None = None
    status: str = "new"  # new | annotated | not_annotated | duplicate
    duplicate_of: str | None = None
    note: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass
class Mention:
    """One occurrence of an entity in a document's clean text."""

    start: int
    end: int
    text: str
    label: str  # the entity type
    source: str = "ner"  # ner | gazetteer | rule


@dataclass
class DocEntity:
    """An entity as one document sees it: its name there, type, aliases and mentions."""

    key: str  # document-local key
    name: str
    type: str
    aliases: list[str] = field(default_factory=list)
    mentions: list[Mention] = field(default_factory=list)
    gazetteer_id: str | None = None
    kind: str | None = None
    reasons: list[str] = field(default_factory=list)  # why aliases were joined in this document

    def record(self) -> dict[str, Any]:
        """As plain data: what ``dataclasses.asdict`` gives, without its slow deep copy."""
        out = {f: getattr(self, f) for f in _DOC_ENTITY_FIELDS}
        out["aliases"], out["reasons"] = list(self.aliases), list(self.reasons)
        out["mentions"] = [{f: getattr(m, f) for f in _MENTION_FIELDS} for m in self.mentions]
        return out


_MENTION_FIELDS = tuple(f.name for f in fields(Mention))
_DOC_ENTITY_FIELDS = tuple(f.name for f in fields(DocEntity))
