"""The REST API's endpoints under `/api/v1`: each is a thin layer over `KnowledgeBase`.

Endpoints are plain functions, run by FastAPI in its thread pool: each request opens its own
connection to the store (readers never block on the writer), and ingests run one at a time.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Query, UploadFile

from veille import __version__
from veille.web.app import Settings, read_access, write_access
from veille.web.errors import RESPONSES, WRITE_RESPONSES
from veille.web.models import (
    AnswerOut,
    DocumentDetail,
    DocumentList,
    EntityList,
    EntityProfileOut,
    EntityRefOut,
    FactPage,
    Health,
    IngestReport,
    IngestRequest,
    MergeRequest,
    SearchResult,
    SplitRequest,
)

if TYPE_CHECKING:
    from veille.ingest.run import Report

router = APIRouter(prefix="/api/v1", responses=RESPONSES)
Read = Annotated[Settings, Depends(read_access)]
Write = Annotated[Settings, Depends(write_access)]
Limit = Annotated[int, Query(ge=1, le=1000, description="At most this many items.")]
MAX_OFFSET = 10_000_000  # beyond any store's listing, within SQLite's integers
Offset = Annotated[int, Query(ge=0, le=MAX_OFFSET, description="Skip this many items.")]
Since = Annotated[str | None, Query(description="On or after: YYYY, YYYY-MM or YYYY-MM-DD.", examples=["2025-01"])]
Until = Annotated[str | None, Query(description="On or before: YYYY, YYYY-MM or YYYY-MM-DD.")]
# Reads take the token but need it only from a server that does not listen on loopback: their
# security in the schema is the bearer token or nothing (an empty requirement, added to the one
# FastAPI derives from the dependency).
OPTIONAL_TOKEN: dict[str, Any] = {"security": [{}]}


@router.get("/health", response_model=Health, tags=["server"], openapi_extra=OPTIONAL_TOKEN)
def health(s: Read) -> dict[str, Any]:
    """The server is up: its version, what the store holds, whether it takes writes."""
    with s.kb() as kb:
        return {**kb.stats().to_dict(), "status": "ok", "version": __version__, "writes": bool(s.token)}


# --- documents ------------------------------------------------------------------------------

@router.get("/documents", response_model=DocumentList, tags=["documents"], openapi_extra=OPTIONAL_TOKEN)
def documents(s: Read,
              entity: Annotated[str | None, Query(description="Only the documents mentioning this entity (any of "
                                                            "its names, or its id), last published first.")] = None,
              limit: Annotated[int | None, Query(ge=1, le=MAX_OFFSET, description="At most this many "
                                                                                  "(default: all).")] = None,
              offset: Offset = 0) -> dict[str, Any]:
    """The stored documents (without their text) by name, and the inputs whose last ingest failed."""
    with s.kb() as kb:
        return {"items": kb.documents(limit=limit, offset=offset, entity=entity).to_records(),
                "failures": kb.failures().to_records()}


@router.get("/documents/{ref}", response_model=DocumentDetail, tags=["documents"], openapi_extra=OPTIONAL_TOKEN)
def document(ref: str, s: Read) -> dict[str, Any]:
    """One document with its clean text, by id or name."""
    with s.kb() as kb:
        return kb.document(ref).to_dict()


# --- entities -------------------------------------------------------------------------------

@router.get("/entities", response_model=EntityList, tags=["entities"], openapi_extra=OPTIONAL_TOKEN)
def entities(s: Read, limit: Limit = 50, offset: Offset = 0,
             type: Annotated[str | None, Query(description="organization, person, place, product or event.")] = None,
             search: Annotated[str | None, Query(description="Part of a name or alias (case and accents ignored).")]
             = None) -> dict[str, Any]:
    """Entities by number of documents, then mentions."""
    with s.kb() as kb:
        return {"items": kb.entities(type=type, search=search, limit=limit, offset=offset).to_records()}


@router.post("/entities/split", response_model=EntityRefOut, tags=["entities"], responses=WRITE_RESPONSES)
def split(body: SplitRequest, s: Write) -> dict[str, Any]:
    """Undo a merge: the documents that used `alias` get an entity of their own (returned);
    later ingests keep them apart."""
    with s.kb() as kb:
        return kb.split(body.entity, body.alias).to_dict()


@router.post("/entities/merge", response_model=EntityRefOut, tags=["entities"], responses=WRITE_RESPONSES)
def merge(body: MergeRequest, s: Write) -> dict[str, Any]:
    """Merge entity `other` into `keep` (returned); later ingests keep them merged."""
    with s.kb() as kb:
        return kb.merge(body.keep, body.other).to_dict()


@router.get("/entities/{ref:path}", response_model=EntityProfileOut, tags=["entities"], openapi_extra=OPTIONAL_TOKEN)
def entity(ref: str, s: Read,
           all: Annotated[bool, Query(description="Also the facts below the confidence threshold.")] = False,
           ) -> dict[str, Any]:
    """An entity's profile, by any of its names or its id: aliases and why each was merged, its
    numbers of documents and facts, the 50 documents mentioning it last published and its 100
    latest facts (newest first: the others at `/api/v1/documents?entity=ID&offset=50` and
    `/api/v1/facts?entity=ID`), entities mentioned with it."""
    with s.kb() as kb:
        return kb.entity(ref, show_all=all).to_dict()


# --- facts ----------------------------------------------------------------------------------

@router.get("/facts", response_model=FactPage, tags=["facts"], openapi_extra=OPTIONAL_TOKEN)
def facts(
    s: Read,
    type: Annotated[str | None, Query(description="launch, stock_move, funding, agreement, event, metric, "
                                                  "target, quote or role.")] = None,
    entity: Annotated[str | None, Query(description="Facts about this entity (any of its names, or its id).")] = None,
    modality: Annotated[str | None, Query(description="asserted, reported, claimed or projected.")] = None,
    since: Since = None,
    until: Until = None,
    min_confidence: Annotated[float | None, Query(ge=0, le=1, description="Default: the server's threshold.")]
    = None,
    all: Annotated[bool, Query(description="Also the facts below the confidence threshold.")] = False,
    conflicts: Annotated[bool, Query(description="Only facts another fact contradicts.")] = False,
    corroborated: Annotated[bool, Query(description="Only facts stated by at least two documents.")] = False,
    limit: Limit = 100,
    cursor: Annotated[str | None, Query(description="The `next_cursor` of the previous page.")] = None,
) -> dict[str, Any]:
    """Facts, undated last then by date, with filters; a page at a time (`next_cursor`)."""
    with s.kb() as kb:
        page = kb.facts(type=type, entity=entity, modality=modality, since=since, until=until,
                        min_confidence=min_confidence, show_all=all, conflicts=conflicts,
                        corroborated=corroborated, limit=limit, cursor=cursor)
        return {"items": page.to_records(), "next_cursor": page.next_cursor}


# --- search and answers ---------------------------------------------------------------------

@router.get("/search", response_model=SearchResult, tags=["search"], openapi_extra=OPTIONAL_TOKEN)
def search(
    s: Read,
    q: Annotated[str, Query(description='Words (all required), "a phrase", prefix*, -excluded, OR; '
                                        "empty to list by filters.")] = "",
    entity: Annotated[str | None, Query(description="Only where this entity is mentioned.")] = None,
    type: Annotated[str | None, Query(description="Only sentences stating a fact of this type.")] = None,
    since: Since = None,
    until: Until = None,
    lang: Annotated[str | None, Query(description="fr or en.")] = None,
    limit: Annotated[int, Query(ge=1, le=200, description="At most this many documents.")] = 20,
    offset: Annotated[int, Query(ge=0, le=1000, description="Skip this many documents (at most 1,000: each "
                                                         "document skipped is ranked too).")] = 0,
) -> dict[str, Any]:
    """Full-text search: the best documents, each with its best sentences and their offsets."""
    with s.kb() as kb:
        return {"items": kb.search(q, entity=entity, type=type, since=since, until=until, lang=lang,
                                   limit=limit, offset=offset).to_records()}


@router.get("/ask", response_model=AnswerOut, tags=["search"], openapi_extra=OPTIONAL_TOKEN)
def ask(s: Read,
        q: Annotated[str, Query(min_length=1, description="A question in French or English.")],
        all: Annotated[bool, Query(description="Let facts below the confidence threshold answer.")] = False,
        ) -> dict[str, Any]:
    """Answer a question from the facts first, then the best sentence, with citations; or
    "not found in the corpus" (`found` false)."""
    with s.kb() as kb:
        answer = kb.ask(q, show_all=all)
    return {**answer.to_dict(), "found": answer.found}


# --- ingest ---------------------------------------------------------------------------------

@router.post("/ingest", response_model=IngestReport, tags=["ingest"], responses=WRITE_RESPONSES)
def ingest(body: IngestRequest, s: Write) -> dict[str, Any]:
    """Ingest an article given as text, or a page or feed by URL (fetched from public
    addresses only unless the server allows private ones; size and time bounded)."""
    with s.ingest_lock, s.kb() as kb:
        report: Report
        if body.url is not None:
            report = kb.ingest_url(body.url, policy=s.policy)
        else:
            report = kb.ingest_text(body.text or "", title=body.title, lang=body.lang,
                                    published=body.published, name=body.name)
    return report.to_dict()


@router.post("/ingest/file", response_model=IngestReport, tags=["ingest"], responses=WRITE_RESPONSES)
def ingest_file(
    s: Write,
    file: Annotated[UploadFile, File(description="An article: .txt, .md or .html.")],
    title: Annotated[str | None, Form(description="Its title (default: found in it).")] = None,
    lang: Annotated[str | None, Form(pattern=r"^([a-z]{2,3})?$",
                                     description="fr or en (default, or empty: identified).")] = None,
    published: Annotated[str | None, Form(pattern=r"^(\d{4}-\d{2}-\d{2})?$",
                                          description="YYYY-MM-DD (empty: not given).")] = None,
) -> dict[str, Any]:
    """Ingest an uploaded file (multipart/form-data, field `file`): its name gives its kind
    and its id in exports."""
    data = file.file.read(s.policy.max_bytes + 1)
    with s.ingest_lock, s.kb() as kb:
        report = kb.ingest_bytes(data, file.filename or "upload", title=title, lang=lang,
                                 published=published)
    return report.to_dict()
