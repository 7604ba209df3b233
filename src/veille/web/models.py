"""The REST API's request and response bodies, as Pydantic models: the contract that
`/openapi.json` (and `docs/openapi.json`) publishes. They mirror the library's records
(`veille.records`) and are filled from their `to_dict()`."""

from __future__ import annotations

from datetime import date
from typing import Any

from pydantic import BaseModel, Field, field_validator, model_validator


class ErrorBody(BaseModel):
    code: str = Field(description="Stable, machine-readable: not_found, bad_query, unauthorized ...",
                      examples=["not_found"])
    message: str = Field(description="What went wrong, for a person.",
                         examples=["no entity named 'Nobody Such Corp'"])
    hint: str = Field("", description="What to do about it.",
                      examples=["Search with: GET /api/v1/entities?search=TEXT"])


class ErrorResponse(BaseModel):
    """Every error, whatever its status."""

    error: ErrorBody


class Health(BaseModel):
    status: str = "ok"
    version: str
    documents: int
    entities: int
    facts: int
    failures: int
    writes: bool = Field(description="Whether this server takes writes (it has a token).")


# --- documents ----------------------------------------------------------------------------

class DocumentOut(BaseModel):
    id: str
    name: str = Field(description="The document's id in exports: a file name without extension.")
    lang: str | None
    status: str = Field(description="annotated, not_annotated or duplicate.")
    published: str | None
    title: str | None
    duplicate_of: str | None
    note: str | None
    original: str | None = Field(description="Name of the original of a near duplicate.")
    entities: int
    facts: int


class FailureOut(BaseModel):
    source: str
    code: str
    error: str
    at: str


class DocumentList(BaseModel):
    items: list[DocumentOut]
    failures: list[FailureOut] = Field(description="Inputs whose last ingest failed.")


class DocumentDetail(BaseModel):
    id: str
    name: str
    source: str
    text: str = Field(description="The clean text: every evidence and citation offset points into it.")
    title: str | None
    url: str | None
    published: str | None
    site: str | None
    author: str | None
    lang: str | None
    status: str
    duplicate_of: str | None
    note: str | None


# --- entities -----------------------------------------------------------------------------

class EntityOut(BaseModel):
    id: str
    name: str
    type: str
    documents: int
    mentions: int


class EntityList(BaseModel):
    items: list[EntityOut]


class EntityRefOut(BaseModel):
    id: str
    name: str
    type: str


class AliasOut(BaseModel):
    alias: str
    reason: str = Field(description="Why this name is the entity's: gazetteer, normalised name, user merge ...")


class EntityDocumentOut(BaseModel):
    doc: str
    title: str | None
    published: str | None
    mentions: int
    why: str


class ProfileFactOut(BaseModel):
    id: str
    type: str
    args: dict[str, Any]
    date: str | None
    modality: str
    sources: int
    evidence: str
    doc: str


class RelatedOut(BaseModel):
    name: str
    type: str
    documents: int


class EntityProfileOut(BaseModel):
    id: str
    name: str
    type: str
    kind: str | None
    aliases: list[AliasOut]
    mentions: int
    documents: list[EntityDocumentOut] = Field(description="The latest documents mentioning it, newest first.")
    facts: list[ProfileFactOut] = Field(description="Its latest facts, newest first, undated last.")
    related: list[RelatedOut] = Field(description="The entities mentioned most often with it (counted over "
                                                  "500 of its documents at most).")
    documents_total: int = Field(description="How many documents mention it.")
    facts_total: int = Field(description="How many facts concern it.")


class SplitRequest(BaseModel):
    entity: str = Field(description="The entity, by any of its names or its id.", examples=["Zhipu AI"])
    alias: str = Field(description="The alias to take out into an entity of its own.",
                       examples=["Knowledge Atlas Technology"])


class MergeRequest(BaseModel):
    keep: str = Field(description="The entity kept, by any of its names or its id.", examples=["Zhipu AI"])
    other: str = Field(description="The entity merged into it.", examples=["Z.ai"])


# --- facts --------------------------------------------------------------------------------

class FactOut(BaseModel):
    id: str
    type: str
    args: dict[str, Any] = Field(description="The fact's roles, shaped by the fact schema.")
    date: str | None
    modality: str
    confidence: float
    sources: int = Field(description="How many documents state the fact.")
    conflicts: int = Field(description="How many facts give another value for the same measure.")
    doc: str
    evidence: str = Field(description="The words of the first document that state it.")


class FactPage(BaseModel):
    items: list[FactOut]
    next_cursor: str | None = Field(description="Pass as `cursor` for the next page; null after the last.")


# --- search and answers -------------------------------------------------------------------

class SnippetOut(BaseModel):
    start: int
    end: int
    text: str
    marks: list[tuple[int, int]] = Field(description="Offsets of the matched words.")
    highlighted: str = Field(description="The sentence with the matched words in **bold**.")


class HitOut(BaseModel):
    doc: str
    doc_id: str
    title: str | None
    published: str | None
    lang: str | None
    score: float
    snippets: list[SnippetOut]


class SearchResult(BaseModel):
    items: list[HitOut]


class CitationOut(BaseModel):
    doc: str
    start: int
    end: int
    text: str


class AnswerOut(BaseModel):
    question: str
    found: bool
    answer: str = Field(description='The answer with its sentence, or "not found in the corpus".')
    short: str | None
    kind: str
    source: str | None = Field(description="fact or sentence.")
    score: float
    citations: list[CitationOut]


# --- ingest -------------------------------------------------------------------------------

class IngestRequest(BaseModel):
    """An article as `text`, or the `url` of a page or a feed: one of the two."""

    text: str | None = Field(None, description="The article's text.")
    url: str | None = Field(None, description="An http or https address of a page or an RSS/Atom feed.")
    title: str | None = Field(None, description="With text: the title (default: its first line).")
    lang: str | None = Field(None, pattern=r"^[a-z]{2,3}$", description="With text: fr or en (default: identified).")
    published: str | None = Field(None, pattern=r"^\d{4}-\d{2}-\d{2}$", description="With text: YYYY-MM-DD.")
    name: str | None = Field(None, min_length=1, max_length=200, description="With text: its id in exports.")

    @field_validator("published")
    @classmethod
    def _a_day(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                date.fromisoformat(value)
            except ValueError:
                raise ValueError(f"'{value}' is not a day of the calendar") from None
        return value

    @model_validator(mode="after")
    def _one_source(self) -> IngestRequest:
        if (self.text is None) == (self.url is None):
            raise ValueError("give either text or url")
        if self.url is not None and any((self.title, self.lang, self.published, self.name)):
            raise ValueError("title, lang, published and name go with text, not url")
        return self


class OutcomeOut(BaseModel):
    source: str
    status: str = Field(description="added, unchanged, duplicate, not_annotated or failed.")
    doc_id: str | None
    name: str | None
    message: str
    entities: int
    facts: int


class IngestReport(BaseModel):
    counts: dict[str, int]
    entities: int
    facts: int
    outcomes: list[OutcomeOut]
