"""The digest: its period, its sections in French and English, as Markdown and as HTML (read
back with lxml, and shown in Debian's Chromium: the charts drawn, nothing broken, a
screenshot), article text escaped in both, and one coded line for bad input."""

from __future__ import annotations

import base64
import os
import shutil
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from conftest import BACKENDS, Cli, store_location
from newsroom import build

from veille.digest import CountryTotal, Digest, DigestError, Item, period, render
from veille.world import by_code

lxml_html = pytest.importorskip("lxml.html")

pytestmark = pytest.mark.slow

JUNE = ("--since", "2025-06-01", "--until", "2025-06-30")
SPRING = ("--since", "2025-03", "--until", "2025-06")


@pytest.fixture(scope="module", params=BACKENDS)
def db(tmp_path_factory: pytest.TempPathFactory, request: pytest.FixtureRequest) -> Any:
    return build(store_location(request, tmp_path_factory.mktemp("digest")))


def digest(cli: Cli, db: Path, *args: str) -> str:
    result = cli("digest", "--db", db, *args)
    assert result.exit_code == 0, result.stderr
    return str(result.stdout)


# --- the period ---------------------------------------------------------------------------------

@pytest.mark.parametrize("since, until, expected", [
    ("7d", "2025-06-20", ("2025-06-14", "2025-06-20")),
    ("1d", "2025-06-20", ("2025-06-20", "2025-06-20")),
    ("2w", "2025-06-20", ("2025-06-07", "2025-06-20")),
    ("1m", "2025-03-31", ("2025-03-01", "2025-03-31")),
    ("1m", "2025-03-15", ("2025-02-16", "2025-03-15")),
    ("1y", "2024-02-29", ("2023-03-01", "2024-02-29")),
    ("2025-06", "2025-06", ("2025-06-01", "2025-06-30")),
    ("2025", None, ("2025-01-01", "2026-12-06")),
])
def test_the_period(since: str, until: str | None, expected: tuple[str, str]) -> None:
    assert period(since, until, today=date(2026, 12, 6)) == expected


@pytest.mark.parametrize("since, until", [("yesterday", None), ("0d", None), ("7x", None), ("2025-13", None),
                                          ("2025-06-10", "2025-06-01")])
def test_a_bad_period(since: str, until: str | None) -> None:
    with pytest.raises(DigestError):
        period(since, until, today=date(2026, 12, 6))


# --- Markdown, French and English ---------------------------------------------------------------

def test_markdown_in_french(cli: Cli, db: Path) -> None:
    text = digest(cli, db, *JUNE)
    assert text.startswith("# Veille — ce qui s'est passé du 1er juin 2025 au 30 juin 2025\n")
    for heading in ("## Les faits principaux, par type", "## Plus fortes variations boursières",
                    "## Fonds levés par pays", "## Nouveaux venus", "## Objectifs fixés", "## Contradictions relevées"):
        assert f"\n{heading}\n" in text
    # a fact, the sentence stating it with its evidence in bold, the article
    assert "- **Brindle Capital : 25 millions USD pour Orvane AI** — 16 juin 2025" in text
    assert "> La **start-up vietnamienne Orvane AI a levé 25 millions de dollars auprès de Brindle Capital**." in text
    assert "Orvane AI lève 25 millions de dollars à Hanoï · 16 juin 2025" in text
    # money by the country of who raised it: a demonym in the sentence
    vietnam, korea = by_code("VN"), by_code("KR")
    assert vietnam and korea
    assert f"| {vietnam.name('fr')} | 25 millions USD | 1 |" in text
    assert f"| {korea.name('fr')} | 60 millions USD | 1 |" in text
    assert text.index(korea.name("fr")) < text.index(vietnam.name("fr")) < text.index("Pays non précisé")
    assert "| Velmora | -7 % | 17 juin 2025 |" in text
    assert "| Orvane AI | organisation | 16 juin 2025 · orvane\\_hanoi | 1 documents |" in text
    assert "Velmora | organisation" not in text  # named before June: not new


