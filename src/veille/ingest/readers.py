"""Turn what a user names (paths, folders, '-', URLs, feeds) into raw items to ingest."""

from __future__ import annotations

import codecs
import errno
import os
import stat
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


def expand(inputs: Iterable[str | RawItem]) -> Iterator[str | RawItem | FailedItem]:
    """Paths, folders (recursive, supported extensions only), '-', URLs and items already
    read, in order. A folder that cannot be read and a symbolic link leading back to a folder
    already read are failed items; the rest of the folder is read."""
    for item in inputs:
        if isinstance(item, RawItem) or item == "-" or is_url(item):
            yield item
            continue
        path = Path(item)
        try:
            is_dir = path.is_dir()
        except OSError:  # a name too long, a loop of links...: reading it says what is wrong
            is_dir = False
        if is_dir:
            yield from _walk(path)
        else:
            yield item


def _is_ancestor(path: Path, key: tuple[int, int]) -> bool:
    """Whether the folder `key` (device, inode) is one of the folders `path` is in."""
    for parent in path.parents:
        try:
            info = os.stat(parent)
        except OSError:
            return False
        if (info.st_dev, info.st_ino) == key:
            return True
    return False


def _walk(root: Path) -> Iterator[str | FailedItem]:
    """The supported files under a folder, sorted, following links to folders once each."""
    found: list[tuple[tuple[str, ...], str | FailedItem]] = []
    seen: set[tuple[int, int]] = set()

    def refuse(folder: str, message: str, hint: str) -> None:
        found.append((Path(folder).relative_to(root).parts,
                      FailedItem(folder, InputError(f"{folder}: {message}", hint))))

    def on_error(e: OSError) -> None:
        folder = str(e.filename or root)
        reason = e.strerror or type(e).__name__
        if e.errno == errno.ELOOP:
            refuse(folder, "a loop of symbolic links", "Fix or remove the link")
        else:
            refuse(folder, f"a folder that cannot be read ({reason.lower()}); its files were skipped",
                   "Check its permissions")

    for folder, dirs, files in os.walk(root, onerror=on_error, followlinks=True):
        try:
            info = os.stat(folder)
        except OSError as e:
            on_error(e)
            dirs[:] = []
            continue
        key = (info.st_dev, info.st_ino)
        if key in seen:  # a second way to a folder: read once; a way back up is a loop
            if _is_ancestor(Path(folder), key):
                refuse(folder, "a symbolic link back to a folder it is in (a loop); not followed",
                       "Remove the link if it is not meant to be there")
            dirs[:] = []
            continue
        seen.add(key)
        relative = Path(folder).relative_to(root).parts
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in files:
            if not name.startswith(".") and Path(name).suffix.lower() in SUPPORTED:
                found.append(((*relative, name), os.path.join(folder, name)))
    for _parts, entry in sorted(found, key=lambda f: f[0]):
        yield entry


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


KINDS = ((stat.S_ISFIFO, "a named pipe (FIFO)"), (stat.S_ISCHR, "a character device"),
         (stat.S_ISBLK, "a block device"), (stat.S_ISSOCK, "a socket"), (stat.S_ISDIR, "a folder"))


def _read_file(path: Path, max_bytes: int) -> RawItem:
    """A regular file's bytes, at most `max_bytes`. Anything else (a pipe, a device, a socket)
    is refused by its type before a byte is read: opening does not wait on a pipe (O_NONBLOCK)
    and the type checked is the type of what was opened."""
    label = str(path)
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0))
    except OSError as e:
        kind = _kind(path)  # a socket cannot be opened at all: say what it is
        if kind is not None:
            raise InputError(f"{label}: {kind}, not a file",
                             "Give a regular file, or '-' to read standard input") from e
        raise _os_error(label, e) from e
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            kind = next((name for test, name in KINDS if test(info.st_mode)), "not a regular file")
            raise InputError(f"{label}: {kind}, not a file", "Give a regular file, or '-' to read standard input")
        _check_size(label, info.st_size, max_bytes)
        os.set_blocking(fd, True)
        with os.fdopen(fd, "rb", closefd=False) as f:
            data = f.read(max_bytes + 1)  # a file growing while read stops at the limit too
    except OSError as e:
        raise _os_error(label, e) from e
    finally:
        os.close(fd)
    _check_size(label, len(data), max_bytes)
    return from_bytes(label, path.stem, data, max_bytes, path.suffix)


def _kind(path: Path) -> str | None:
    """What a path that is not a regular file is ('a socket'...), or None."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return None
    return next((name for test, name in KINDS if test(mode)), None)


def _os_error(label: str, e: OSError) -> InputError:
    """A file that cannot be opened or read, in words, with the fix."""
    if e.errno == errno.ENOENT:
        if os.path.islink(label):
            return InputError(f"{label}: a symbolic link to {os.readlink(label)}, which does not exist",
                              "Fix or remove the link")
        return InputError(f"{label}: no such file or folder", "Check the path")
    if e.errno in (errno.EACCES, errno.EPERM):
        return InputError(f"{label}: permission denied", "Check the file's permissions")
    if e.errno == errno.ELOOP:
        return InputError(f"{label}: a loop of symbolic links", "Fix or remove the link")
    if e.errno == errno.ENAMETOOLONG:
        return InputError(f"{label}: the name is too long for a file", "Check the path")
    if e.errno == errno.EISDIR:
        return InputError(f"{label}: a folder, not a file", "Give the folder itself to read its files")
    reason = (e.strerror or type(e).__name__).lower()
    return InputError(f"{label}: cannot be read ({reason})", "Check the file and the disk")


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


BOMS = ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
        (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))


def unicode_encoding(data: bytes) -> str | None:
    """The UTF-16 or UTF-32 (or UTF-8 with a BOM) a text is in, by its byte order mark, or for
    UTF-16 without one by its pattern (every other byte NUL, as ASCII text gives); else None."""
    for bom, encoding in BOMS:
        if data.startswith(bom):
            return encoding
    head = data[:4096]
    if len(head) >= 16 and len(head) % 2 == 0:
        even, odd = head[0::2], head[1::2]
        if odd.count(0) > 0.4 * len(odd) and even.count(0) == 0:
            return "utf-16-le"
        if even.count(0) > 0.4 * len(even) and odd.count(0) == 0:
            return "utf-16-be"
    return None


def _check_bytes(label: str, data: bytes) -> bytes:
    if not data.strip():
        raise InputError(f"{label}: empty", "Give a file with the article's text")
    encoding = unicode_encoding(data)
    if encoding is not None:  # NUL bytes are part of UTF-16 and UTF-32: look at the characters
        head = data[:8192].decode(encoding, errors="replace").encode("utf-8", errors="replace")
    else:
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
