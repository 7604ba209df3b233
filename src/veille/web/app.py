"""The web application: FastAPI over one knowledge base, its REST API under `/api/v1` and
its pages (`web/pages.py`, `web/actions.py`), each page with a JSON twin.

Access: write endpoints (ingest, split, merge) need `Authorization: Bearer TOKEN` and are
refused when the server has no token; read endpoints are open when the server listens on a
loopback address only, and need the token otherwise (a server reachable from other machines
cannot start without one). URL and feed ingest goes through the fetch policy
(`veille.ingest.fetch`): public addresses only unless `allow_private_urls`, bounded size and
time. Request bodies are bounded too.
"""

from __future__ import annotations

import dataclasses
import hmac
import ipaddress
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Annotated

from fastapi import Depends, FastAPI, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille import __version__, config
from veille.api import KnowledgeBase
from veille.errors import VeilleError
from veille.ingest.fetch import FetchPolicy
from veille.web import errors
from veille.web.errors import ApiError
from veille.web.jobs import Jobs

MULTIPART_SLACK = 64 * 1024  # a form's boundaries and fields around one article's bytes
bearer = HTTPBearer(auto_error=False, description="The server's token (veille serve --token or VEILLE_TOKEN).")
Credentials = Annotated[HTTPAuthorizationCredentials | None, Depends(bearer)]


@dataclass
class Settings:
    """What a running app knows: its store, its token, whether reads are open, the fetch
    policy for URLs, the largest request body, and a lock so that one ingest runs at a time
    (the language pipelines are shared by the request threads)."""

    kb_path: str | Path  # a store file, or a PostgreSQL URI
    token: str | None
    open_reads: bool
    policy: FetchPolicy
    max_body: int
    ingest_lock: threading.Lock = field(default_factory=threading.Lock)
    jobs: Jobs = field(default_factory=Jobs)

    @contextmanager
    def kb(self) -> Iterator[KnowledgeBase]:
        """A knowledge base for one request (one SQLite connection per request thread)."""
        with KnowledgeBase(self.kb_path) as kb:
            yield kb


def is_loopback(host: str) -> bool:
    """'127.0.0.1', '::1', 'localhost': only this machine can connect."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def create_app(kb_path: str | Path | None = None, token: str | None = None,
               allow_private_urls: bool = False, bind_host: str = "127.0.0.1",
               max_body: int | None = None) -> FastAPI:
    """The FastAPI app serving the knowledge base at `kb_path` (default $VEILLE_DB, else
    ./veille.db). `token` enables writes (and reads from other machines); `bind_host` is
    the address the server listens on: other than loopback, a token is required.
    `allow_private_urls` lets URL ingest reach this machine and private networks.
    `max_body` bounds request bodies (default: the article size limit, VEILLE_MAX_BYTES)."""
    token = token or None
    if not is_loopback(bind_host) and not token:
        raise VeilleError(f"a server listening on {bind_host} is reachable from other machines and needs a token",
                          "Start it with --token TOKEN (or VEILLE_TOKEN=TOKEN), or listen on 127.0.0.1")
    policy = dataclasses.replace(FetchPolicy.from_env(), allow_private=allow_private_urls)
    path = config.db_store(str(kb_path) if kb_path is not None else None)
    KnowledgeBase(path).close()  # created, migrated, and any error raised now, not per request
    settings = Settings(path, token, is_loopback(bind_host), policy,
                        max_body if max_body is not None else policy.max_bytes + MULTIPART_SLACK)
    app = FastAPI(
        title="Veille", version=__version__,
        description="A knowledge base of the AI ecosystem built from news articles: documents, "
                    "entities with their aliases, typed facts with evidence, search and cited answers. "
                    "Errors are `{\"error\": {\"code\", \"message\", \"hint\"}}`. Write endpoints need "
                    "`Authorization: Bearer TOKEN`; read endpoints too when the server is not on loopback.",
        redoc_url=None)
    app.state.settings = settings
    errors.install(app)
    app.add_middleware(BodyLimit, max_body=settings.max_body)
    from fastapi.staticfiles import StaticFiles

    from veille.web import actions, feeds, pages
    from veille.web.routes import router
    from veille.web.ui import SecurityHeaders

    app.add_middleware(SecurityHeaders)
    app.include_router(router)
    app.include_router(actions.router)
    app.include_router(feeds.router)
    app.include_router(pages.router)
    app.mount("/static", StaticFiles(packages=[("veille.web", "static")]), name="static")
    return app


def settings_of(request: Request) -> Settings:
    value: Settings = request.app.state.settings
    return value


def _check_token(settings: Settings, credentials: HTTPAuthorizationCredentials | None) -> None:
    given = credentials.credentials if credentials else ""
    if not settings.token or not hmac.compare_digest(given.encode(), settings.token.encode()):
        raise ApiError(401, "unauthorized", "a valid token is required" if given else "no token given",
                       "Send the header Authorization: Bearer TOKEN, with the token the server was started with",
                       {"WWW-Authenticate": "Bearer"})


def read_access(request: Request, credentials: Credentials) -> Settings:
    """Open on loopback; otherwise the token."""
    settings = settings_of(request)
    if not settings.open_reads:
        _check_token(settings, credentials)
    return settings


def write_access(request: Request, credentials: Credentials) -> Settings:
    """The token, always; refused outright by a server started without one."""
    settings = settings_of(request)
    if not settings.token:
        raise ApiError(403, "writes_disabled", "this server takes no writes: it was started without a token",
                       "Start it with `veille serve --token TOKEN` (or VEILLE_TOKEN=TOKEN) and send "
                       "Authorization: Bearer TOKEN")
    _check_token(settings, credentials)
    return settings


class BodyLimit:
    """Refuse a request body larger than `max_body` bytes: at once when its Content-Length
    says so, else as soon as the bytes received pass it."""

    def __init__(self, app: ASGIApp, max_body: int) -> None:
        self.app, self.max_body = app, max_body

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length")
        if length is not None and length.isdigit() and int(length) > self.max_body:
            await self._refuse(scope, receive, send)
            return
        seen = 0

        async def counted() -> Message:
            nonlocal seen
            message = await receive()
            seen += len(message.get("body", b""))
            if seen > self.max_body:
                from fastapi import HTTPException

                raise HTTPException(413, self._message())
            return message

        await self.app(scope, counted, send)

    def _message(self) -> str:
        return f"the request body is larger than the server's limit of {self.max_body:,} bytes"

    async def _refuse(self, scope: Scope, receive: Receive, send: Send) -> None:
        response = errors.error_response(413, "too_large", self._message(), errors.HINTS[413])
        await response(scope, receive, send)
