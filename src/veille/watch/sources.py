"""Sources followed on a schedule: feeds (RSS, Atom), sitemaps and single pages.

Each poll of a source:

- asks with the validators of its last answer (If-None-Match, If-Modified-Since): a 304 costs
  nothing more;
- reads robots.txt once per host and run (`Robots`), under the one User-Agent naming Veille,
  and fetches nothing it disallows (a robots.txt that cannot be read for a server error
  disallows everything for now, as RFC 9309 says; one that does not exist allows everything);
- waits between two requests to one host ($VEILLE_HOST_INTERVAL seconds, default 1);
- fetches only the items (article addresses) it has not fetched before: each is recorded once
  fetched, and one that failed is tried again on later polls, 3 times in all;
- ingests the articles through trafilatura (the feed's or sitemap's date is the publication
  date when the page gives none), the watch rules evaluated as each is stored.

A failure of the source itself (unreachable, HTTP error, not a feed) is kept as its error and
the next poll waits twice as long each time (its interval times 2, 4, 8 ..., at most a day or
its interval); a success resets it.
"""

from __future__ import annotations

import re
import threading
import time
import urllib.robotparser
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlsplit

from veille import config
from veille.errors import FeedError, FetchError, FetchRefused, InputError, SourceError
from veille.ingest.annotator import Annotator
from veille.ingest.fetch import Fetched, Fetcher, FetchPolicy, HTTPStatusError, parse_url, redact
from veille.ingest.readers import (
    RawItem,
    _check_bytes,
    feed_links,
    looks_feed,
    looks_sitemap,
    page_item,
    sitemap_links,
)
from veille.kb import monitor
from veille.kb.store import Store

KINDS = ("auto", "feed", "sitemap", "page")
ITEM_ATTEMPTS = 3  # tries of an item that failed
MAX_SITEMAPS = 10  # sitemaps read from one sitemap index
_DURATION = re.compile(r"(\d+(?:\.\d+)?)\s*([smhdw])", re.IGNORECASE)
_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400, "w": 604800}
ROBOTS_AGENT = "Veille"


def parse_every(text: str) -> int:
    """'30m', '2h', '1d', '1h30m', '45s' (or a number of seconds) -> seconds; SourceError else."""
    raw = text.strip().lower()
    if raw.isdigit():
        seconds = int(raw)
    else:
        parts = _DURATION.findall(raw)
        if not parts or _DURATION.sub("", raw).strip():
            raise SourceError(f"--every {text!r} is not a duration", "Write it like 30m, 2h, 1d or 1h30m")
        seconds = int(sum(float(n) * _UNITS[u.lower()] for n, u in parts))
    if seconds < 1 or seconds > 366 * 86400:
        raise SourceError(f"--every {text!r} is out of range", "Give from 1s to 366d")
    return seconds


def add(store: Store, url: str, every: str = "1h", lang: str | None = None, tags: list[str] | None = None,
        kind: str = "auto") -> tuple[Any, bool]:
    """Follow a source (or change an already followed one's settings); (its row, whether it is new)."""
    try:
        parse_url(url)
    except InputError as e:
        raise SourceError(e.message, e.hint) from None
    if kind not in KINDS:
        raise SourceError(f"unknown kind of source '{kind}'", "Use one of: " + ", ".join(KINDS))
    if lang is not None and not re.match(r"^[a-z]{2,3}$", lang):
        raise SourceError(f"--lang {lang!r} is not a language code", "Use a two-letter code such as fr or en")
    return monitor.add_source(store, redact(url), kind, parse_every(every), lang, sorted(set(tags or [])))


def backoff(every: int, failures: int) -> float:
    """Seconds to wait after the `failures`-th failure in a row: every x 2^failures, capped."""
    return float(min(every * 2 ** min(failures, 30), max(every, 86400)))


