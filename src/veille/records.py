"""What the library API returns: small typed records with `to_dict()`, and lists of them
(`Records`) that turn into plain rows (`to_records()`) or a pandas DataFrame (`to_pandas()`).

The records are plain dataclasses: they hold values, never a connection to the store, so they
can be kept, pickled or sent as JSON once the knowledge base is closed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

if TYPE_CHECKING:
    import pandas


class HasDict(Protocol):
    def to_dict(self) -> dict[str, Any]: ...


T = TypeVar("T", bound=HasDict)


class Record:
    """A result's base: `to_dict()` gives its fields as JSON-ready data (nested records too)."""

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)  # type: ignore[call-overload]  # subclasses are dataclasses


class Records(list[T]):
    """A list of results. `next_cursor`, when set, fetches the page after this one."""

    def __init__(self, items: Iterable[T] = (), next_cursor: str | None = None) -> None:
        super().__init__(items)
        self.next_cursor = next_cursor

    def to_records(self) -> list[dict[str, Any]]:
        """One dict per result, as `to_dict()` gives it (for csv.DictWriter, json, pandas)."""
        return [item.to_dict() for item in self]

    def to_pandas(self) -> pandas.DataFrame:
        """The results as a pandas DataFrame, one row each; nested values (a fact's `args`, a
        hit's snippets) stay Python objects in their cell. Needs pandas installed."""
        try:
            import pandas
        except ImportError as e:
            raise ImportError("Records.to_pandas() needs pandas: pip install pandas "
                              "(or use .to_records() for plain dicts)") from e
        return pandas.DataFrame.from_records(self.to_records())


# --- documents ------------------------------------------------------------------------------

@dataclass
class DocumentInfo(Record):
    """A stored document without its text: its status, where it duplicates another, and how
    many entities and facts were found in it."""

    id: str
    name: str
    lang: str | None
    status: str  # annotated | not_annotated | duplicate
    published: str | None
    title: str | None
    duplicate_of: str | None  # id of the original, for a near duplicate
    note: str | None
    original: str | None  # name of the original, for a near duplicate
    entities: int
    facts: int


@dataclass
class Failure(Record):
    """An input whose last ingest failed, with the error (code and message)."""

    source: str
    code: str
    error: str
    at: str


# --- entities -------------------------------------------------------------------------------

@dataclass
class EntitySummary(Record):
    """An entity in a listing: in how many documents, and how often, it is mentioned."""

    id: str
    name: str
    type: str
    documents: int
    mentions: int


@dataclass
class EntityRef(Record):
    """An entity named by a split or a merge."""

    id: str
    name: str
    type: str


@dataclass
class Alias(Record):
    """One name of an entity, and why it is that entity's ('gazetteer', 'user merge' ...)."""

    alias: str
    reason: str


@dataclass
class EntityDocument(Record):
    """A document mentioning an entity, and why its name there was taken for the entity."""

    doc: str
    title: str | None
    published: str | None
    mentions: int
    why: str


@dataclass
class ProfileFact(Record):
    """A fact about an entity, as the profile's timeline shows it."""

    id: str
    type: str
    args: dict[str, Any]
    date: str | None
    modality: str
    sources: int
    evidence: str
    doc: str


@dataclass
class Related(Record):
    """An entity often mentioned with another: in how many of the same documents."""

    name: str
    type: str
    documents: int


@dataclass
class EntityProfile(Record):
    """All the knowledge base knows of one entity: its aliases and why, the documents
    mentioning it, its facts in date order, and the entities mentioned with it."""

    id: str
    name: str
    type: str
    kind: str | None
    aliases: list[Alias] = field(default_factory=list)
    mentions: int = 0
    documents: list[EntityDocument] = field(default_factory=list)
    facts: list[ProfileFact] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)


# --- facts ----------------------------------------------------------------------------------

@dataclass
class Fact(Record):
    """A fact: its type and normalised roles (`args`, shaped by the fact schema), date,
    modality and confidence; how many documents state it (`sources`), how many facts give
    another value for the same measure (`conflicts`), and its first evidence and document."""

    id: str
    type: str
    args: dict[str, Any]
    date: str | None
    modality: str
    confidence: float
    sources: int
    conflicts: int
    doc: str
    evidence: str


@dataclass
class Stats(Record):
    """How much the knowledge base holds (every fact, whatever its confidence)."""

    documents: int
    entities: int
    facts: int
    failures: int
