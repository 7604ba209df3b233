"""One error shape for every failure of the REST API:
`{"error": {"code": "not_found", "message": "...", "hint": "..."}}`, with a stable `code`.

Domain errors (`VeilleError`) map to a status and a code by their class; FastAPI's own errors
(unknown route, wrong method, invalid parameters, a body too large) and unexpected exceptions
are given the same shape."""

from __future__ import annotations

import logging
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from veille.errors import (
    AnnotationError,
    FeedError,
    FetchError,
    FetchRefused,
    InputError,
    ModelError,
    NotFound,
    StoreError,
    VeilleError,
)
from veille.kb.listing import FilterError
from veille.kb.search import QueryError
from veille.web.models import ErrorResponse

log = logging.getLogger("veille.web")

# The most specific class first: a VeilleError takes the first entry it is an instance of.
DOMAIN: list[tuple[type[VeilleError], int, str]] = [
    (NotFound, 404, "not_found"),
    (FilterError, 400, "bad_query"),
    (QueryError, 400, "bad_query"),
    (FetchRefused, 400, "url_refused"),
    (FeedError, 400, "bad_feed"),
    (FetchError, 502, "fetch_failed"),
    (InputError, 400, "bad_input"),
    (AnnotationError, 500, "annotation_failed"),
    (ModelError, 500, "model_missing"),
    (StoreError, 500, "store_error"),
    (VeilleError, 400, "failed"),
]
BY_STATUS = {400: "bad_request", 401: "unauthorized", 403: "forbidden", 404: "not_found",
             405: "method_not_allowed", 413: "too_large", 415: "unsupported_media_type",
             422: "invalid_request", 500: "internal_error"}
HINTS = {404: "See /docs or /openapi.json for the endpoints under /api/v1",
         405: "See /docs or /openapi.json for the methods of this endpoint",
         413: "Send a smaller body: one article at a time"}
PRIVATE_HINT = ("This server fetches only public addresses; start it with "
                "`veille serve --allow-private-urls` to fetch from your own network")
# Every status an endpoint may answer with an error, for the OpenAPI schema.
RESPONSES: dict[int | str, dict[str, Any]] = {
    status: {"model": ErrorResponse, "description": BY_STATUS[status].replace("_", " ").capitalize()}
    for status in (400, 401, 403, 404, 422, 500)}
WRITE_RESPONSES: dict[int | str, dict[str, Any]] = {
    **RESPONSES, 413: {"model": ErrorResponse, "description": "Too large"},
    502: {"model": ErrorResponse, "description": "Fetch failed"}}


class ApiError(Exception):
    """An error the API answers with as it is."""

    def __init__(self, status: int, code: str, message: str, hint: str = "",
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(message)
        self.status, self.code, self.message, self.hint = status, code, message, hint
        self.headers = headers


def error_response(status: int, code: str, message: str, hint: str = "",
                   headers: dict[str, str] | None = None) -> JSONResponse:
    body = {"error": {"code": code, "message": message, "hint": hint}}
    return JSONResponse(body, status_code=status, headers=headers)


def from_domain(e: VeilleError) -> ApiError:
    status, code = next((s, c) for cls, s, c in DOMAIN if isinstance(e, cls))
    hint = e.hint
    if isinstance(e, FetchRefused) and "allow-private-urls" in hint:
        hint = PRIVATE_HINT
    if isinstance(e, NotFound) and "veille entities --search" in hint:
        hint = "Search with: GET /api/v1/entities?search=TEXT"
    return ApiError(status, code, e.message, hint)


def wants_page(request: Request) -> bool:
    """A browser asking for a page (not the REST API, a JSON twin or a CSV): it gets the error
    as a page of the interface, in the same words."""
    path = request.url.path
    return (not path.startswith(("/api/", "/static/", "/docs", "/openapi")) and not path.endswith((".json", ".csv"))
            and "text/html" in request.headers.get("accept", ""))


def install(app: FastAPI) -> None:
    """Register the handlers that give every error the one shape (as a page for a browser)."""

    def respond(request: Request, status: int, code: str, message: str, hint: str = "",
                headers: dict[str, str] | None = None) -> Response:
        if wants_page(request):
            from veille.web.ui import error_page

            return error_page(request, status, code, message, hint)
        return error_response(status, code, message, hint, headers)

    async def api_error(request: Request, e: Exception) -> Response:
        assert isinstance(e, ApiError)
        return respond(request, e.status, e.code, e.message, e.hint, e.headers)

    async def domain_error(request: Request, e: Exception) -> Response:
        assert isinstance(e, VeilleError)
        return await api_error(request, from_domain(e))

    async def http_error(request: Request, e: Exception) -> Response:
        assert isinstance(e, StarletteHTTPException)
        code = BY_STATUS.get(e.status_code, "error")
        message = e.detail if isinstance(e.detail, str) else code.replace("_", " ")
        if e.status_code == 404 and message == "Not Found":
            message = f"no endpoint {request.url.path}"
        if e.status_code == 405:
            message = f"{request.method} is not allowed on {request.url.path}"
        return respond(request, e.status_code, code, message, HINTS.get(e.status_code, ""),
                       dict(e.headers) if e.headers else None)

    async def validation_error(request: Request, e: Exception) -> Response:
        assert isinstance(e, RequestValidationError)
        return respond(request, 422, "invalid_request", describe(e.errors()),
                       "See /docs or /openapi.json for the parameters of this endpoint")

    async def unexpected(request: Request, e: Exception) -> Response:
        log.exception("unexpected error on %s %s", request.method, request.url.path)
        return respond(request, 500, "internal_error", f"an unexpected error occurred ({type(e).__name__})",
                       "See the server's log; if it persists, report it with the request")

    app.add_exception_handler(ApiError, api_error)
    app.add_exception_handler(VeilleError, domain_error)
    app.add_exception_handler(StarletteHTTPException, http_error)
    app.add_exception_handler(RequestValidationError, validation_error)
    app.add_exception_handler(Exception, unexpected)


def describe(errors: Any) -> str:
    """FastAPI's validation errors in one line: "query parameter 'limit': Input should be ..."."""
    parts = []
    for error in list(errors)[:5]:
        loc = [str(x) for x in error.get("loc", ())]
        where = {"query": "query parameter", "path": "path parameter", "body": "body",
                 "header": "header"}.get(loc[0] if loc else "", "input")
        name = ".".join(loc[1:])
        if error.get("type") == "json_invalid":
            parts.append("body: not valid JSON")
            continue
        label = f"{where} '{name}'" if name else where
        parts.append(f"{label}: {error.get('msg', 'invalid')}")
    return "; ".join(parts) or "invalid request"
