"""What every page of the web interface shares: the French and English message catalogue and
the choice of language, the Jinja2 templates (autoescaped), the JSON twin of each page,
access from a browser (a session cookie for the server's token, a CSRF field on forms) and
the security headers (a Content-Security-Policy that forbids inline scripts).

A page handler builds its data as JSON-ready values and calls `respond`: at `/path` the
data is rendered by a template, at `/path.json` it is returned as it is (as datasette does).
"""

from __future__ import annotations

import hashlib
import hmac
import re
from collections.abc import Callable
from functools import lru_cache
from importlib import resources
from typing import Any
from urllib.parse import quote, urlencode, urlsplit

import yaml
from fastapi import Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from veille.facts.render import summary
from veille.schema import schema
from veille.web.app import Settings, settings_of
from veille.web.errors import ApiError

LANGS = ("fr", "en")
DEFAULT_LANG = "fr"  # Veille is French-first: a browser asking for neither language gets French
LANG_COOKIE = "veille_lang"
SESSION_COOKIE = "veille_session"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; "
       "form-action 'self'; frame-ancestors 'none'")
UNGUARDED = ("/docs", "/redoc")  # FastAPI's interactive documentation loads its own scripts
_QUALITY = re.compile(r"^\s*([A-Za-z]{1,8})(?:-[A-Za-z0-9]{1,8})*\s*(?:;\s*q\s*=\s*([0-9.]+))?\s*$")


# --- the message catalogue -----------------------------------------------------------------

@lru_cache(maxsize=1)
def catalogue() -> dict[str, dict[str, str]]:
    """Every message of the interface in French and English (web/messages.yaml)."""
    text = resources.files("veille.web").joinpath("messages.yaml").read_text(encoding="utf-8")
    data = yaml.safe_load(text)
    for key, value in data.items():
        if not isinstance(value, dict) or set(value) != set(LANGS):
            raise ValueError(f"messages.yaml: '{key}' needs exactly a French and an English text")
    return {str(k): {lang: str(v[lang]) for lang in LANGS} for k, v in data.items()}


def translator(lang: str) -> Callable[..., str]:
    """t('key', n=3) in `lang`; an unknown key shows itself, so that a test can find it."""
    messages = catalogue()

    def t(key: str, **values: Any) -> str:
        entry = messages.get(key)
        if entry is None:
            return f"[{key}]"
        return entry[lang].format(**values) if values else entry[lang]

    return t


def accepted_language(header: str | None) -> str | None:
    """The first of French and English in an Accept-Language header, by quality."""
    best: tuple[float, int, str] | None = None
    for position, part in enumerate((header or "").split(",")):
        m = _QUALITY.match(part)
        if not m or m.group(1).lower() not in LANGS:
            continue
        try:
            quality = float(m.group(2)) if m.group(2) else 1.0
        except ValueError:
            continue
        if quality > 0 and (best is None or (-quality, position) < (-best[0], best[1])):
            best = (quality, position, m.group(1).lower())
    return best[2] if best else None


def choose_language(request: Request) -> str:
    """?lang=, else the switch's cookie, else the browser's Accept-Language, else French."""
    for value in (request.query_params.get("lang"), request.cookies.get(LANG_COOKIE)):
        if value in LANGS:
            return str(value)
    return accepted_language(request.headers.get("accept-language")) or DEFAULT_LANG


# --- access from a browser ------------------------------------------------------------------

def _derive(token: str, purpose: str) -> str:
    return hmac.new(token.encode(), f"veille-ui:{purpose}".encode(), hashlib.sha256).hexdigest()


def session_value(token: str) -> str:
    """What the session cookie holds once the user gave the token: derived from it, never it."""
    return _derive(token, "session")


def csrf_value(token: str) -> str:
    """The hidden field every write form carries (a page of another site cannot read it)."""
    return _derive(token, "csrf")


def signed_in(request: Request, settings: Settings) -> bool:
    """The browser gave the server's token (its session cookie), or the request carries it."""
    if not settings.token:
        return False
    cookie = request.cookies.get(SESSION_COOKIE, "")
    if cookie and hmac.compare_digest(cookie.encode(), session_value(settings.token).encode()):
        return True
    header = request.headers.get("authorization", "")
    given = header[7:].strip() if header[:7].lower() == "bearer " else ""
    return bool(given) and hmac.compare_digest(given.encode(), settings.token.encode())


