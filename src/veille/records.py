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
    """All the knowledge base knows of one entity: its aliases and why, how many documents
    mention it and how many facts concern it, the latest of those documents and facts (newest
    first), and the entities mentioned with it."""

    id: str
    name: str
    type: str
    kind: str | None
    aliases: list[Alias] = field(default_factory=list)
    mentions: int = 0
    documents: list[EntityDocument] = field(default_factory=list)
    facts: list[ProfileFact] = field(default_factory=list)
    related: list[Related] = field(default_factory=list)
    documents_total: int = 0
    facts_total: int = 0


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


# --- what the web pages show ---------------------------------------------------------------

@dataclass
class Statement(Record):
    """Where a document states a fact: its evidence span (offsets into the document's text)
    and the sentence around it."""

    doc: str
    doc_id: str
    title: str | None
    published: str | None
    start: int
    end: int
    text: str
    sentence: str


@dataclass
class EntityRole(Record):
    """An entity filling a role of a fact."""

    role: str
    id: str
    name: str
    type: str


@dataclass
class FactDetail(Record):
    """A fact with everything that supports or contradicts it: each document stating it
    (`statements`, the first document first) and the facts giving another value for the same
    measure (`conflicting`)."""

    fact: Fact
    rule: str
    date_precision: str | None
    entities: list[EntityRole] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    conflicting: list[Fact] = field(default_factory=list)


@dataclass
class Mention(Record):
    """A name in a document's text, and the entity it was taken for."""

    start: int
    end: int
    text: str
    entity_id: str
    name: str
    type: str


@dataclass
class FactSpan(Record):
    """A fact's evidence in one document."""

    start: int
    end: int
    fact_id: str
    type: str
    args: dict[str, Any]
    date: str | None
    modality: str
    confidence: float


@dataclass
class Annotations(Record):
    """A document's entity mentions and fact evidence, in text order: what its view marks."""

    mentions: list[Mention] = field(default_factory=list)
    facts: list[FactSpan] = field(default_factory=list)


@dataclass
class EntityFact(Record):
    """A fact about an entity with the role the entity plays in it (recipient, subject ...),
    for the profile's charts."""

    id: str
    type: str
    role: str
    args: dict[str, Any]
    date: str | None
    modality: str
    confidence: float


@dataclass
class Trend(Record):
    """An entity's mentions over the last weeks: documents naming it per week, oldest week
    first, and how much more it is named in the recent half than in the earlier one."""

    id: str
    name: str
    type: str
    weeks: list[int]
    total: int
    rise: int


@dataclass
class SourceCount(Record):
    """Documents from one source (a site, or the kind of input), with the newest date."""

    source: str
    kind: str  # url | file | text | upload
    documents: int
    latest: str | None


@dataclass
class Overview(Record):
    """What is new since a date: the facts stated since, the latest of each type, the
    entities named more and more, where documents come from and what failed."""

    since: str
    until: str
    documents: int
    new_documents: int
    new_facts: int
    latest: dict[str, list[Fact]] = field(default_factory=dict)
    rising: list[Trend] = field(default_factory=list)
    sources: list[SourceCount] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)


@dataclass
class GraphNode(Record):
    id: str
    name: str
    type: str
    degree: int


@dataclass
class GraphEdge(Record):
    """Two entities linked by facts: `kind` is the fact type (or 'mention' for entities named in
    the same documents); `directed` from source to target (investor -> recipient, person ->
    organisation, launcher -> product), or not (signatories, co-mentions)."""

    source: str
    target: str
    kind: str
    directed: bool
    weight: int
    facts: list[str] = field(default_factory=list)


@dataclass
class Graph(Record):
    """The entity graph built from facts: nodes and edges (capped at the heaviest edges)."""

    nodes: list[GraphNode] = field(default_factory=list)
    edges: list[GraphEdge] = field(default_factory=list)
    truncated: bool = False


@dataclass
class Facets(Record):
    """How the documents of a search spread over fact types, entities, languages and years."""

    types: list[tuple[str, int]] = field(default_factory=list)
    entities: list[tuple[str, str, str, int]] = field(default_factory=list)  # id, name, type, documents
    langs: list[tuple[str, int]] = field(default_factory=list)
    years: list[tuple[str, int]] = field(default_factory=list)
