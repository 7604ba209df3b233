"""The fetch policy: which addresses may be fetched, and how much and how long, against a real
HTTP server on loopback (the only traffic). Hostnames other than numeric ones never reach DNS:
their resolution is monkeypatched."""

from __future__ import annotations

import gzip
import socket
import threading
import time
import tracemalloc
import zlib
from collections.abc import Callable, Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli, dedent

from veille.errors import FeedError, FetchError, FetchRefused, InputError, VeilleError
from veille.ingest import fetch as fetch_module
from veille.ingest.fetch import Fetcher, FetchPolicy, check_host, classify, fetch, parse_url, redact
from veille.ingest.readers import FailedItem, RawItem, read
from veille.ingest.run import ingest
from veille.kb.store import SQLiteStore

LOCAL = FetchPolicy(allow_private=True)  # the test server is on loopback, refused by default
MB = 2**20
ARTICLE = dedent("""
    Norlise ouvre un laboratoire à Rennes

    La startup Norlise a ouvert mercredi un laboratoire consacré à la vision par ordinateur à
    Rennes. Une trentaine de chercheurs y travailleront dès le mois d'avril, a indiqué
    l'entreprise, qui cherche à se rapprocher des écoles d'ingénieurs bretonnes.
    """).encode()
BOMB = gzip.compress(b"\0" * (100 * MB), compresslevel=9)  # ~100 KB that expands to 100 MB


def rss(items: list[str]) -> bytes:
    body = "".join(f"<item><title>Item {i}</title>{link}</item>" for i, link in enumerate(items))
    return (f'<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>T</title>'
            f"<link>http://example.org/</link><description>d</description>{body}</channel></rss>"
            ).encode()


class Handler(BaseHTTPRequestHandler):
    base = ""

    def do_GET(self) -> None:  # noqa: N802 (http.server's name)
        route = ROUTES.get(self.path.split("?")[0])
        try:
            if route is None:
                self.reply(b"not found", "text/plain", 404)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the client stopped reading: what the limits are for

    def reply(self, body: bytes, ctype: str = "text/plain; charset=utf-8", status: int = 200,
              headers: dict[str, str] | None = None) -> None:
        self.send_response(status)
        self.send_header("Content-Type", ctype)
        self.send_header("Content-Length", str(len(body)))
        for key, value in (headers or {}).items():
            self.send_header(key, value)
        self.end_headers()
        self.wfile.write(body)

    def redirect(self, location: str) -> None:
        self.reply(b"", status=302, headers={"Location": location})

    def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
        pass


def _chain(h: Handler) -> None:
    n = int(h.path.rsplit("=", 1)[1])  # /chain?n=3 -> /chain?n=2 -> ... -> /article.txt
    h.redirect(f"/chain?n={n - 1}" if n > 0 else f"{h.base}/article.txt")


