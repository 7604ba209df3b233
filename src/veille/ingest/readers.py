"""Turn what a user names (paths, folders, '-', URLs, feeds) into raw items to ingest."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import feedparser
import httpx

from veille import config
from veille.errors import FeedError, FetchError, InputError
from veille.nlp.lexicon import words

SUPPORTED = {".txt": "text", ".md": "text", ".html": "html", ".htm": "html"}
FEED_TYPES = ("application/rss+xml", "application/atom+xml", "application/rdf+xml",
              "application/xml", "text/xml", "application/feed+json")


@dataclass
class RawItem:
    """One article's bytes and what we know of it before cleaning."""

    source: str  # path, URL or '-'
    name: str  # export id
    data: bytes
    kind: str  # text | html
    url: str | None = None
    feed_title: str | None = None
    feed_date: str | None = None


@dataclass
class FailedItem:
    """An item that could not be read; ingest records it and goes on."""

    source: str
    error: InputError


def expand(inputs: list[str]) -> Iterator[str]:
    """Paths, folders (recursive, supported extensions only), '-' and URLs, in order."""
    for item in inputs:
        if item == "-" or is_url(item):
            yield item
            continue
        path = Path(item)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                if (child.is_file() and child.suffix.lower() in SUPPORTED
                        and not any(p.startswith(".") for p in child.relative_to(path).parts)):
                    yield str(child)
        else:
            yield item


def is_url(item: str) -> bool:
    return urlparse(item).scheme in ("http", "https")


def read(item: str, client: httpx.Client | None = None) -> Iterator[RawItem | FailedItem]:
    """Read one input: a file, '-', a page URL, or a feed URL (one item per entry)."""
    try:
        if item == "-":
            yield RawItem("-", "stdin", _check_bytes("standard input", sys.stdin.buffer.read()),
                          "text")
        elif is_url(item):
            yield from _read_url(item, client)
        else:
            yield _read_file(Path(item))
    except InputError as e:
        yield FailedItem(item, e)


def _read_file(path: Path) -> RawItem:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder", "Check the path")
    size = path.stat().st_size
    if size > config.MAX_BYTES:
        raise InputError(
            f"{path}: {size / 1e6:.1f} MB, larger than the {config.MAX_BYTES // 2**20} MB limit "
            "for one article", "Split it into articles or check that it is one")
    kind = SUPPORTED.get(path.suffix.lower())
    data = _check_bytes(str(path), path.read_bytes())
    if kind is None:
        kind = "html" if _looks_html(data) else "text"
    return RawItem(str(path), path.stem, data, kind)


def _check_bytes(label: str, data: bytes) -> bytes:
    if not data.strip():
        raise InputError(f"{label}: empty", "Give a file with the article's text")
    head = data[:8192]
    if b"\x00" in head or _control_ratio(head) > 0.1:
        raise InputError(f"{label}: a binary file, not an article",
                         "Give a .txt, .md or .html file, or a URL")
    return data


def _control_ratio(data: bytes) -> float:
    controls = sum(1 for b in data if b < 32 and b not in (9, 10, 12, 13))
    return controls / max(len(data), 1)


def _looks_html(data: bytes) -> bool:
    head = data[:2048].lower()
    return b"<html" in head or b"<!doctype html" in head or b"<body" in head


def _looks_feed(data: bytes, content_type: str) -> bool:
    if any(t in content_type for t in FEED_TYPES):
        return True
    head = data[:1024].lower()
    return b"<rss" in head or b"<feed" in head or b"<rdf:rdf" in head


def fetch(url: str, client: httpx.Client) -> httpx.Response:
    """GET a URL, turning every failure into a FetchError that says what to do."""
    try:
        response = client.get(url)
    except httpx.TimeoutException as e:
        raise FetchError(f"{url}: timed out", "Try again later or check the address") from e
    except httpx.HTTPError as e:
        raise FetchError(f"{url}: cannot reach it ({type(e).__name__})",
                         "Check the address and your network") from e
    if response.status_code >= 400:
        raise FetchError(f"{url}: HTTP {response.status_code}",
                         "Check the address; the page may have moved or been removed")
    if len(response.content) > config.MAX_BYTES:
        raise InputError(f"{url}: larger than the {config.MAX_BYTES // 2**20} MB limit",
                         "Check that the address is one article")
    return response


def new_client() -> httpx.Client:
    return httpx.Client(timeout=config.FETCH_TIMEOUT, follow_redirects=True,
                        headers={"User-Agent": config.USER_AGENT})


def _read_url(url: str, client: httpx.Client | None) -> Iterator[RawItem | FailedItem]:
    own = client is None
    http = client or new_client()
    try:
        response = fetch(url, http)
        data = _check_bytes(url, response.content)
        ctype = response.headers.get("content-type", "").lower()
        if _looks_feed(data, ctype):
            yield from _read_feed(url, data, http)
            return
        kind = "html" if ("html" in ctype or _looks_html(data)) else "text"
        yield RawItem(url, url_name(url), data, kind, url=str(response.url))
    finally:
        if own:
            http.close()


def _read_feed(url: str, data: bytes, client: httpx.Client) -> Iterator[RawItem | FailedItem]:
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        raise FeedError(f"{url}: a malformed feed ({reason})",
                        "Check that the address is an RSS or Atom feed")
    if not entries:
        raise FeedError(f"{url}: the feed has no items", "Check the feed's address")
    for entry in entries:
        link = entry.get("link")
        if not link:
            continue
        try:
            response = fetch(link, client)
            body = _check_bytes(link, response.content)
            ctype = response.headers.get("content-type", "").lower()
            kind = "html" if ("html" in ctype or _looks_html(body)) else "text"
            yield RawItem(link, url_name(link), body, kind, url=str(response.url),
                          feed_title=entry.get("title"), feed_date=_entry_date(entry))
        except InputError as e:
            yield FailedItem(link, e)


def _entry_date(entry: feedparser.FeedParserDict) -> str | None:
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    if not parsed:
        return None
    return f"{parsed.tm_year:04d}-{parsed.tm_mon:02d}-{parsed.tm_mday:02d}"


def url_name(url: str) -> str:
    """An export id for a URL: the last meaningful path segment without extension
    ('.../2025/zhipu-glm5/index.html' -> 'zhipu-glm5'), else the host."""
    parsed = urlparse(url)
    parts = [Path(p).stem for p in parsed.path.split("/") if p]
    generic = words("lexicon/ingest.yaml", "generic_pages")
    while parts and (not parts[-1] or parts[-1].lower() in generic):
        parts.pop()
    return parts[-1] if parts else parsed.netloc
