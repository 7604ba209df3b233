"""The web interface's writes: ingest (pasted text, uploaded files, a URL or a feed) as a
background job whose page shows its progress, an entity's split and merge, and signing in.

Writes follow the REST API's rule: a server started without a token takes none; with one, a
browser signs in once with it (a session cookie derived from it, HttpOnly, SameSite=Lax) and
every form carries a CSRF field."""

from __future__ import annotations

import re
from typing import Annotated, Any

from fastapi import APIRouter, Depends, File, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from veille import config
from veille.errors import InputError
from veille.web.app import Settings, settings_of
from veille.web.errors import ApiError
from veille.web.jobs import Job
from veille.web.pages import page
from veille.web.ui import (
    SESSION_COOKIE,
    check_write,
    html,
    page_read,
    path_part,
    respond,
    safe_next,
    session_value,
    signed_in,
)

router = APIRouter(include_in_schema=False)
Read = Annotated[Settings, Depends(page_read)]
Field = Annotated[str | None, Form()]
_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_LANG = re.compile(r"^[a-z]{2,3}$")


def _see(url: str) -> RedirectResponse:
    return RedirectResponse(url, status_code=303)


# --- signing in -----------------------------------------------------------------------------

@router.get("/login", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:
    """The form that takes the server's token once and keeps a session cookie."""
    settings = settings_of(request)
    return html(request, "login.html", next=safe_next(next), error=None, writes=bool(settings.token),
                signed=signed_in(request, settings))


@router.post("/login")
def login(request: Request, token: Annotated[str, Form()] = "", next: Annotated[str, Form()] = "/") -> Response:
    import hmac

    settings = settings_of(request)
    if not settings.token or not hmac.compare_digest(token.encode(), settings.token.encode()):
        return html(request, "login.html", status=401, next=safe_next(next), writes=bool(settings.token),
                    signed=False, error="login.wrong" if settings.token else "login.no_token")
    response = _see(safe_next(next))
    response.set_cookie(SESSION_COOKIE, session_value(settings.token), httponly=True, samesite="lax",
                        secure=request.url.scheme == "https", path="/")
    return response


@router.post("/logout")
def logout(request: Request, csrf: Field = None) -> Response:
    check_write(request, settings_of(request), csrf)
    response = _see("/")
    response.delete_cookie(SESSION_COOKIE, path="/")
    return response


# --- ingest ---------------------------------------------------------------------------------

@page("/ingest", router)
def ingest_form(request: Request, s: Read) -> Response:
    """The ingest form (text, files, URL or feed) and the latest jobs."""
    data = {"writes": bool(s.token), "signed_in": signed_in(request, s),
            "jobs": [j.to_dict() for j in s.jobs.recent()]}
    return respond(request, "ingest.html", data, error=None, form={})


@router.post("/ingest")
def ingest(request: Request, s: Read, mode: Annotated[str, Form()] = "text", csrf: Field = None,
           text: Field = None, title: Field = None, lang: Field = None, published: Field = None,
           url: Field = None, files: Annotated[list[UploadFile] | None, File()] = None) -> Response:
    """Start an ingest job and go to its page."""
    check_write(request, s, csrf)
    form = {"mode": mode, "text": text or "", "title": title or "", "lang": lang or "",
            "published": published or "", "url": url or ""}
    try:
        job = _start(s, mode, form, files or [])
    except (InputError, ApiError) as e:
        message = e.message
        hint = e.hint
        data = {"writes": True, "signed_in": True, "jobs": [j.to_dict() for j in s.jobs.recent()]}
        return respond(request, "ingest.html", data, status=400, form=form,
                       error={"message": message, "hint": hint})
    return _see(f"/ingest/jobs/{path_part(job.id)}")


def _start(s: Settings, mode: str, form: dict[str, str], files: list[UploadFile]) -> Job:
    title, lang, published = (form["title"].strip() or None, form["lang"].strip() or None,
                              form["published"].strip() or None)
    if lang and not _LANG.match(lang):
        raise InputError(f"'{lang}' is not a language code", "Write fr or en, or leave it empty")
    if published and not _DAY.match(published):
        raise InputError(f"'{published}' is not a date", "Write it as YYYY-MM-DD, or leave it empty")
    if mode == "text":
        text = form["text"]
        if not text.strip():
            raise InputError("there is no text to ingest", "Paste an article's text in the box")
        label = (title or text.strip().splitlines()[0])[:120]
        return s.jobs.start(s, "text", label, lambda kb, progress: kb.ingest_text(
            text, title=title, lang=lang, published=published))
    if mode == "file":
        uploads = [(f.filename or "upload", f.file.read(s.policy.max_bytes + 1)) for f in files if f.filename]
        if not uploads:
            raise InputError("no file was chosen", "Choose one or more .txt, .md or .html files")

        def work(kb: Any, progress: Any) -> Any:
            from veille.ingest.run import Report

            report = Report()
            for name, data in uploads:
                try:
                    part = kb.ingest_bytes(data, name, title=title if len(uploads) == 1 else None,
                                           lang=lang, published=published)
                except InputError as e:  # one bad file is recorded; the others go on
                    from veille.ingest.run import Outcome

                    part = Report([Outcome(f"upload:{name}", "failed", message=e.message)])
                for outcome in part.outcomes:
                    progress(outcome)
                report.outcomes += part.outcomes
            return report

        return s.jobs.start(s, "file", ", ".join(n for n, _ in uploads)[:120], work, total=len(uploads))
    if mode == "url":
        address = form["url"].strip()
        if not address:
            raise InputError("there is no address to fetch", "Give the http or https address of a page or a feed")
        from veille.ingest.fetch import parse_url

        parse_url(address)  # refused now, not in the job: an address, never a path
        return s.jobs.start(s, "url", address[:120], lambda kb, progress: kb.ingest_url(
            address, policy=s.policy, progress=progress))
    raise InputError(f"unknown kind of input '{mode}'", "Choose text, file or url")


@page("/ingest/jobs/{job_id}", router)
def job(request: Request, s: Read, job_id: str) -> Response:
    """An ingest job's progress; once done, each document with the facts found in it."""
    found = s.jobs.get(job_id)
    if found is None:
        raise ApiError(404, "not_found", f"no ingest job '{job_id}'",
                       "Jobs are kept while the server runs: start the ingest again from /ingest")
    data = found.to_dict()
    results: list[dict[str, Any]] = []
    if found.done and not request.url.path.endswith(".json"):
        with s.kb() as kb:
            for outcome in data["outcomes"]:
                if not outcome.get("doc_id"):
                    continue
                marks = kb.annotations(outcome["doc_id"], show_all=True)
                seen: dict[str, Any] = {}
                for f in marks.facts:
                    seen.setdefault(f.fact_id, f)
                results.append({"outcome": outcome, "facts": list(seen.values())})
    return respond(request, "job.html", data, results=results, threshold=config.min_confidence())


# --- split and merge ------------------------------------------------------------------------

@router.post("/entities/{ref}/split")
def split(request: Request, s: Read, ref: str, alias: Annotated[str, Form()], csrf: Field = None) -> Response:
    """Undo a merge from the profile: the alias's documents get an entity of their own."""
    check_write(request, s, csrf)
    with s.ingest_lock, s.kb() as kb:
        kept = kb.resolve(ref)
        new = kb.split(kept.id, alias)
    return _see(f"/entities/{path_part(kept.id)}?done=split&other={path_part(new.id)}")


@router.post("/entities/{ref}/merge")
def merge(request: Request, s: Read, ref: str, other: Annotated[str, Form()], csrf: Field = None) -> Response:
    """Merge another entity, named in the form, into this one."""
    check_write(request, s, csrf)
    with s.ingest_lock, s.kb() as kb:
        gone = kb.resolve(other)
        kept = kb.merge(ref, other)
    return _see(f"/entities/{path_part(kept.id)}?done=merge&other={path_part(gone.name)}")
