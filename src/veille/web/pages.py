"""The web interface's pages, server-rendered over `KnowledgeBase`; each has a JSON twin at
the same path with `.json` (`/search?q=` and `/search.json?q=`) holding the data the page
shows. The writes (ingest, split, merge, sign in) are in `web/actions.py`.

Pages are plain functions run in FastAPI's thread pool, each with its own connection to the
store; lists are paged so that a page stays fast on a big store.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Request
from fastapi.responses import HTMLResponse, Response

from veille.errors import VeilleError
from veille.kb.graph import LINKS
from veille.kb.listing import FilterError
from veille.models import ENTITY_TYPES, FACT_TYPES, MODALITIES
from veille.records import FactSpan
from veille.web import charts, highlight
from veille.web.app import Settings
from veille.web.errors import from_domain
from veille.web.ui import Ui, is_json, json_twin, page_read, path_part, respond

router = APIRouter(include_in_schema=False)
Read = Annotated[Settings, Depends(page_read)]
Text = Annotated[str | None, Query()]
SEARCH_PAGE = 20
FACET_WINDOW = 100  # facets count the first hits up to this many
MAX_PAGE = 50
LIST_PAGE = 50
MAX_LIST_PAGE = 200_000  # 10 million rows: beyond any store, within SQLite's integers
FACTS_PAGE = 50
PROFILE_ROWS = 100  # an entity's latest facts on its profile
PROFILE_DOCS = 50  # its latest documents
CHART_FACTS = 500  # its latest facts drawn on its charts
DOTS = 60  # a type with more facts than this is drawn on the time line month by month
BARS = 24  # the latest amounts raised and stock moves drawn


def page(path: str, on: APIRouter = router) -> Callable[[Callable[..., Response]], Callable[..., Response]]:
    """Serve a handler at `path` and at its JSON twin (registered first, so that
    `/entities/{ref}.json` is never taken for an entity named 'x.json')."""

    def decorate(fn: Callable[..., Response]) -> Callable[..., Response]:
        on.add_api_route(json_twin(path), fn, methods=["GET"])
        on.add_api_route(path, fn, methods=["GET"], response_class=HTMLResponse)
        return fn

    return decorate


def _failed(request: Request, e: VeilleError, data: dict[str, Any]) -> int:
    """A filter or query the knowledge base refuses: the JSON twin answers with the error, the
    page shows it above the form."""
    if is_json(request):
        raise e
    error = from_domain(e)
    data["error"] = {"code": error.code, "message": error.message, "hint": error.hint}
    return error.status


def _clean(**values: Any) -> dict[str, Any]:
    return {k: (v.strip() if isinstance(v, str) else v) or None for k, v in values.items()}


# --- overview -------------------------------------------------------------------------------

@page("/")
def overview(request: Request, s: Read, since: Text = None) -> Response:
    """What is new since a date: latest facts by type, rising entities, sources, failures."""
    data: dict[str, Any] = {"since": since}
    status = 200
    with s.kb() as kb:
        try:
            data.update(kb.overview(since or None).to_dict())
        except VeilleError as e:
            status = _failed(request, e, data)
            data.update(kb.overview().to_dict())
        data["stats"] = kb.stats().to_dict()
    return respond(request, "overview.html", data, status, types=FACT_TYPES)


# --- search and ask -------------------------------------------------------------------------

@page("/search")
def search(request: Request, s: Read, q: str = "", type: Text = None, entity: Text = None,
           lang: Text = None, since: Text = None, until: Text = None,
           page: Annotated[int, Query(ge=1, le=MAX_PAGE)] = 1) -> Response:
    """Full-text search with facets (fact type, entity, language, year) and pages."""
    filters = _clean(type=type, entity=entity, lang=lang, since=since, until=until)
    data: dict[str, Any] = {"q": q, "filters": filters, "page": page, "items": [], "has_next": False,
                            "facets": None}
    status = 200
    if q.strip() or any(filters.values()):
        start = (page - 1) * SEARCH_PAGE
        try:
            with s.kb() as kb:
                hits = kb.search(q, entity=filters["entity"], type=filters["type"], since=filters["since"],
                                 until=filters["until"], lang=filters["lang"],
                                 limit=max(FACET_WINDOW, start + SEARCH_PAGE + 1))
                data["items"] = [h.to_dict() for h in hits[start:start + SEARCH_PAGE]]
                data["has_next"] = len(hits) > start + SEARCH_PAGE
                data["facets"] = kb.facets([h.doc_id for h in hits]).to_dict()
                data["counted"] = len(hits)
        except VeilleError as e:
            status = _failed(request, e, data)
    return respond(request, "search.html", data, status, types=FACT_TYPES)


@page("/ask")
def ask(request: Request, s: Read, q: str = "") -> Response:
    """A question answered with its citation, the cited words marked in the article."""
    data: dict[str, Any] = {"q": q, "answer": None}
    previews = []
    status = 200
    if q.strip():
        with s.kb() as kb:
            try:
                answer = kb.ask(q)
            except VeilleError as e:
                status = _failed(request, e, data)
            else:
                data["answer"] = {**answer.to_dict(), "found": answer.found}
                for c in answer.citations[:3]:
                    doc = kb.document(c.doc)
                    lo, hi = highlight.excerpt_bounds(doc.text, c.start, c.end, 600)
                    stated = {f.fact_id: f for f in kb.annotations(doc.id).facts
                              if f.start <= c.start and c.end <= f.end}
                    previews.append({
                        "doc": doc.name, "title": doc.title, "published": doc.published,
                        "before": lo > 0, "after": hi < len(doc.text), "facts": list(stated.values()),
                        "href": f"/documents/{path_part(doc.name)}?start={c.start}&end={c.end}",
                        "html": highlight.render(doc.text[lo:hi], target=(c.start - lo, c.end - lo))})
    return respond(request, "ask.html", data, status, previews=previews)


# --- entities -------------------------------------------------------------------------------

@page("/entities")
def entities(request: Request, s: Read, search: Text = None, type: Text = None,
             page: Annotated[int, Query(ge=1, le=MAX_LIST_PAGE)] = 1) -> Response:
    """Entities by number of documents, with a name search and a type filter."""
    filters = _clean(search=search, type=type)
    data: dict[str, Any] = {"filters": filters, "page": page, "items": [], "has_next": False}
    status = 200
    with s.kb() as kb:
        try:
            found = kb.entities(type=filters["type"], search=filters["search"], limit=LIST_PAGE + 1,
                                offset=(page - 1) * LIST_PAGE)
            data["items"] = found.to_records()[:LIST_PAGE]
            data["has_next"] = len(found) > LIST_PAGE
        except VeilleError as e:
            status = _failed(request, e, data)
    return respond(request, "entities.html", data, status, types=ENTITY_TYPES)


@page("/entities/{ref}")
def entity(request: Request, s: Read, ref: str) -> Response:
    """An entity's profile: aliases and why, split and merge, its facts on a time line, its
    money raised, stock moves and targets, its neighbourhood in the graph, its documents."""
    with s.kb() as kb:
        profile = kb.entity(ref, documents=PROFILE_DOCS, facts=PROFILE_ROWS)
        charted = [] if is_json(request) else kb.entity_facts(profile.id, latest=CHART_FACTS).to_records()
    # The JSON twin holds the profile's pages of documents and facts and where the rest are,
    # not every fact the charts are drawn from (megabytes for an entity of a big store).
    data = {**profile.to_dict(), "more": {"documents": f"/documents?entity={path_part(profile.id)}",
                                          "facts": f"/facts?entity={path_part(profile.id)}"}}
    if is_json(request):
        return respond(request, "entity.html", data)
    ui = Ui(request, s)
    return respond(request, "entity.html", data, facts=data["facts"], charts=entity_charts(charted, ui, profile.id),
                   charted=len(charted) if profile.facts_total > CHART_FACTS else None,
                   done=request.query_params.get("done"), other=request.query_params.get("other"))


def entity_charts(facts: list[dict[str, Any]], ui: Ui, entity_id: str) -> dict[str, Any]:
    """The profile's charts: every fact on a time line by type (a type with many facts by
    month, each dot then a link to that month's facts in the table); money it raised (as
    recipient) or put in (as investor), in US dollars; its stock moves; its targets (the
    latest of each when there are many)."""
    by_type: dict[str, list[charts.Point]] = {}
    money, moves, targets = [], [], []
    for f in facts:
        day = charts.day_of(f["date"])
        text = ui.summary(f["type"], f["args"])
        href = f"/facts/{path_part(f['id'])}"
        if day is not None:
            by_type.setdefault(f["type"], []).append(charts.Point(day, 0, f"{f['date']} · {text}", href,
                                                                  f"t-{f['type']}"))
        args = f["args"]
        if f["type"] == "funding" and day is not None:
            amount = args.get("amount") or {}
            usd = amount.get("usd") or (amount.get("value") if amount.get("currency") == "USD" else None)
            if usd:
                role = "raised" if f["role"] == "recipient" else "invested"
                money.append(charts.Point(day, float(usd), f"{f['date']} · {text}", href, f"m-{role}"))
        elif f["type"] == "stock_move" and day is not None and isinstance(args.get("change_pct"), int | float):
            pct = float(args["change_pct"])
            moves.append(charts.Point(day, pct, f"{f['date']} · {text}", href, "up" if pct >= 0 else "down"))
        elif f["type"] == "target":
            deadline = args.get("deadline")
            when = charts.day_of(str(deadline)) if deadline else day
            if when is not None:
                targets.append(charts.Point(when, 0, text, href, "t-target"))
    rows = [(t, ui.fact_label(t)) for t in FACT_TYPES]
    for kind, points in by_type.items():
        if len(points) > DOTS:
            by_type[kind] = charts.monthly(points, _month_of(ui, entity_id, kind))
    return {
        "timeline": charts.timeline(rows, by_type, ui.t("entity.timeline")),
        "undated": sum(1 for f in facts if charts.day_of(f["date"]) is None),
        "money": charts.bars(sorted(money, key=lambda p: p.day)[-BARS:], ui.t("entity.money"), charts.money_text),
        "moves": charts.bars(sorted(moves, key=lambda p: p.day)[-BARS:], ui.t("entity.moves"), lambda v: f"{v:+.1f} %"),
        "targets": charts.deadlines(targets, ui.t("entity.targets")),
    }


def _month_of(ui: Ui, entity_id: str, kind: str) -> Callable[[str, int], tuple[str, str]]:
    def describe(month: str, n: int) -> tuple[str, str]:
        return (ui.t("entity.month_facts", n=n, month=month),
                f"/facts?entity={path_part(entity_id)}&type={kind}&since={month}&until={month}")

    return describe


# --- facts ----------------------------------------------------------------------------------

def _facts(s: Settings, filters: dict[str, Any], cursor: str | None, limit: int) -> dict[str, Any]:
    with s.kb() as kb:
        found = kb.facts(type=filters["type"], entity=filters["entity"], modality=filters["modality"],
                         since=filters["since"], until=filters["until"],
                         min_confidence=filters["min_confidence"], show_all=bool(filters["all"]),
                         conflicts=bool(filters["conflicts"]), corroborated=bool(filters["corroborated"]),
                         limit=limit, cursor=cursor)
    return {"items": found.to_records(), "next_cursor": found.next_cursor}


FactFilters = dict[str, Any]


def fact_filters(type: Text = None, entity: Text = None, modality: Text = None, since: Text = None,
                 until: Text = None, min_confidence: Text = None,
                 all: bool = False, conflicts: bool = False, corroborated: bool = False) -> FactFilters:
    """The facts page's filters; a field the form sent empty is no filter."""
    return {**_clean(type=type, entity=entity, modality=modality, since=since, until=until),
            "min_confidence": _confidence(min_confidence), "all": all, "conflicts": conflicts,
            "corroborated": corroborated}


