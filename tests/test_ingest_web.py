"""Ingesting URLs and RSS/Atom feeds from a real HTTP server on loopback."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli, Site, dedent

from veille.ingest.fetch import FetchPolicy
from veille.ingest.readers import url_name
from veille.ingest.run import ingest
from veille.kb.store import SQLiteStore

pytestmark = pytest.mark.slow
LOCAL = FetchPolicy(allow_private=True)  # the test server is on loopback, refused by default

PAGE = """<!DOCTYPE html>
<html lang="fr"><head><meta charset="utf-8">
<title>Norlise ouvre un laboratoire à Rennes</title>
<meta property="og:site_name" content="Ouest Numérique">
<meta property="article:published_time" content="2025-02-20">
</head><body>
<nav><a href="/">Accueil</a> <a href="/tech">Tech</a> <a href="/login">Se connecter</a></nav>
<article><h1>Norlise ouvre un laboratoire à Rennes</h1>
<p>La startup Norlise a ouvert mercredi un laboratoire consacré à la vision par ordinateur à
Rennes. Une trentaine de chercheurs y travailleront dès le mois d'avril, a indiqué
l'entreprise, qui cherche à se rapprocher des écoles d'ingénieurs bretonnes.</p>
<p>Le laboratoire collaborera avec plusieurs industriels de l'agroalimentaire de la région,
qui souhaitent automatiser le contrôle de la qualité sur leurs chaînes de production.</p>
</article>
<footer>Mentions légales · Nous contacter · Publicité</footer>
</body></html>
"""
BRIEF = dedent("""
    Pellarion recrute cent ingénieurs à Toulouse

    Le groupe Pellarion a annoncé lundi le recrutement de cent ingénieurs à Toulouse d'ici la
    fin de l'année. Les postes concernent surtout la conception de puces pour l'aéronautique,
    selon un communiqué publié par l'entreprise.
    """)
# An HTML fragment (no <html> or <body>): its content type says it is HTML.
RSS_ONE = """<article><h1>Harlow Dynamics hires in Leeds</h1>
<p>The company Harlow Dynamics said on Thursday that it would hire sixty engineers in Leeds
over the next year. The new team will work on language models for hospitals, the company's
founder told reporters at a briefing in the city.</p></article>
"""
RSS_TWO = dedent("""
    Calloway Summit draws record crowds

    More than two thousand delegates attended the Calloway Summit in Boston this week, the
    organisers said on Friday. Robotics and chip design dominated the talks, and several start-ups
    announced new funding rounds during the event.
    """)
ATOM_ONE = dedent("""
    Vintara lance un assistant pour les agriculteurs

    La jeune pousse Vintara a lancé mardi un assistant destiné aux agriculteurs, capable de
    répondre à des questions sur la météo et les maladies des cultures. Le service sera gratuit
    pendant six mois, a précisé sa fondatrice lors d'une présentation à Nantes.
    """)

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel>
<title>Veille test feed</title><link>{base}/</link><description>Test items</description>
<item><title>Harlow Dynamics hires in Leeds</title><link>{base}/items/rss-one.html</link>
<pubDate>Mon, 03 Mar 2025 10:00:00 GMT</pubDate></item>
<item><title>Calloway Summit draws record crowds</title><link>{base}/items/rss-two.txt</link>
<pubDate>Tue, 04 Mar 2025 09:00:00 GMT</pubDate></item>
</channel></rss>
"""
ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom">
<title>Veille test atom</title><id>urn:veille:test</id><updated>2025-03-05T00:00:00Z</updated>
<entry><title>Vintara lance un assistant</title><id>urn:veille:1</id>
<link href="{base}/items/atom-one.txt"/><updated>2025-03-05T08:00:00Z</updated></entry>
<entry><title>Gone</title><id>urn:veille:2</id>
<link href="{base}/items/atom-gone.html"/><updated>2025-03-05T09:00:00Z</updated></entry>
</feed>
"""
BROKEN = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Broken & unfinished</title><description>oops</descr
"""
EMPTY_FEED = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Nothing yet</title><link>{base}/</link>
<description>No items</description></channel></rss>
"""


@pytest.fixture(scope="module")
def site(http_site: Site) -> Site:
    html = "text/html; charset=utf-8"
    text = "text/plain; charset=utf-8"
    http_site.add("/news/norlise-rennes.html", PAGE, html)
    http_site.add("/news/brief.txt", BRIEF, text)
    http_site.add("/items/rss-one.html", RSS_ONE, html)
    http_site.add("/items/rss-two.txt", RSS_TWO, text)
    http_site.add("/items/atom-one.txt", ATOM_ONE, text)
    http_site.add("/feeds/rss.xml", RSS, "application/rss+xml")
    http_site.add("/feeds/atom.xml", ATOM, "application/atom+xml")
    http_site.add("/feeds/broken.xml", BROKEN, "application/rss+xml")
    http_site.add("/feeds/empty.xml", EMPTY_FEED, "application/rss+xml")
    return http_site


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    """Loopback requests must not go through a proxy set in the environment."""
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy",
                "all_proxy"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture
def closed_port() -> Iterator[int]:
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()  # nothing listens there now
    yield port


def test_url_names() -> None:
    assert url_name("https://example.org/news/norlise-rennes.html") == "norlise-rennes"
    assert url_name("https://example.org/news/2025/brief/") == "brief"
    assert url_name("https://example.org/a.txt?x=1#top") == "a"
    assert url_name("https://example.org/") == "example.org"


def test_html_and_text_pages(site: Site, store: SQLiteStore) -> None:
    html_url = site.url("/news/norlise-rennes.html")
    text_url = site.url("/news/brief.txt")
    report = ingest(store, [html_url, text_url], policy=LOCAL)
    assert sorted(o.status for o in report.outcomes) == ["added", "added"]
    docs = {d.name: d for d in store.documents()}
    assert set(docs) == {"norlise-rennes", "brief"}
    page, brief = docs["norlise-rennes"], docs["brief"]
    assert (page.url, page.source) == (html_url, html_url)
    assert (brief.url, brief.source) == (text_url, text_url)
    assert page.title == "Norlise ouvre un laboratoire à Rennes"
    assert page.published == "2025-02-20"
    assert page.site == "Ouest Numérique"
    assert "vision par ordinateur" in page.text
    for word in ("Se connecter", "Mentions légales", "Publicité"):
        assert word not in page.text
    assert brief.text == BRIEF.strip()
    assert brief.title == "Pellarion recrute cent ingénieurs à Toulouse"
    assert store.failures() == []


def test_rss_feed_items_are_each_ingested(site: Site, store: SQLiteStore) -> None:
    report = ingest(store, [site.url("/feeds/rss.xml")], policy=LOCAL)
    assert sorted(o.status for o in report.outcomes) == ["added", "added"]
    docs = {d.name: d for d in store.documents()}
    assert set(docs) == {"rss-one", "rss-two"}
    assert docs["rss-one"].url == site.url("/items/rss-one.html")
    assert docs["rss-one"].lang == "en"
    assert "sixty engineers" in docs["rss-one"].text
    assert "<" not in docs["rss-one"].text
    two = docs["rss-two"]
    assert two.source == site.url("/items/rss-two.txt")
    assert two.published == "2025-03-04"  # from the feed item
    assert two.text == RSS_TWO.strip()


def test_atom_feed_items_and_a_missing_item(site: Site, store: SQLiteStore) -> None:
    report = ingest(store, [site.url("/feeds/atom.xml")], policy=LOCAL)
    assert sorted(o.status for o in report.outcomes) == ["added", "failed"]
    (doc,) = store.documents()
    assert doc.name == "atom-one"
    assert doc.url == site.url("/items/atom-one.txt")
    assert doc.published == "2025-03-05"
    (failure,) = store.failures()
    gone = site.url("/items/atom-gone.html")
    assert failure["source"] == gone
    assert "HTTP 404" in failure["error"] and gone in failure["error"]


def test_bad_urls_and_feeds_are_recorded(site: Site, store: SQLiteStore,
                                         closed_port: int) -> None:
    missing = site.url("/news/missing.html")
    broken = site.url("/feeds/broken.xml")
    empty = site.url("/feeds/empty.xml")
    unreachable = f"http://127.0.0.1:{closed_port}/news/a.html"
    good = site.url("/news/brief.txt")
    report = ingest(store, [missing, broken, good, empty, unreachable], policy=LOCAL)
    status = {o.source: o.status for o in report.outcomes}
    assert status == {missing: "failed", broken: "failed", good: "added", empty: "failed",
                      unreachable: "failed"}
    errors = {f["source"]: f for f in store.failures()}
    assert set(errors) == {missing, broken, empty, unreachable}
    assert "HTTP 404" in errors[missing]["error"]
    assert "malformed feed" in errors[broken]["error"]
    assert errors[broken]["code"] == "V102"
    assert "no items" in errors[empty]["error"]
    assert "cannot reach" in errors[unreachable]["error"]
    assert errors[unreachable]["code"] == "V101"
    for source, row in errors.items():
        assert source in row["error"] and "\n" not in row["error"]
    assert [d.name for d in store.documents()] == ["brief"]


def test_urls_through_the_cli(db: Any, site: Site, cli: Cli, tmp_path: Path, closed_port: int) -> None:
    unreachable = f"http://127.0.0.1:{closed_port}/"
    result = cli("ingest", "--db", db, "-q", "--allow-private-urls", site.url("/feeds/rss.xml"),
                 site.url("/news/missing.html"), unreachable)
    assert result.exit_code == 1
    assert "2 added" in result.stdout and "2 failed" in result.stdout
    errors = [line for line in result.stderr.splitlines() if line.startswith("Error: ")]
    assert len(errors) == 2
    assert any(site.url("/news/missing.html") in e and "HTTP 404" in e for e in errors)
    assert any(unreachable in e for e in errors)
    again = cli("ingest", "--db", db, "-q", "--allow-private-urls", site.url("/feeds/rss.xml"))
    assert again.exit_code == 0
    assert "0 added" in again.stdout and "2 unchanged" in again.stdout