def test_markdown_in_english(cli: Cli, db: Path) -> None:
    text = digest(cli, db, *SPRING, "--lang", "en")
    assert text.startswith("# Veille — what happened from March 1, 2025 to June 30, 2025\n")
    for heading in ("## Main facts by type", "## Biggest stock moves", "## Money raised by country",
                    "## New entities", "## Targets set", "## Conflicts found"):
        assert f"\n{heading}\n" in text
    moves = text.split("## Biggest stock moves")[1].split("##")[0]
    rows = [line.split(" | ")[1] for line in moves.splitlines() if line.startswith("| Velmora")]
    assert rows == ["+12 %", "+10 %", "-7 %", "-4 %"]  # biggest first, whatever the sign
    targets = text.split("## Targets set")[1].split("##")[0]
    assert "**Velmora: 500 robots by 2027**" in targets and "_(projected)_" in targets
    conflicts = text.split("## Conflicts found")[1].split("---")[0]
    assert "**Velmora \\+12 %**" in conflicts and "elsewhere: **Velmora \\+10 %**" in conflicts
    assert "Velmora lève 40 millions d'euros auprès de Brindle Capital · March 6, 2025 · 2 sources" in text


def test_about_one_entity(cli: Cli, db: Path) -> None:
    text = digest(cli, db, *JUNE, "--entity", "Orvane AI", "--lang", "en")
    assert "About Orvane AI." in text
    assert "Orvane AI" in text and "Hallam Robotics" not in text and "Velmora -7" not in text
    wrong = cli("digest", "--db", db, "--entity", "Nobody Inc")
    assert wrong.exit_code == 1 and "[V300] no entity named 'Nobody Inc'" in wrong.stderr


def test_an_empty_period_says_where_the_news_ends(cli: Cli, db: Path) -> None:
    text = digest(cli, db, "--since", "7d", "--until", "2026-01-31", "--lang", "en")
    assert "0 documents and 0 facts in the period." in text
    assert "_Nothing in this period. The newest document is from June 18, 2025._" in text


def test_links_to_a_server(cli: Cli, db: Path) -> None:
    text = digest(cli, db, *JUNE, "--server", "http://127.0.0.1:8000/")
    assert "[provenance](http://127.0.0.1:8000/facts/" in text


# --- HTML ---------------------------------------------------------------------------------------

def svg_of(img: Any) -> str:
    src = img.get("src")
    assert src.startswith("data:image/svg+xml;base64,")
    return base64.b64decode(src.split(",", 1)[1]).decode("utf-8")


@pytest.mark.parametrize("lang, title, moves", [("fr", "Veille — ce qui s'est passé du 1er mars 2025 au 30 juin 2025",
                                                 "Plus fortes variations boursières"),
                                                ("en", "Veille — what happened from March 1, 2025 to June 30, 2025",
                                                 "Biggest stock moves")])
def test_html_with_its_charts(cli: Cli, db: Path, tmp_path: Path, lang: str, title: str, moves: str) -> None:
    out = tmp_path / "digest.html"
    result = cli("digest", "--db", db, *SPRING, "--lang", lang, "-o", out)  # html from the suffix
    assert result.exit_code == 0 and result.stdout == ""
    page = lxml_html.fromstring(out.read_text(encoding="utf-8"))
    assert page.get("lang") == lang and page.findtext(".//h1") == title
    assert page.xpath(".//*[@id='moves']/h2")[0].text == moves
    assert len(page.xpath(".//*[@id='top']//li[@class='fact']//mark")) >= 8
    assert len(page.xpath(".//*[@id='moves']//tbody/tr")) == 4
    chart = svg_of(page.xpath(".//img[@id='moves-chart']")[0])
    assert chart.lstrip().startswith("<svg") and "Velmora" in chart
    assert chart.count('aria-roledescription="bar"') == 4
    assert "discrete scale with 4 values" in chart  # one row per move, even two of one day
    money = svg_of(page.xpath(".//img[@id='money-chart']")[0])
    assert by_code("KR").name(lang) in money  # type: ignore[union-attr]
    csp = page.xpath(".//meta[@http-equiv='Content-Security-Policy']")[0].get("content")
    assert "default-src 'none'" in csp and "script" not in out.read_text(encoding="utf-8").lower().replace(
        "description", "")