def _huge(h: Handler, announce: bool) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    if announce:
        h.send_header("Content-Length", str(50 * MB))
    h.end_headers()
    chunk = b"x" * 65536
    for _ in range(50 * MB // len(chunk)):  # generated as it is sent, never held whole
        h.wfile.write(chunk)


def _trickle(h: Handler) -> None:
    h.send_response(200)
    h.send_header("Content-Type", "text/plain")
    h.end_headers()
    h.wfile.flush()
    for _ in range(30):
        h.wfile.write(b"x")
        h.wfile.flush()
        time.sleep(0.3)


def _trickle_headers(h: Handler) -> None:
    h.wfile.write(b"HTTP/1.0 200 OK\r\n")
    for byte in b"X-Slow: " + b"y" * 30:
        h.wfile.write(bytes([byte]))
        h.wfile.flush()
        time.sleep(0.3)


ROUTES: dict[str, Callable[[Handler], None]] = {
    "/article.txt": lambda h: h.reply(ARTICLE),
    "/chain": _chain,
    "/to-private": lambda h: h.redirect("http://10.0.0.1/admin"),
    "/to-metadata": lambda h: h.redirect("http://169.254.169.254/latest/meta-data/"),
    "/huge": lambda h: _huge(h, announce=False),
    "/huge-announced": lambda h: _huge(h, announce=True),
    "/bomb": lambda h: h.reply(BOMB, headers={"Content-Encoding": "gzip"}),
    "/gzipped": lambda h: h.reply(gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"}),
    "/deflated": lambda h: h.reply(zlib.compress(ARTICLE), headers={"Content-Encoding": "deflate"}),
    "/brotli": lambda h: h.reply(b"????", headers={"Content-Encoding": "br"}),
    "/trickle": _trickle,
    "/trickle-headers": _trickle_headers,
    "/feed-big": lambda h: h.reply(rss([f"<link>{h.base}/article.txt?i={i}</link>" for i in range(12)]),
                                   "application/rss+xml"),
    "/feed-nolinks": lambda h: h.reply(rss(["", "", ""]), "application/rss+xml"),
    "/feed-broken": lambda h: h.reply(b'<?xml version="1.0"?><rss version="2.0"><channel><title>x &'
                                      b" y</title><descr", "application/rss+xml"),
    "/feed-private": lambda h: h.reply(rss(["<link>http://192.168.1.1/router</link>",
                                            "<link>file:///etc/passwd</link>",
                                            "<link>javascript:alert(1)</link>"]), "application/rss+xml"),
}


@pytest.fixture(scope="module")
def base() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    Handler.base = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield Handler.base
    server.shutdown()
    server.server_close()


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not go through a proxy set in the environment."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def loopback_is_public(monkeypatch: pytest.MonkeyPatch) -> None:
    """Let the default policy reach the test server (127.0.0.1 only), to test what it refuses next."""
    real = fetch_module.classify
    monkeypatch.setattr(fetch_module, "classify", lambda ip: None if str(ip) == "127.0.0.1" else real(ip))


def fake_dns(monkeypatch: pytest.MonkeyPatch, names: dict[str, list[str]]) -> list[str]:
    """Resolve the given names to the given addresses (one list per lookup, the last one kept);
    other hosts (numeric ones) go to the real resolver. Returns the names looked up."""
    real = socket.getaddrinfo
    looked: list[str] = []

    def getaddrinfo(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        if host not in names:
            return real(host, port, *args, **kwargs)
        looked.append(host)
        answers = names[host]
        address = answers.pop(0) if len(answers) > 1 else answers[0]
        family = socket.AF_INET6 if ":" in address else socket.AF_INET
        sockaddr = (address, port, 0, 0) if family == socket.AF_INET6 else (address, port)
        return [(family, socket.SOCK_STREAM, 6, "", sockaddr)]

    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    return looked


# --- addresses ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("address", "reason"), [
    ("127.0.0.1", "loopback"), ("127.8.9.10", "loopback"), ("10.1.2.3", "private"),
    ("172.16.0.1", "private"), ("192.168.1.1", "private"), ("169.254.169.254", "cloud metadata"),
    ("169.254.1.1", "link-local"), ("100.64.0.1", "carrier-grade NAT"), ("0.0.0.0", "unspecified"),
    ("224.0.0.1", "multicast"), ("240.0.0.1", "reserved"), ("::1", "loopback"),
    ("fe80::1", "link-local"), ("fd00::1", "private"), ("::", "unspecified"),
    ("::ffff:127.0.0.1", "IPv6 form of 127.0.0.1, a loopback"),
    ("::ffff:169.254.169.254", "IPv6 form of 169.254.169.254, a cloud metadata"),
    ("2002:a00:1::", "IPv6 form of 10.0.0.1, a private"),  # 6to4
    ("64:ff9b::a9fe:a9fe", "IPv6 form of 169.254.169.254"),  # NAT64
    ("fd00:ec2::254", "cloud metadata"), ("168.63.129.16", "cloud metadata"),
])
def test_addresses_that_are_not_public(address: str, reason: str) -> None:
    found = classify(address)
    assert found is not None and reason in found, found


@pytest.mark.parametrize("address", ["93.184.216.34", "8.8.8.8", "2606:4700:4700::1111",
                                     "::ffff:93.184.216.34"])
def test_public_addresses(address: str) -> None:
    assert classify(address) is None


@pytest.mark.parametrize("host", ["127.0.0.1", "2130706433", "0x7f.1", "017700000001", "0.0.0.0",
                                  "127.1", "::1", "::ffff:127.0.0.1"])
def test_numeric_spellings_of_this_machine_are_refused(host: str) -> None:
    with pytest.raises(FetchRefused) as e:
        check_host(host, 80, label=f"http://{host}/")
    message = str(e.value)
    assert f"http://{host}/" in message and "resolves to" in message
    assert "--allow-private-urls" in message and "\n" not in message
    assert check_host(host, 80, allow_private=True)  # allowed when asked for


def test_a_name_is_refused_when_any_of_its_addresses_is_private(monkeypatch: pytest.MonkeyPatch) -> None:
    def two(host: Any, port: Any, *args: Any, **kwargs: Any) -> Any:
        assert host == "mixed.test", host  # never real DNS
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", ("93.184.216.34", port)),
                (socket.AF_INET, socket.SOCK_STREAM, 6, "", ("10.0.0.7", port))]

    monkeypatch.setattr(socket, "getaddrinfo", two)
    with pytest.raises(FetchRefused, match=r"resolves to 10\.0\.0\.7, a private address"):
        check_host("mixed.test", 443, label="https://mixed.test/")
    fake_dns(monkeypatch, {"public.test": ["93.184.216.34"], "meta.test": ["169.254.169.254"]})
    assert [str(a) for a in check_host("public.test", 443)] == ["93.184.216.34"]
    with pytest.raises(FetchRefused, match="cloud metadata"):
        check_host("meta.test", 80)


