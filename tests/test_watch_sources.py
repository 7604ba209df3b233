"""Sources on a schedule against a real HTTP server on loopback: feeds, sitemaps, pages,
conditional GET (304), robots.txt, the per-host rate limit, errors with back-off, slow answers,
items fetched once. The articles are German, a language without a pipeline, so that they are
stored without loading a language model (the end-to-end test with the models is in
test_watch_e2e.py)."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from email.utils import formatdate
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli, run_sql

GERMAN = [
    "Die Stadtverwaltung hat am Montag einen neuen Plan für den öffentlichen Nahverkehr vorgestellt. "
    "Die Busse sollen künftig häufiger fahren, und die Haltestellen werden modernisiert.",
    "Der Verein der Gartenfreunde lädt am Wochenende zu einem Tag der offenen Tür ein. Besucher können "
    "die Beete besichtigen und mit den Mitgliedern über den Anbau von Gemüse sprechen.",
    "Die Bibliothek der Universität verlängert ihre Öffnungszeiten während der Prüfungszeit. Die Lesesäle "
    "bleiben dann bis Mitternacht geöffnet, wie die Leitung am Dienstag mitteilte.",
    "Im Stadtpark beginnen nächste Woche die Arbeiten an einem neuen Spielplatz. Die Bauarbeiten sollen "
    "bis zum Sommer abgeschlossen sein, teilte das Grünflächenamt mit.",
]


@dataclass
class Resource:
    body: bytes
    content_type: str = "text/html; charset=utf-8"
    status: int = 200
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0


@dataclass
class Server:
    base: str = ""
    resources: dict[str, Resource] = field(default_factory=dict)
    hits: list[tuple[float, str, dict[str, str]]] = field(default_factory=list)

    def add(self, path: str, body: str | bytes, **kw: Any) -> None:
        self.resources[path] = Resource(body.encode() if isinstance(body, str) else body, **kw)

    def paths(self) -> list[str]:
        return [p for _, p, _ in self.hits]


def page(i: int, title: str | None = None) -> str:
    return (f"<html><head><title>{title or f'Artikel {i}'}</title></head><body><article><h1>{title or f'Artikel {i}'}"
            f"</h1><p>{GERMAN[i]}</p></article></body></html>")


def rss(base: str, items: list[tuple[str, str, str]]) -> str:
    """items: (path, title, RFC 822 date)."""
    body = "".join(f"<item><title>{t}</title><link>{base}{p}</link><pubDate>{d}</pubDate></item>"
                   for p, t, d in items)
    return f'<?xml version="1.0"?><rss version="2.0"><channel><title>Nachrichten</title>{body}</channel></rss>'


@pytest.fixture
def server() -> Iterator[Server]:
    state = Server()

    class Handler(BaseHTTPRequestHandler):
        def do_GET(self) -> None:  # noqa: N802
            state.hits.append((time.monotonic(), self.path, dict(self.headers)))
            res = state.resources.get(self.path)
            if res is None:
                self.send_response(404)
                self.send_header("Content-Length", "0")
                self.end_headers()
                return
            if res.delay:
                time.sleep(res.delay)
            if res.etag and self.headers.get("If-None-Match") == res.etag:
                self.send_response(304)
                self.send_header("ETag", res.etag)
                self.end_headers()
                return
            if res.last_modified and self.headers.get("If-Modified-Since") == res.last_modified and not res.etag:
                self.send_response(304)
                self.end_headers()
                return
            self.send_response(res.status)
            self.send_header("Content-Type", res.content_type)
            self.send_header("Content-Length", str(len(res.body)))
            if res.etag:
                self.send_header("ETag", res.etag)
            if res.last_modified:
                self.send_header("Last-Modified", res.last_modified)
            self.end_headers()
            try:
                self.wfile.write(res.body)
            except (BrokenPipeError, ConnectionResetError):
                pass

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    state.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_HOST_INTERVAL", "0")
    monkeypatch.setenv("VEILLE_ALLOW_PRIVATE_URLS", "1")


def rows(db: Any, sql: str, params: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    return [tuple(r) for r in run_sql(db, sql, params)]


def make_due(db: Any) -> None:
    run_sql(db, "UPDATE sources SET next_fetch = '2000-01-01T00:00:00Z'")


def sources_json(cli: Cli, db: Path) -> list[dict[str, Any]]:
    result = cli("sources", "--db", db, "--json")
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.output.splitlines()]


# --- adding ----------------------------------------------------------------------------------------


def test_sources_add_list_remove(db: Any, cli: Cli, tmp_path: Path) -> None:
    result = cli("sources", "add", "https://news.example/feed.xml", "--every", "30m", "--lang", "fr",
                 "--tag", "vietnam", "--tag", "funding", "--db", db)
    assert result.exit_code == 0 and "Following https://news.example/feed.xml every 30m" in result.output
    assert cli("sources", "add", "https://news.example/sitemap.xml", "--every", "1h30m", "--db", db).exit_code == 0
    listed = sources_json(cli, db)
    assert [(s["url"], s["every"], s["lang"], s["tags"], s["status"]) for s in listed] == [
        ("https://news.example/feed.xml", 1800, "fr", ["funding", "vietnam"], "new"),
        ("https://news.example/sitemap.xml", 5400, None, [], "new")]
    assert [s["url"] for s in json.loads("[" + ",".join(
        cli("sources", "--db", db, "--json", "--tag", "vietnam").output.splitlines()) + "]")] == [
        "https://news.example/feed.xml"]
    again = cli("sources", "add", "https://news.example/feed.xml", "--every", "2h", "--db", db)
    assert "Updated" in again.output and sources_json(cli, db)[0]["every"] == 7200
    table = cli("sources", "--db", db).output
    assert "news.example/feed.xml" in table and "2h" in table
    for args, said in [(("add", "ftp://news.example/x"), "only http and https"),
                       (("add", "news.example/feed"), "V610"),
                       (("add", "https://news.example/a", "--every", "soon"), "not a duration"),
                       (("add", "https://news.example/a", "--every", "0s"), "out of range"),
                       (("add", "https://news.example/a", "--kind", "podcast"), "unknown kind"),
                       (("remove", "https://nowhere.example/"), "no source")]:
        result = cli("sources", *args, "--db", db)
        lines = result.output.strip().splitlines()
        assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: [V610]"), lines
        assert said in lines[0], lines
    assert cli("sources", "remove", "https://news.example/sitemap.xml", "--db", db).exit_code == 0
    assert [s["url"] for s in sources_json(cli, db)] == ["https://news.example/feed.xml"]


# --- polling -----------------------------------------------------------------------------------------


def test_a_feed_is_polled_conditionally_within_robots_and_its_items_fetched_once(db: Any,
        cli: Cli, tmp_path: Path, server: Server, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_HOST_INTERVAL", "0.3")
    day = "Mon, 03 Mar 2025 08:00:00 GMT"
    server.add("/robots.txt", "User-agent: *\nDisallow: /privat/\n", content_type="text/plain")
    items = [("/a/1", "Eins", day), ("/privat/2", "Zwei", day), ("/a/3", "Drei", "Tue, 04 Mar 2025 08:00:00 GMT")]
    server.add("/feed.xml", rss(server.base, items), content_type="application/rss+xml", etag='"v1"')
    for i, path in ((0, "/a/1"), (1, "/privat/2"), (2, "/a/3")):
        server.add(path, page(i))
    assert cli("sources", "add", server.base + "/feed.xml", "--every", "1h", "--db", db).exit_code == 0

    result = cli("watch", "--once", "--db", db)
    assert result.exit_code == 0, result.output
    assert "2 new items, 2 stored, 0 failed, 1 disallowed by robots.txt" in result.output
    assert server.paths() == ["/robots.txt", "/feed.xml", "/a/1", "/a/3"]  # never the disallowed page
    assert all("Veille" in h.get("User-Agent", "") for _, _, h in server.hits)
    times = [t for t, _, _ in server.hits]
    assert all(b - a >= 0.29 for a, b in zip(times, times[1:], strict=False))  # one host, paced
    docs = rows(db, "SELECT url, published, status FROM documents ORDER BY url")
    assert docs == [(server.base + "/a/1", "2025-03-03", "not_annotated"),
                    (server.base + "/a/3", "2025-03-04", "not_annotated")]  # the feed's dates
    listed = sources_json(cli, db)[0]
    assert (listed["kind"], listed["status"], listed["items"], listed["error"]) == ("feed", "ok", 2, None)

    # not due yet: nothing fetched
    server.hits.clear()
    assert cli("watch", "--once", "--db", db).exit_code == 0 and server.paths() == []
    # due, unchanged: a 304, nothing else
    make_due(db)
    result = cli("watch", "--once", "--db", db)
    assert result.exit_code == 0 and "not modified" in result.output
    assert server.paths() == ["/robots.txt", "/feed.xml"] and server.hits[1][2].get("If-None-Match") == '"v1"'
    assert sources_json(cli, db)[0]["status"] == "not_modified"
    # the feed gains an item: only that one is fetched
    server.hits.clear()
    server.add("/a/4", page(3))
    server.add("/feed.xml", rss(server.base, [("/a/4", "Vier", day), *items]), content_type="application/rss+xml",
               etag='"v2"')
    make_due(db)
    result = cli("watch", "--once", "--db", db)
    assert "1 new items, 1 stored" in result.output, result.output
    assert server.paths() == ["/robots.txt", "/feed.xml", "/a/4"]
    assert rows(db, "SELECT count(*) FROM documents") == [(3,)]
    assert rows(db, "SELECT url, status, attempts FROM source_items ORDER BY url") == [
        *((server.base + p, "not_annotated", 1) for p in ("/a/1", "/a/3", "/a/4")),
        (server.base + "/privat/2", "robots", 1)]


def test_a_sitemap_and_a_page(db: Any, cli: Cli, tmp_path: Path, server: Server) -> None:
    sitemap = ('<?xml version="1.0"?><urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">'
               f"<url><loc>{server.base}/s/1</loc><lastmod>2025-05-06T10:00:00+00:00</lastmod></url>"
               f"<url><loc>{server.base}/s/2</loc></url></urlset>")
    server.add("/sitemap.xml", sitemap, content_type="application/xml",
               last_modified=formatdate(1_700_000_000, usegmt=True))
    server.add("/s/1", page(0))
    server.add("/s/2", page(1))
    server.add("/single", page(2))
    cli("sources", "add", server.base + "/sitemap.xml", "--db", db)
    cli("sources", "add", server.base + "/single", "--db", db, "--every", "1d")
    result = cli("watch", "--once", "--db", db)
    assert result.exit_code == 0, result.output
    by_url = {s["url"]: s for s in sources_json(cli, db)}
    assert by_url[server.base + "/sitemap.xml"]["kind"] == "sitemap"
    assert by_url[server.base + "/single"]["kind"] == "page"
    assert rows(db, "SELECT url, published FROM documents ORDER BY url") == [
        (server.base + "/s/1", "2025-05-06"), (server.base + "/s/2", None), (server.base + "/single", None)]
    make_due(db)
    server.hits.clear()
    cli("watch", "--once", "--db", db)
    sitemap_hit = next(h for _, p, h in server.hits if p == "/sitemap.xml")
    assert sitemap_hit.get("If-Modified-Since") == formatdate(1_700_000_000, usegmt=True)
    assert "/s/1" not in server.paths() and "/s/2" not in server.paths()


def test_failures_are_kept_and_backed_off(db: Any, cli: Cli, tmp_path: Path, server: Server,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    server.add("/broken.xml", "oops", status=500)
    server.add("/slow.xml", rss(server.base, []), content_type="application/rss+xml", delay=2.5)
    monkeypatch.setenv("VEILLE_FETCH_TIMEOUT", "1")
    cli("sources", "add", server.base + "/broken.xml", "--every", "10m", "--db", db)
    cli("sources", "add", server.base + "/slow.xml", "--every", "10m", "--db", db)
    cli("sources", "add", "http://127.0.0.1:9/feed.xml", "--every", "10m", "--db", db)  # nothing listens
    result = cli("watch", "--once", "--db", db)
    assert result.exit_code == 1
    errors = [line for line in result.output.splitlines() if line.startswith("Error:")]
    assert len(errors) == 3 and all(line.startswith("Error: [V10") for line in errors), errors
    by_url = {s["url"]: s for s in sources_json(cli, db)}
    broken = by_url[server.base + "/broken.xml"]
    assert (broken["status"], broken["failures"]) == ("failed", 1) and "HTTP 500" in broken["error"]
    assert "timed out" in by_url[server.base + "/slow.xml"]["error"]
    assert "cannot reach" in by_url["http://127.0.0.1:9/feed.xml"]["error"]

    def wait_of(url: str) -> float:
        (last, nxt), = rows(db, "SELECT last_fetch, next_fetch FROM sources WHERE url = ?", (url,))
        from datetime import datetime
        fmt = "%Y-%m-%dT%H:%M:%SZ"
        return (datetime.strptime(nxt, fmt) - datetime.strptime(last, fmt)).total_seconds()

    assert wait_of(server.base + "/broken.xml") == pytest.approx(1200, abs=2)  # 10 min x 2
    make_due(db)
    cli("watch", "--once", "--db", db)
    assert wait_of(server.base + "/broken.xml") == pytest.approx(2400, abs=2)  # x 4: exponential
    assert sources_json(cli, db)[0]["failures"] == 2
    server.add("/broken.xml", rss(server.base, [("/a/1", "Eins", "Mon, 03 Mar 2025 08:00:00 GMT")]),
               content_type="application/rss+xml")
    server.add("/a/1", page(0))
    make_due(db)
    cli("watch", "--once", "--db", db)
    repaired = {s["url"]: s for s in sources_json(cli, db)}[server.base + "/broken.xml"]
    assert (repaired["status"], repaired["failures"], repaired["error"], repaired["items"]) == ("ok", 0, None, 1)
    assert wait_of(server.base + "/broken.xml") == pytest.approx(600, abs=2)


def test_robots_txt_errors_and_private_addresses(db: Any, cli: Cli, tmp_path: Path, server: Server,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    server.add("/robots.txt", "", status=503)
    server.add("/feed.xml", rss(server.base, []), content_type="application/rss+xml")
    cli("sources", "add", server.base + "/feed.xml", "--db", db)
    result = cli("watch", "--once", "--db", db)
    assert result.exit_code == 1 and "robots.txt answered HTTP 503" in result.output
    assert server.paths() == ["/robots.txt"]
    monkeypatch.delenv("VEILLE_ALLOW_PRIVATE_URLS")
    make_due(db)
    server.hits.clear()
    result = cli("watch", "--once", "--db", db)
    assert result.exit_code == 1 and "[V103]" in result.output and "--allow-private-urls" in result.output
    assert server.paths() == []