class Robots:
    """robots.txt per host, read once per run (the fetcher's `get` for the file itself)."""

    def __init__(self, get: Callable[[str], Fetched]) -> None:
        self._get = get
        self._hosts: dict[str, urllib.robotparser.RobotFileParser | str] = {}

    def check(self, url: str) -> None:
        """FetchRefused when the host's robots.txt disallows the URL to Veille."""
        parts = urlsplit(url)
        origin = f"{parts.scheme}://{parts.netloc.rsplit('@', 1)[-1]}"
        rules = self._hosts.get(origin)
        if rules is None:
            rules = self._hosts[origin] = self._load(origin)
        if isinstance(rules, str):
            raise FetchRefused(f"{redact(url)}: {rules}", "Try again later")
        if not rules.can_fetch(ROBOTS_AGENT, url):
            raise FetchRefused(f"{redact(url)}: the site's robots.txt disallows it to Veille",
                               "Ask the site, or follow another of its addresses")

    def _load(self, origin: str) -> urllib.robotparser.RobotFileParser | str:
        parser = urllib.robotparser.RobotFileParser()
        try:
            answer = self._get(origin + "/robots.txt")
        except HTTPStatusError as e:
            if 400 <= e.status < 500:
                parser.parse([])  # no robots.txt: everything allowed
                return parser
            return f"its robots.txt answered HTTP {e.status}, so nothing is fetched for now"
        except FetchError as e:
            return f"its robots.txt cannot be read ({e.message})"
        parser.parse(answer.data.decode("utf-8", errors="replace").splitlines())
        return parser


class PacedFetcher(Fetcher):
    """A Fetcher that reads robots.txt first and leaves $VEILLE_HOST_INTERVAL seconds between
    two requests to one host; `stop` (an Event) cuts a wait short."""

    def __init__(self, policy: FetchPolicy | None = None, interval: float | None = None,
                 stop: threading.Event | None = None) -> None:
        super().__init__(policy)
        self.interval = interval if interval is not None else host_interval()
        self.stop = stop or threading.Event()
        self._last: dict[str, float] = {}
        self.robots = Robots(self._paced_get)

    def get(self, url: str, headers: Any = None) -> Fetched:
        self.robots.check(url)
        return self._paced_get(url, headers)

    def _paced_get(self, url: str, headers: Any = None) -> Fetched:
        host = (urlsplit(url).hostname or "").lower()
        wait = self._last.get(host, 0.0) + self.interval - time.monotonic()
        if wait > 0:
            self.stop.wait(wait)
        try:
            return super().get(url, headers)
        finally:
            self._last[host] = time.monotonic()


def host_interval() -> float:
    """Seconds between two requests to one host: $VEILLE_HOST_INTERVAL (0 allowed), else 1."""
    import os

    raw = os.environ.get("VEILLE_HOST_INTERVAL", "").strip()
    try:
        value = float(raw) if raw else 1.0
    except ValueError:
        return 1.0
    return value if 0 <= value < 3600 else 1.0


@dataclass
class Polled:
    """What one poll of a source did."""

    url: str
    status: str  # ok | not_modified | failed
    new: int = 0  # items fetched this time
    added: int = 0  # of which stored as new documents (annotated or not)
    failed: int = 0  # items that failed
    disallowed: int = 0  # items robots.txt disallows
    error: str | None = None
    errors: list[str] = field(default_factory=list)  # the items' errors

    def line(self) -> str:
        if self.status == "failed":
            return f"{self.url}: failed ({self.error})"
        if self.status == "not_modified":
            return f"{self.url}: not modified"
        robots = f", {self.disallowed} disallowed by robots.txt" if self.disallowed else ""
        return f"{self.url}: {self.new} new items, {self.added} stored, {self.failed} failed{robots}"