@pytest.mark.parametrize(("url", "words"), [
    ("http://[::1", "Invalid IPv6"), ("http://example.org:99999/", "Port out of range"),
    ("http://example.org:0/", "port 0"), ("ftp://example.org/a", "only http and https"),
    ("file:///etc/passwd", "only http and https"), ("http:///path", "no host"),
    ("https://user:secret@example.org:70000/", "Port out of range"),
])
def test_invalid_urls_are_input_errors(url: str, words: str) -> None:
    with pytest.raises(InputError) as e:
        parse_url(url)
    message = str(e.value)
    assert words in message and "\n" not in message
    assert "secret" not in message


def test_invalid_urls_in_a_batch_are_recorded_not_raised() -> None:
    items = [i for url in ("http://[::1", "http://example.org:99999/") for i in read(url)]
    assert all(isinstance(i, FailedItem) for i in items)
    assert [i.source for i in items] == ["http://[::1", "http://example.org:99999/"]


def test_credentials_are_taken_out_of_urls() -> None:
    assert redact("https://user:pw@example.org/a?b=1") == "https://example.org/a?b=1"
    assert redact("http://user:p@ss@example.org:8080/") == "http://example.org:8080/"
    assert redact("http://token@example.org/") == "http://example.org/"
    assert redact("http://example.org/a@b") == "http://example.org/a@b"
    assert redact("notes.txt") == "notes.txt"


# --- the policy's settings ------------------------------------------------------------------------

def test_policy_defaults_and_environment() -> None:
    policy = FetchPolicy.from_env({})
    assert policy == FetchPolicy() and not policy.allow_private
    env = {"VEILLE_MAX_BYTES": "1048576", "VEILLE_FETCH_DEADLINE": "5", "VEILLE_FETCH_TIMEOUT": "2.5",
           "VEILLE_MAX_REDIRECTS": "0", "VEILLE_MAX_FEED_ITEMS": "3", "VEILLE_ALLOW_PRIVATE_URLS": "1"}
    assert FetchPolicy.from_env(env) == FetchPolicy(True, MB, 2.5, 5.0, 0, 3)
    assert FetchPolicy.from_env({}, allow_private=True).allow_private
    for name, value in [("VEILLE_MAX_BYTES", "20MB"), ("VEILLE_FETCH_DEADLINE", "-1"),
                        ("VEILLE_ALLOW_PRIVATE_URLS", "maybe"), ("VEILLE_MAX_FEED_ITEMS", "0")]:
        with pytest.raises(VeilleError, match=name):
            FetchPolicy.from_env({name: value})


# --- fetching from the loopback server ------------------------------------------------------------

def test_loopback_is_refused_by_default_and_fetched_when_allowed(base: str) -> None:
    with pytest.raises(FetchRefused) as e:
        fetch(f"{base}/article.txt", FetchPolicy())
    assert str(e.value).startswith(f"[V103] {base}/article.txt: resolves to 127.0.0.1, a loopback address.")
    page = fetch(f"{base}/article.txt", LOCAL)
    assert page.data == ARTICLE and page.url == f"{base}/article.txt"
    assert page.content_type.startswith("text/plain")