def _confidence(value: str | None) -> float | None:
    if value is None or not value.strip():
        return None
    try:
        number = float(value)
    except ValueError:
        number = -1.0
    if not 0 <= number <= 1:
        raise FilterError(f"'{value}' is not a confidence", "Give a number between 0 and 1, such as 0.6")
    return number


Filters = Annotated[FactFilters, Depends(fact_filters)]
Limit = Annotated[int, Query(ge=1, le=1000)]


@page("/facts")
def facts(request: Request, s: Read, filters: Filters, cursor: Text = None, limit: Limit = FACTS_PAGE) -> Response:
    """The facts as a table with filters, a page at a time; /facts.csv gives the same rows."""
    data: dict[str, Any] = {"filters": filters, "cursor": cursor, "limit": limit, "items": [], "next_cursor": None}
    status = 200
    try:
        data.update(_facts(s, filters, cursor, limit))
    except VeilleError as e:
        status = _failed(request, e, data)
    return respond(request, "facts.html", data, status, types=FACT_TYPES, modalities=MODALITIES)


CSV_COLUMNS = ["id", "type", "statement", "date", "modality", "confidence", "sources", "conflicts",
               "doc", "evidence", "args"]


@router.get("/facts.csv")
def facts_csv(request: Request, s: Read, filters: Filters, cursor: Text = None,
              limit: Limit = FACTS_PAGE) -> Response:
    """Exactly the rows the facts page shows with the same parameters, as CSV (the statement in
    the interface's language, the roles as JSON)."""
    import json

    ui = Ui(request, s)
    rows = _facts(s, filters, cursor, limit)["items"]
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(CSV_COLUMNS)
    for f in rows:
        writer.writerow([f["id"], f["type"], ui.summary(f["type"], f["args"]), f["date"] or "", f["modality"],
                         f["confidence"], f["sources"], f["conflicts"], f["doc"], f["evidence"],
                         json.dumps(f["args"], ensure_ascii=False, sort_keys=True)])
    return Response(out.getvalue().encode("utf-8-sig"), media_type="text/csv; charset=utf-8",
                    headers={"Content-Disposition": 'attachment; filename="veille-facts.csv"'})


