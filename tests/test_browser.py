"""The web interface in a real browser: Debian's Chromium driven by Playwright (bring your own
browser: `executable_path`, nothing downloaded) against a real uvicorn server on a loopback
port, over the test articles. Each test also checks that no page breaks its
Content-Security-Policy and that no dialog ever opens; screenshots of the main pages are
written to docs/screenshots/ (or $VEILLE_SCREENSHOTS).

Skipped, with the reason, when Chromium or Playwright is missing: `make test` installs
Chromium with apt when /usr/bin/chromium is absent."""

from __future__ import annotations

import csv
import io
import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx
import pytest
from conftest import WebStore, copy_store

from veille.web import create_app

CHROMIUM = os.environ.get("VEILLE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync"]
TOKEN = "browser-token-5c7e"
SHOTS = Path(os.environ.get("VEILLE_SCREENSHOTS") or Path(__file__).parent.parent / "docs" / "screenshots")

if not Path(CHROMIUM).exists():
    pytest.skip(f"no Chromium at {CHROMIUM}: install it (`apt-get install chromium`, which `make test` does) "
                "or set VEILLE_CHROMIUM", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed: pip install -e '.[dev]'")
expect = sync_api.expect

pytestmark = pytest.mark.slow


# --- a real server and a real browser ---------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture(scope="module")
def server(web_store: WebStore, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """uvicorn on a free loopback port, over a private copy of the web store, with a token."""
    import uvicorn

    db = copy_store(web_store.db, tmp_path_factory.mktemp("browser") / "kb.db")
    port = free_port()
    instance = uvicorn.Server(uvicorn.Config(create_app(db, token=TOKEN), host="127.0.0.1", port=port,
                                             log_level="warning"))
    thread = threading.Thread(target=instance.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline:
        try:
            if httpx.get(f"{base}/api/v1/health", timeout=1.0, trust_env=False).status_code == 200:
                break
        except httpx.TransportError:
            time.sleep(0.1)
    else:
        raise AssertionError("the server did not start")
    yield base
    instance.should_exit = True
    thread.join(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        yield chromium
        chromium.close()


@dataclass
class Watch:
    """What a page did that it must not: break the CSP, raise in a script, open a dialog."""

    problems: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)


def open_page(browser: Any, server: str, locale: str = "fr-FR", **context: Any) -> tuple[Any, Watch]:
    ctx = browser.new_context(base_url=server, locale=locale, viewport={"width": 1280, "height": 900},
                              accept_downloads=True, **context)
    ctx.set_default_timeout(20_000)
    page = ctx.new_page()
    watch = Watch()
    page.on("console", lambda m: watch.problems.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: watch.problems.append(f"script error: {e}"))

    def on_dialog(dialog: Any) -> None:
        watch.dialogs.append(dialog.message)
        dialog.dismiss()

    page.on("dialog", on_dialog)
    return page, watch


@pytest.fixture
def fr(browser: Any, server: str) -> Iterator[Any]:
    """A page in a French browser; after the test, no CSP violation, script error or dialog."""
    page, watch = open_page(browser, server, "fr-FR")
    yield page
    page.context.close()
    assert not watch.dialogs, f"a dialog opened: {watch.dialogs}"
    assert not watch.problems, f"the browser reported: {watch.problems}"


def shoot(page: Any, name: str, full_page: bool = False) -> None:
    SHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SHOTS / f"{name}.png"), full_page=full_page)


def sign_in(page: Any, then: str = "/ingest") -> None:
    page.goto(f"/login?next={then}")
    page.fill("input[name=token]", TOKEN)
    page.click("form.stack button[type=submit]")
    page.wait_for_url(re.compile(re.escape(then) + "$"))


# --- the tests ----------------------------------------------------------------------------------

def test_overview(fr: Any) -> None:
    fr.goto("/?since=2025-03-01")
    expect(fr.locator("h1")).to_have_text("Quoi de neuf")
    assert fr.locator("table.rising svg.spark polyline").count() > 0
    assert fr.locator("ul.facts a.fact").count() > 5
    shoot(fr, "overview", full_page=True)


def test_search_with_a_facet(fr: Any) -> None:
    fr.goto("/search")
    fr.fill("input[name=q]", "Velmora")
    fr.press("input[name=q]", "Enter")
    fr.wait_for_url(re.compile(r"/search\?q=Velmora"))
    before = fr.locator("li.hit").count()
    expect(fr.locator("li.hit mark").first).to_have_text(re.compile("Velmora"))
    fr.locator("aside.facets a", has_text="mouvement boursier").click()
    fr.wait_for_url(re.compile(r"type=stock_move"))
    hits = fr.locator("li.hit h3 a")
    assert 0 < hits.count() < before
    assert set(hits.all_inner_texts()) == {"Velmora s'envole en Bourse", "Le titre Velmora en forte hausse",
                                           "Velmora recule après ses résultats"}
    expect(fr.locator("a.chip")).to_contain_text("mouvement boursier")
    shoot(fr, "search")


def test_ask_with_the_citation_highlighted(fr: Any) -> None:
    fr.goto("/ask")
    fr.fill("input[name=q]", "Combien Velmora a-t-elle levé ?")
    fr.press("input[name=q]", "Enter")
    expect(fr.locator(".answer .short")).to_contain_text("40")
    cited = fr.locator("#evidence")
    expect(cited).to_be_visible()
    expect(cited).to_contain_text("40 millions")
    assert cited.evaluate("e => getComputedStyle(e).backgroundColor") not in ("rgba(0, 0, 0, 0)", "transparent")
    shoot(fr, "ask")
    fr.fill("input[name=q]", "Combien OpenAI a-t-elle levé auprès de Tesla ?")
    fr.press("input[name=q]", "Enter")
    expect(fr.locator(".answer.not-found .short")).to_have_text("Introuvable dans le corpus")


def test_open_an_entity_then_click_a_fact_and_land_on_its_evidence(fr: Any) -> None:
    fr.goto("/entities")
    fr.fill("input[name=search]", "velmora")
    fr.press("input[name=search]", "Enter")
    fr.locator("table.list a.entity", has_text="Velmora").click()
    expect(fr.locator("h1")).to_contain_text("Velmora")
    expect(fr.locator("#graph.drawn")).to_be_visible()
    shoot(fr, "entity", full_page=True)
    link = fr.locator("section ul.facts li", has_text="2 sources").locator("a.fact").first
    link.click()
    fr.wait_for_url(re.compile(r"/facts/[0-9a-f]+$"))
    evidence = fr.locator("#evidence")
    expect(evidence).to_be_in_viewport()
    expect(evidence).to_have_class(re.compile(r"\btarget\b"))
    expect(evidence).to_contain_text("40 millions")
    expect(fr.locator(".statement.others")).to_contain_text("Robotique : le tour de table de Velmora")
    fr.goto(fr.url + "?lang=en")  # the same page in English, for the README
    expect(fr.locator(".statement.others h2")).to_have_text("Corroborated by")
    expect(fr.locator("#evidence")).to_be_in_viewport()
    shoot(fr, "fact")


def test_a_chart_and_the_graph_are_drawn(fr: Any) -> None:
    fr.goto("/entities/Velmora")
    assert fr.locator("svg.chart.timeline circle.dot").count() >= 5
    assert fr.locator("svg.chart.bars rect.bar").count() >= 3
    box = fr.locator("svg.chart.timeline").bounding_box()
    assert box and box["width"] > 300 and box["height"] > 50
    fr.goto("/graph")
    expect(fr.locator("#graph.drawn")).to_be_visible()
    assert int(fr.locator("#graph").get_attribute("data-nodes") or 0) >= 5
    painted = fr.locator("#graph").evaluate("""box => {
        for (const canvas of box.querySelectorAll('canvas')) {
            const w = canvas.width, h = canvas.height;
            if (!w || !h) continue;
            const pixels = canvas.getContext('2d').getImageData(0, 0, w, h).data;
            for (let i = 3; i < pixels.length; i += 4) if (pixels[i] > 0) return true;
        }
        return false;
    }""")
    assert painted, "the graph's canvas is empty"
    shoot(fr, "graph")


def test_the_csv_download_is_what_the_table_shows(fr: Any, tmp_path: Path) -> None:
    fr.goto("/facts")
    fr.fill("input[name=entity]", "Velmora")
    fr.select_option("select[name=type]", "stock_move")
    fr.click("form.filters button[type=submit]")
    fr.wait_for_url(re.compile(r"type=stock_move"))
    shown = [href.rsplit("/", 1)[1] for href in fr.locator("table.facts-table td a.fact").evaluate_all(
        "links => links.map(a => a.getAttribute('href'))")]
    assert len(shown) == 3
    with fr.expect_download() as download:
        fr.click("#csv")
    path = tmp_path / "facts.csv"
    download.value.save_as(path)
    rows = list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8-sig"))))
    assert [r["id"] for r in rows] == shown
    assert {r["type"] for r in rows} == {"stock_move"}
    shoot(fr, "facts")


def test_ingest_a_pasted_text_and_see_its_facts(fr: Any) -> None:
    sign_in(fr)
    fr.fill("#ingest-text textarea[name=text]", "Halvane lance Orbis-2\n\nLa start-up nantaise Halvane a "
            "dévoilé mardi Orbis-2, son robot de tri destiné aux centres de recyclage.")
    fr.fill("#ingest-text input[name=published]", "2025-07-01")
    fr.click("#ingest-text button[type=submit]")
    fr.wait_for_url(re.compile(r"/ingest/jobs/"))
    expect(fr.locator("#job-status")).to_have_text("terminé", timeout=60_000)  # the page follows the job
    fact = fr.locator(".job-facts a.fact", has_text="Orbis-2").first
    expect(fact).to_be_visible()
    shoot(fr, "ingest")
    fact.click()
    expect(fr.locator("#evidence")).to_contain_text("Orbis-2")


def test_the_french_and_english_interface(browser: Any, server: str) -> None:
    english, watch = open_page(browser, server, "en-US")
    english.goto("/facts")
    expect(english.locator("html")).to_have_attribute("lang", "en")
    expect(english.locator("header nav a.active")).to_have_text("Facts")
    english.click("a.lang-switch")
    expect(english.locator("html")).to_have_attribute("lang", "fr")
    expect(english.locator("header nav a.active")).to_have_text("Faits")
    english.goto("/search")  # the switch is remembered
    expect(english.locator("h1")).to_have_text("Recherche")
    english.context.close()
    french, _ = open_page(browser, server, "fr-FR")
    french.goto("/ask")
    expect(french.locator("h1")).to_have_text("Poser une question")
    french.context.close()
    assert not watch.problems and not watch.dialogs


def test_an_article_carrying_markup_renders_inert(fr: Any) -> None:
    fr.goto("/documents/velmora_piege")
    words = fr.locator("article.article").evaluate("""article => {
        const copy = article.cloneNode(true);
        copy.querySelectorAll('.fref, .ent-label').forEach(e => e.remove());
        return copy.textContent; }""")  # the article's own words, without the marks' labels
    assert "<script>alert('script')</script>" in words and '<img src=x onerror="alert(\'image\')">' in words
    assert '<a href="javascript:alert(\'lien\')">cliquez ici</a>' in words
    assert fr.locator("article script, article img, article b, article [onerror], article [onmouseover]").count() == 0
    assert fr.locator("a[href^='javascript:']").count() == 0
    assert fr.title() != "pwned" and "<script>" in fr.title()
    fr.locator("article", has_text="un gras").hover()
    fr.get_by_text("cliquez ici").first.click()
    fr.wait_for_timeout(300)
    assert fr.url.endswith("/documents/velmora_piege")
    fr.goto("/search?q=pi%C3%A8ge")  # the same words in a snippet
    expect(fr.locator("li.hit").first).to_contain_text("<script>")
    assert fr.locator("li.hit script, li.hit img").count() == 0