def test_redirects_are_followed_and_capped(base: str) -> None:
    policy = FetchPolicy(allow_private=True, max_redirects=3)
    page = fetch(f"{base}/chain?n=2", policy)  # 3 redirects
    assert page.data == ARTICLE and page.url == f"{base}/article.txt"
    with pytest.raises(FetchRefused, match="more than 3 redirects") as e:
        fetch(f"{base}/chain?n=3", policy)
    assert "VEILLE_MAX_REDIRECTS" in str(e.value)


@pytest.mark.usefixtures("loopback_is_public")
@pytest.mark.parametrize(("path", "words"), [
    ("/to-private", "resolves to 10.0.0.1, a private address"),
    ("/to-metadata", "resolves to 169.254.169.254, a cloud metadata address"),
])
def test_a_redirect_to_a_private_address_is_refused(base: str, path: str, words: str) -> None:
    with pytest.raises(FetchRefused) as e:
        fetch(f"{base}{path}", FetchPolicy())
    message = str(e.value)
    assert words in message and f"{base}{path} (redirected to http://" in message
    assert "--allow-private-urls" in message


def test_the_address_checked_is_the_address_connected_to(base: str, monkeypatch: pytest.MonkeyPatch,
                                                         loopback_is_public: None) -> None:
    port = base.rsplit(":", 1)[1]
    # A name resolves to the server's address: fetched through that address, Host kept.
    looked = fake_dns(monkeypatch, {"news.test": ["127.0.0.1"]})
    assert fetch(f"http://news.test:{port}/article.txt", FetchPolicy()).data == ARTICLE
    assert looked == ["news.test", "news.test"]  # checked before the request, then at connect
    # DNS rebinding: public for the check before the request, loopback when connecting.
    fake_dns(monkeypatch, {"rebind.test": ["127.0.0.1", "127.0.0.2"]})
    with pytest.raises(FetchRefused, match="resolves to 127.0.0.2, a loopback address"):
        fetch(f"http://rebind.test:{port}/article.txt", FetchPolicy())


def test_a_huge_body_is_cut_at_the_limit(base: str) -> None:
    policy = FetchPolicy(allow_private=True, max_bytes=MB)
    started = time.monotonic()
    with pytest.raises(FetchRefused, match="larger than the 1 MB limit") as e:
        fetch(f"{base}/huge", policy)
    assert time.monotonic() - started < 5
    assert "VEILLE_MAX_BYTES" in str(e.value)
    with pytest.raises(FetchRefused, match=r"announces 52\.4 MB"):
        fetch(f"{base}/huge-announced", policy)


def test_a_gzip_bomb_does_not_expand_past_the_limit(base: str) -> None:
    policy = FetchPolicy(allow_private=True, max_bytes=MB)
    tracemalloc.start()
    try:
        with pytest.raises(FetchRefused, match="once decompressed"):
            fetch(f"{base}/bomb", policy)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 8 * MB, peak  # the bomb is 100 MB decompressed
    assert fetch(f"{base}/gzipped", LOCAL).data == ARTICLE
    assert fetch(f"{base}/deflated", LOCAL).data == ARTICLE
    with pytest.raises(FetchError, match="'br'"):
        fetch(f"{base}/brotli", LOCAL)


@pytest.mark.parametrize("path", ["/trickle", "/trickle-headers"])
def test_a_trickling_server_is_cut_at_the_deadline(base: str, path: str) -> None:
    policy = FetchPolicy(allow_private=True, timeout=5.0, deadline=1.0)
    started = time.monotonic()
    with pytest.raises(FetchRefused, match="within the 1 s deadline") as e:
        fetch(f"{base}{path}", policy)
    assert 0.9 < time.monotonic() - started < 2.0
    assert "VEILLE_FETCH_DEADLINE" in str(e.value)