def test_without_vl_convert_the_html_has_no_charts(cli: Cli, db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from veille.digest import charts

    monkeypatch.setattr(charts, "available", lambda: False)
    result = cli("digest", "--db", db, *SPRING, "--format", "html")
    assert result.exit_code == 0, result.stderr
    assert "<img" not in result.stdout and "pip install &#39;veille[digest]&#39;" in result.stdout
    assert result.stderr.startswith("Note: no charts in the digest")


def test_article_text_is_escaped_in_both_formats() -> None:
    evil = Item("f1", "funding", "<img src=x onerror=alert(1)>", "2025-06-01", "affirmé", 1,
                "Avant [clic](javascript:alert(1)) ", "<script>alert(2)</script>", " *après*",
                "doc", "Titre <b>gras</b> ![x](http://evil/x.png)", "javascript:alert(3)", "2025-06-01", {})
    d = Digest("fr", "2025-06-01", "2025-06-30", [], 1, 1, [("funding", "financement", [evil])], [],
               [CountryTotal(None, "Pays non précisé", 1e6, [evil])], [], [evil], [], "2025-06-01")
    page = render(d, "html")
    assert "<script>" not in page and "<img src=x" not in page and "<b>gras" not in page
    assert "&lt;script&gt;alert(2)&lt;/script&gt;" in page and 'href="javascript' not in page
    text = render(d, "md")
    assert "](javascript" not in text and "![x]" not in text and "<script>" not in text
    assert "\\[clic\\]\\(javascript:alert\\(1\\)\\)" in text and "\\<script\\>" in text


@pytest.mark.parametrize("args, message", [
    (["--since", "yesterday"], "[V640] 'yesterday' is not a period or a date"),
    (["--lang", "de"], "[V640] unknown language 'de'. Use --lang fr or --lang en"),
    (["--format", "pdf"], "[V640] unknown format 'pdf'. Use --format html or --format md"),
    (["--since", "2025-06-10", "--until", "2025-06-01"], "[V640] the period starts on 2025-06-10"),
    (["--server", "file:///etc"], "[V640] 'file:///etc' is not an http(s) address"),
])
def test_bad_input_is_one_coded_line(cli: Cli, db: Path, args: list[str], message: str) -> None:
    result = cli("digest", "--db", db, *args)
    assert result.exit_code == 2
    assert message in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert result.stdout == ""


# --- in a browser -------------------------------------------------------------------------------

CHROMIUM = os.environ.get("VEILLE_CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
SHOTS = Path(os.environ.get("VEILLE_SCREENSHOTS") or Path(__file__).parent.parent / "docs" / "screenshots")


@pytest.mark.parametrize("lang, heading", [("fr", "Fonds levés par pays"), ("en", "Money raised by country")])
def test_the_html_digest_in_chromium(cli: Cli, db: Path, tmp_path: Path, lang: str, heading: str) -> None:
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM}: install it (`apt-get install chromium`) or set VEILLE_CHROMIUM")
    sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is not installed")
    out = tmp_path / f"digest-{lang}.html"
    assert cli("digest", "--db", db, *SPRING, "--lang", lang, "-o", out).exit_code == 0
    with sync_api.sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=CHROMIUM, args=[
            "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"])
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 1400})
            problems: list[str] = []
            page.on("console", lambda m: problems.append(m.text) if m.type == "error" else None)
            page.on("pageerror", lambda e: problems.append(str(e)))
            requests: list[str] = []
            page.on("request", lambda r: requests.append(r.url))
            page.goto(out.as_uri())
            sync_api.expect(page.locator("#money h2")).to_have_text(heading)
            for chart in ("#moves-chart", "#money-chart"):  # decoded and drawn, wide enough to read
                size = page.locator(chart).evaluate("img => [img.complete, img.naturalWidth, img.clientWidth]")
                assert size[0] and size[1] > 300 and size[2] > 300, (chart, size)
            assert page.locator("#top li.fact").count() >= 8
            SHOTS.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(SHOTS / f"digest-{lang}.png"), full_page=True)
            assert not problems, problems
            assert requests == [out.as_uri()]  # nothing else loaded: the charts are inside
        finally:
            browser.close()