class SignInNeeded(ApiError):
    """A page that needs the token: a browser is sent to the sign-in form."""

    def __init__(self, message: str = "this server needs its token to show its pages") -> None:
        super().__init__(401, "unauthorized", message, "Sign in at /login with the server's token, or send "
                         "Authorization: Bearer TOKEN")


def page_read(request: Request) -> Settings:
    """Pages are open while the server listens on loopback, like the REST API; otherwise the
    browser signs in once with the token (or a client sends it as a bearer header)."""
    settings = settings_of(request)
    if not settings.open_reads and not signed_in(request, settings):
        raise SignInNeeded()
    return settings


def check_write(request: Request, settings: Settings, csrf: str | None) -> None:
    """A write from a page: the server has a token (as for the REST API, a server without one
    takes no writes), the browser signed in with it, the form is this server's own."""
    if not settings.token:
        raise ApiError(403, "writes_disabled", "this server takes no writes: it was started without a token",
                       "Start it with `veille serve --token TOKEN` (or VEILLE_TOKEN=TOKEN), then sign in at /login")
    if not signed_in(request, settings):
        raise SignInNeeded("writes need the server's token")
    origin = request.headers.get("origin")
    if origin and origin != "null" and origin.rstrip("/") != str(request.base_url).rstrip("/"):
        raise ApiError(403, "forbidden", "this form was sent from another site", "Send it from this server's pages")
    if not csrf or not hmac.compare_digest(csrf.encode(), csrf_value(settings.token).encode()):
        raise ApiError(403, "forbidden", "this form is not one of this server's (its csrf field is missing "
                       "or wrong)", "Reload the page and send the form again")


def safe_next(value: str | None) -> str:
    """A local path to go back to after signing in: never another site."""
    if value and value.startswith("/") and not value.startswith("//") and "\\" not in value:
        return value
    return "/"


# --- templates and responses ----------------------------------------------------------------

@lru_cache(maxsize=1)
def environment() -> Environment:
    env = Environment(loader=PackageLoader("veille.web", "templates"),
                      autoescape=select_autoescape(default=True, default_for_string=True),
                      undefined=StrictUndefined, trim_blocks=True, lstrip_blocks=True)
    from veille.web import charts, highlight

    env.globals.update(sparkline=charts.sparkline, marked=highlight.marked, quote=path_part)
    env.filters["path"] = path_part
    env.filters["number"] = lambda v: f"{v:,}".replace(",", "\u202f") if isinstance(v, int) else v
    return env


def path_part(value: Any) -> str:
    """A value as one segment of a URL path."""
    return quote(str(value), safe="")


def is_json(request: Request) -> bool:
    return request.url.path.endswith(".json")


def json_twin(path: str) -> str:
    """The JSON twin's path of a page's path: /search -> /search.json, / -> /.json."""
    return path.rstrip("/") + ".json" if path != "/" else "/.json"