def test_credentials_are_not_stored_or_shown(base: str) -> None:
    secret = base.replace("http://", "http://reader:s3cret@")
    with Fetcher(LOCAL) as fetcher:
        (item,) = read(f"{secret}/article.txt", fetcher)
        assert isinstance(item, RawItem)
        assert item.source == f"{base}/article.txt" and item.url == f"{base}/article.txt"
        (failed,) = read(f"{secret}/missing.html", fetcher)
        assert isinstance(failed, FailedItem)
        assert failed.source == f"{base}/missing.html" and "s3cret" not in str(failed.error)
        (refused,) = read(f"{secret}/article.txt", Fetcher(FetchPolicy()))
        assert isinstance(refused, FailedItem) and "s3cret" not in str(refused.error)


# --- feeds ----------------------------------------------------------------------------------------

def test_a_feed_is_read_up_to_its_cap(base: str) -> None:
    with Fetcher(FetchPolicy(allow_private=True, max_feed_items=5)) as fetcher:
        items = list(read(f"{base}/feed-big", fetcher))
    pages = [i for i in items if isinstance(i, RawItem)]
    assert [p.source for p in pages] == [f"{base}/article.txt?i={i}" for i in range(5)]
    assert pages[0].feed_title == "Item 0"
    (over,) = [i for i in items if isinstance(i, FailedItem)]
    assert over.source == f"{base}/feed-big" and isinstance(over.error, FeedError)
    assert "12 items; only the first 5 were read" in str(over.error)
    assert "VEILLE_MAX_FEED_ITEMS=12" in str(over.error)


@pytest.mark.parametrize(("path", "words"), [("/feed-nolinks", "none of the feed's 3 items links"),
                                             ("/feed-broken", "malformed feed")])
def test_a_feed_without_links_or_malformed_is_a_failure(base: str, path: str, words: str) -> None:
    with Fetcher(LOCAL) as fetcher:
        (item,) = read(f"{base}{path}", fetcher)
    assert isinstance(item, FailedItem) and isinstance(item.error, FeedError)
    assert words in str(item.error) and f"{base}{path}" in str(item.error)


@pytest.mark.usefixtures("loopback_is_public")
def test_feed_items_are_checked_like_urls(base: str) -> None:
    with Fetcher(FetchPolicy()) as fetcher:
        items = list(read(f"{base}/feed-private", fetcher))
    assert all(isinstance(i, FailedItem) for i in items)
    errors = {i.source: str(i.error) for i in items if isinstance(i, FailedItem)}
    assert len(errors) == 3
    assert "a private address" in errors["http://192.168.1.1/router"]
    assert all("only http and https" in errors[s] for s in errors if s.startswith(("file:", "javascript:")))


@pytest.mark.slow
def test_a_feed_read_whole_again_clears_its_failure(base: str, store: SQLiteStore) -> None:
    feed = f"{base}/feed-big"
    first = ingest(store, [feed], policy=FetchPolicy(allow_private=True, max_feed_items=1))
    assert sorted(o.status for o in first.outcomes) == ["added", "failed"]
    assert [f["source"] for f in store.failures()] == [feed]
    again = ingest(store, [feed], policy=FetchPolicy(allow_private=True, max_feed_items=12))
    assert {o.status for o in again.outcomes} == {"unchanged"}  # every item has the same text
    assert store.failures() == []


# --- through the command line -------------------------------------------------------------------------

@pytest.mark.slow
def test_the_cli_refuses_loopback_unless_asked(base: str, cli: Cli, tmp_path: Path,
                                               monkeypatch: pytest.MonkeyPatch) -> None:
    db = tmp_path / "kb.db"
    url = f"{base}/article.txt"
    refused = cli("ingest", "--db", db, "-q", url, "http://[::1", "http://example.org:99999/")
    assert refused.exit_code == 1 and "0 added" in refused.stdout and "3 failed" in refused.stdout
    errors = [line for line in refused.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 3
    assert "resolves to 127.0.0.1, a loopback address" in errors[0]
    assert "--allow-private-urls" in errors[0]
    allowed = cli("ingest", "--db", db, "-q", "--allow-private-urls", url)
    assert allowed.exit_code == 0 and "1 added" in allowed.stdout
    monkeypatch.setenv("VEILLE_MAX_BYTES", "lots")
    bad = cli("ingest", "--db", db, "-q", url)
    assert bad.exit_code == 1 and "VEILLE_MAX_BYTES='lots'" in bad.stderr