@page("/facts/{fact_id}")
def fact(request: Request, s: Read, fact_id: str, doc: Text = None) -> Response:
    """A fact and its provenance: the article's text with its evidence marked and scrolled
    to, and the statements of other articles that corroborate or contradict it."""
    with s.kb() as kb:
        detail = kb.fact(fact_id)
        shown = next((st for st in detail.statements if doc in (st.doc, st.doc_id)), detail.statements[0])
        document = kb.document(shown.doc_id)
        marks = kb.annotations(document.id)
    spans = [f for f in marks.facts if f.fact_id != fact_id]
    spans += [FactSpan(st.start, st.end, fact_id, detail.fact.type, detail.fact.args, detail.fact.date,
                       detail.fact.modality, detail.fact.confidence)
              for st in detail.statements if st.doc_id == document.id]
    ui = Ui(request, s)
    text = highlight.render(document.text, marks.mentions, spans, target_fact=fact_id,
                            fact_href=lambda i: f"/facts/{path_part(i)}?doc={path_part(document.name)}",
                            entity_label=ui.entity_label)
    data = {**detail.to_dict(), "shown": shown.to_dict()}
    return respond(request, "fact.html", data, document=document.to_dict() | {"text": None}, text=text)


# --- documents ------------------------------------------------------------------------------

