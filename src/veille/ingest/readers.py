"""Turn what a user names (paths, folders, '-', URLs, feeds) into raw items to ingest."""

from __future__ import annotations

import sys
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlparse

import feedparser

from veille.errors import FeedError, InputError
from veille.ingest.fetch import Fetched, Fetcher, FetchPolicy, looks_like_url, redact
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
    title: str | None = None  # given by the caller: wins over the title found in the text
    lang: str | None = None  # given by the caller: no language identification


@dataclass
class FailedItem:
    """An item that could not be read; ingest records it and goes on."""

    source: str
    error: InputError


def expand(inputs: Iterable[str | RawItem]) -> Iterator[str | RawItem]:
    """Paths, folders (recursive, supported extensions only), '-', URLs and items already
    read, in order."""
    for item in inputs:
        if isinstance(item, RawItem) or item == "-" or is_url(item):
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
    """'scheme://...' is an address (one that is not http or https is refused with a reason)."""
    return looks_like_url(item)


def read(item: str, fetcher: Fetcher | None = None) -> Iterator[RawItem | FailedItem]:
    """Read one input: a file, '-', a page URL, or a feed URL (one item per entry). URLs are
    fetched by `fetcher` (its policy also gives the size limit), else under the environment's
    policy."""
    try:
        max_bytes = fetcher.policy.max_bytes if fetcher else FetchPolicy.from_env().max_bytes
        if item == "-":
            data = sys.stdin.buffer.read(max_bytes + 1)
            if len(data) > max_bytes:
                raise InputError(f"standard input: larger than the {max_bytes // 2**20} MB limit "
                                 "for one article", "Give one article at a time")
            yield RawItem("-", "stdin", _check_bytes("standard input", data), "text")
        elif is_url(item):
            yield from _read_url(item, fetcher)
        else:
            yield _read_file(Path(item), max_bytes)
    except InputError as e:
        yield FailedItem(redact(item), e)


def _read_file(path: Path, max_bytes: int) -> RawItem:
    if not path.exists():
        raise InputError(f"{path}: no such file or folder", "Check the path")
    _check_size(str(path), path.stat().st_size, max_bytes)
    return from_bytes(str(path), path.stem, path.read_bytes(), max_bytes, path.suffix)


def from_bytes(source: str, name: str, data: bytes, max_bytes: int, suffix: str = "") -> RawItem:
    """An article given as bytes (a file's, an upload's, a text's), checked like a file: not
    empty, not binary, within `max_bytes`; HTML by its suffix or its first bytes."""
    _check_size(source, len(data), max_bytes)
    kind = SUPPORTED.get(suffix.lower())
    data = _check_bytes(source, data)
    if kind is None:
        kind = "html" if _looks_html(data) else "text"
    return RawItem(source, name, data, kind)


def _check_size(label: str, size: int, max_bytes: int) -> None:
    if size > max_bytes:
        raise InputError(
            f"{label}: {size / 1e6:.1f} MB, larger than the {max_bytes // 2**20} MB limit "
            "for one article", "Split it into articles or check that it is one")


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


def _read_url(url: str, fetcher: Fetcher | None) -> Iterator[RawItem | FailedItem]:
    own = fetcher is None
    http = fetcher or Fetcher()
    try:
        shown = redact(url)
        page = http.get(url)
        data = _check_bytes(shown, page.data)
        if _looks_feed(data, page.content_type):
            yield from _read_feed(shown, data, http)
            return
        yield _page(shown, page, data)
    finally:
        if own:
            http.close()


def _page(source: str, page: Fetched, data: bytes,
          entry: feedparser.FeedParserDict | None = None) -> RawItem:
    """A fetched page: its source is the URL asked for, its url the one answered after redirects."""
    kind = "html" if ("html" in page.content_type or _looks_html(data)) else "text"
    title, date = (entry.get("title"), _entry_date(entry)) if entry is not None else (None, None)
    return RawItem(source, url_name(source), data, kind, url=page.url, feed_title=title,
                   feed_date=date)


def _read_feed(url: str, data: bytes, fetcher: Fetcher) -> Iterator[RawItem | FailedItem]:
    """Each item of a feed (at most the policy's max_feed_items), fetched under the policy."""
    parsed = feedparser.parse(data)
    entries = parsed.get("entries") or []
    if parsed.get("bozo") and not entries:
        reason = parsed.get("bozo_exception")
        raise FeedError(f"{url}: a malformed feed ({reason})",
                        "Check that the address is an RSS or Atom feed")
    if not entries:
        raise FeedError(f"{url}: the feed has no items", "Check the feed's address")
    linked = [(entry, entry["link"]) for entry in entries if entry.get("link")]
    if not linked:
        raise FeedError(f"{url}: none of the feed's {len(entries)} items links to an article",
                        "Check that the address is a feed of articles")
    cap = fetcher.policy.max_feed_items
    for entry, link in linked[:cap]:
        try:
            page = fetcher.get(link)
            yield _page(redact(link), page, _check_bytes(redact(link), page.data), entry)
        except InputError as e:
            yield FailedItem(redact(link), e)
    if len(linked) > cap:
        yield FailedItem(url, FeedError(
            f"{url}: the feed has {len(linked)} items; only the first {cap} were read",
            f"Set VEILLE_MAX_FEED_ITEMS={len(linked)} to read them all"))


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