class Ui:
    """What a template needs besides the page's data: the language and its messages, links
    (JSON twin, language switch, the same page with other parameters), access."""

    def __init__(self, request: Request, settings: Settings) -> None:
        self.request = request
        self.lang = choose_language(request)
        self.other_lang = "en" if self.lang == "fr" else "fr"
        self.t = translator(self.lang)
        self.can_write = signed_in(request, settings)
        self.writes = bool(settings.token)
        self.csrf = csrf_value(settings.token) if self.can_write and settings.token else ""
        self.open_reads = settings.open_reads

    def fact_label(self, fact_type: str) -> str:
        types = schema().types
        return types[fact_type].label[self.lang] if fact_type in types else fact_type

    def entity_label(self, entity_type: str) -> str:
        return self.t(f"entity.{entity_type}") if f"entity.{entity_type}" in catalogue() else entity_type

    def role_label(self, fact_type: str, role: str) -> str:
        """'investisseur' for a funding's subject, 'bénéficiaire' for its recipient ..."""
        for key in (f"role.{fact_type}.{role}", f"role.{role}"):
            if key in catalogue():
                return self.t(key)
        return role

    def summary(self, fact_type: str, args: dict[str, Any]) -> str:
        try:
            return summary(fact_type, args, self.lang)
        except (KeyError, ValueError, TypeError):
            return fact_type

    def url(self, path: str = "", drop: tuple[str, ...] = (), **changes: Any) -> str:
        """This page (or `path`) with the current parameters changed: None or '' removes one;
        a list repeats it. `drop` removes others (the page number when a filter changes)."""
        params: list[tuple[str, str]] = [(k, v) for k, v in self.request.query_params.multi_items()
                                         if k not in changes and k not in drop and k != "lang"]
        for key, value in changes.items():
            for v in value if isinstance(value, list | tuple) else [value]:
                if v is not None and v != "" and v is not False:
                    params.append((key, "1" if v is True else str(v)))
        query = urlencode(params)
        return (path or self.request.url.path) + (f"?{query}" if query else "")

    def json_url(self) -> str:
        return self.url(json_twin(self.request.url.path))

    def switch_url(self) -> str:
        base = self.url()
        return base + ("&" if "?" in base else "?") + f"lang={self.other_lang}"

    def has(self, key: str) -> bool:
        return key in catalogue()

    def nav(self) -> list[tuple[str, str]]:
        return [("/", "nav.overview"), ("/search", "nav.search"), ("/ask", "nav.ask"),
                ("/entities", "nav.entities"), ("/facts", "nav.facts"), ("/documents", "nav.documents"),
                ("/graph", "nav.graph"), ("/ingest", "nav.ingest")]

    def active(self, path: str) -> bool:
        here = self.request.url.path
        return here == path if path == "/" else here == path or here.startswith(path + "/")


def respond(request: Request, template: str, data: dict[str, Any], status: int = 200,
            **context: Any) -> Response:
    """The page: at a path ending in .json its data as JSON, else the template rendered with
    `data`, `ui` and the extra `context` (markup the JSON twin leaves out)."""
    if is_json(request):
        return JSONResponse(data, status_code=status)
    return html(request, template, status=status, data=data, **context)


def html(request: Request, template: str, status: int = 200, **context: Any) -> HTMLResponse:
    ui = Ui(request, settings_of(request))
    body = environment().get_template(template).render(ui=ui, t=ui.t, **context)
    response = HTMLResponse(body, status_code=status)
    chosen = request.query_params.get("lang")
    if chosen in LANGS and request.cookies.get(LANG_COOKIE) != chosen:
        response.set_cookie(LANG_COOKIE, str(chosen), max_age=365 * 24 * 3600, samesite="lax", httponly=True)
    return response


def error_page(request: Request, status: int, code: str, message: str, hint: str = "") -> Response:
    """An error as a page of the interface; a page that needs the token sends the browser to
    the sign-in form, and back here after it."""
    if status == 401:
        here = request.url.path + (f"?{request.url.query}" if request.url.query else "")
        if request.method != "GET":  # back to the page the form was on
            referer = urlsplit(request.headers.get("referer", ""))
            here = referer.path if referer.netloc == request.url.netloc and referer.path else "/"
        return RedirectResponse("/login?" + urlencode({"next": here}), status_code=303)
    if status == 404 and message.startswith("no endpoint"):
        message, hint = translator(choose_language(request))("error.no_page"), ""
    try:
        return html(request, "error.html", status=status, code=code, message=message, hint=hint)
    except Exception:  # the error page itself must not fail: plain text then
        return Response(f"{status} {message}\n{hint}\n", status_code=status, media_type="text/plain")


# --- security headers -----------------------------------------------------------------------

class SecurityHeaders:
    """Every response but the interactive API documentation's carries a Content-Security-Policy
    that allows scripts, styles and connections from this server only (no inline script, no
    inline event handler, no `javascript:` URL runs), and tells browsers not to sniff types,
    frame the pages or send addresses to other sites."""

    HEADERS = [(b"content-security-policy", CSP.encode()), (b"x-content-type-options", b"nosniff"),
               (b"referrer-policy", b"same-origin"), (b"x-frame-options", b"DENY")]

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or str(scope.get("path", "")).startswith(UNGUARDED):
            await self.app(scope, receive, send)
            return

        async def with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                message["headers"] = [*message.get("headers", []), *self.HEADERS]
            await send(message)

        await self.app(scope, receive, with_headers)