def poll(store: Store, row: Any, fetcher: Fetcher, annotator: Annotator | None = None,
         stop: threading.Event | None = None, now: datetime | None = None) -> Polled:
    """Fetch one source, ingest its new items and schedule its next poll."""
    from veille.ingest.run import ingest
    from veille.watch.rules import Matcher

    url, every = row["url"], int(row["every"])
    moment = now or datetime.now(UTC)
    headers = {}
    if row["etag"]:
        headers["If-None-Match"] = row["etag"]
    if row["last_modified"]:
        headers["If-Modified-Since"] = row["last_modified"]
    try:
        answer = fetcher.get(url, headers)
        if answer.status == 304:
            monitor.source_polled(store, row["id"], "not_modified", monitor.later(every, moment))
            return Polled(url, "not_modified")
        data = _check_bytes(url, answer.data)
        kind = row["kind"]
        if kind == "auto":
            kind = "sitemap" if looks_sitemap(data) else "feed" if looks_feed(data, answer.content_type) else "page"
        if kind == "page":
            items: list[tuple[str, str | None, str | None]] = []
            page: RawItem | None = page_item(url, answer, data)
        else:
            items, page = _listed(url, kind, data, answer, fetcher), None
    except InputError as e:
        failures = int(row["failures"]) + 1
        monitor.source_polled(store, row["id"], "failed", monitor.later(backoff(every, failures), moment),
                              error=str(e))
        return Polled(url, "failed", error=str(e))

    done = Polled(url, "ok")
    seen = monitor.source_items(store, row["id"])
    todo = [(link, title, date) for link, title, date in items
            if link not in seen or (seen[link][0] == "failed" and seen[link][1] < ITEM_ATTEMPTS)]
    todo = todo[:fetcher.policy.max_feed_items]
    raws: list[RawItem] = [page] if page is not None else []
    for link, title, date in todo:
        if stop is not None and stop.is_set():
            break
        shown = redact(link)
        if isinstance(fetcher, PacedFetcher):
            try:
                fetcher.robots.check(link)
            except FetchRefused as e:  # recorded, never asked again
                monitor.record_item(store, row["id"], shown, "robots", None, str(e))
                done.disallowed += 1
                continue
        try:
            fetched = fetcher.get(link)
            raws.append(page_item(shown, fetched, _check_bytes(shown, fetched.data), title, date))
        except InputError as e:
            monitor.record_item(store, row["id"], shown, "failed", None, str(e))
            done.failed += 1
            done.errors.append(str(e))
        done.new += 1
    for raw in raws:
        raw.lang = row["lang"] or None
    listed = {r.source for r in raws}

    def record(o: Any) -> None:
        if o.source in listed and page is None:
            monitor.record_item(store, row["id"], o.source, o.status, o.doc_id, o.message or None)
        if o.status in ("added", "not_annotated"):
            done.added += 1
        elif o.status == "failed":
            done.failed += 1
            done.errors.append(o.message)

    if raws:
        ingest(store, raws, policy=fetcher.policy, progress=record, matcher=Matcher.load(store),
               annotator=annotator, timeout=config.annotate_timeout() or None)
    monitor.source_polled(store, row["id"], "ok", monitor.later(every, moment), kind=kind, etag=answer.etag,
                          last_modified=answer.last_modified, items=done.new)
    return done


def _listed(url: str, kind: str, data: bytes, answer: Fetched,
            fetcher: Fetcher) -> list[tuple[str, str | None, str | None]]:
    """The items a feed or sitemap lists: (address, title, date)."""
    if kind == "feed":
        return feed_links(url, data)
    if not looks_sitemap(data):
        raise FeedError(f"{url}: not a sitemap", "Check the address, or add it with --kind feed or page")
    pages, children = sitemap_links(url, data)
    for child in children[:MAX_SITEMAPS]:
        try:
            more, _ = sitemap_links(child, fetcher.get(child).data)
        except InputError:
            continue  # one sitemap of the index that cannot be read: the others are
        pages.extend(more)
    return [(link, None, day) for link, day in pages]