@page("/documents")
def documents(request: Request, s: Read, page: Annotated[int, Query(ge=1, le=MAX_LIST_PAGE)] = 1,
              entity: Text = None) -> Response:
    """The stored documents by name, a page at a time, and the failed inputs; or the documents
    mentioning an entity, last published first."""
    with s.kb() as kb:
        named = kb.resolve(entity) if entity and entity.strip() else None
        found = kb.documents(limit=LIST_PAGE + 1, offset=(page - 1) * LIST_PAGE, entity=named.id if named else None)
        failures = kb.failures()
    data = {"page": page, "entity": named.to_dict() if named else None, "items": found.to_records()[:LIST_PAGE],
            "has_next": len(found) > LIST_PAGE, "failures": failures.to_records()}
    return respond(request, "documents.html", data)


@page("/documents/{ref}")
def document(request: Request, s: Read, ref: str, fact: Text = None,
             start: Annotated[int | None, Query(ge=0)] = None, end: Annotated[int | None, Query(ge=0)] = None,
             all: bool = False) -> Response:
    """A document's clean text with its entities and facts marked (a fact, or a cited span,
    as the target), and the list of its facts."""
    with s.kb() as kb:
        doc = kb.document(ref)
        marks = kb.annotations(doc.id, show_all=all)
    ui = Ui(request, s)
    target = (start, end) if start is not None and end is not None and start < end else None
    text = highlight.render(doc.text, marks.mentions, marks.facts, target=target, target_fact=fact,
                            fact_href=lambda i: f"/facts/{path_part(i)}?doc={path_part(doc.name)}",
                            entity_label=ui.entity_label)
    _, numbers = highlight.numbered(marks.facts)
    listed: dict[str, FactSpan] = {}
    for f in marks.facts:
        listed.setdefault(f.fact_id, f)
    data = {**doc.to_dict(), **marks.to_dict()}
    return respond(request, "document.html", data, text=text,
                   listed=sorted(listed.values(), key=lambda f: numbers[f.fact_id]), numbers=numbers)


# --- graph ----------------------------------------------------------------------------------

@page("/graph")
def graph(request: Request, s: Read, type: Annotated[list[str] | None, Query()] = None,
          entity_type: Annotated[list[str] | None, Query()] = None, since: Text = None, until: Text = None,
          entity: Text = None, mentions: Annotated[int, Query(ge=0, le=50)] = 0,
          limit: Annotated[int, Query(ge=1, le=2000)] = 300) -> Response:
    """The entity graph built from facts, filtered by fact type, entity type and date; laid
    out in the browser (static/graph.js) from this page's JSON twin."""
    filters = _clean(since=since, until=until, entity=entity)
    filters.update(type=[t for t in type or [] if t], entity_type=[t for t in entity_type or [] if t])
    data: dict[str, Any] = {"filters": filters, "nodes": [], "edges": [], "truncated": False}
    status = 200
    try:
        with s.kb() as kb:
            data.update(kb.graph(types=filters["type"], entity_types=filters["entity_type"],
                                 since=filters["since"], until=filters["until"], entity=filters["entity"],
                                 mentions=mentions, limit=limit).to_dict())
    except VeilleError as e:
        status = _failed(request, e, data)
    names = {n["id"]: n["name"] for n in data["nodes"]}
    return respond(request, "graph.html", data, status, links=list(LINKS), entity_types=ENTITY_TYPES,
                   names=names)
