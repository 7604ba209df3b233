"""The library API: `veille.KnowledgeBase` and its records."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Cli, Corpus, Site

import veille
from veille import KnowledgeBase
from veille.errors import FetchRefused, InputError, NotFound
from veille.kb.listing import FilterError
from veille.records import EntityProfile, Fact, Records

pytestmark = pytest.mark.slow

LAUNCH = ("Velmora lance Kestrel-3\n\nLa startup lyonnaise Velmora a dévoilé jeudi Kestrel-3, "
          "son robot de logistique destiné aux entrepôts.")


@pytest.fixture
def kb(corpus: Corpus) -> Iterator[KnowledgeBase]:
    """The session store, read only."""
    with KnowledgeBase(corpus.db) as k:
        yield k


@pytest.fixture
def own(corpus: Corpus, tmp_path: Path) -> Iterator[KnowledgeBase]:
    """A private copy of the session store, to change."""
    with KnowledgeBase(corpus.copy(tmp_path / "kb.db")) as k:
        yield k


@pytest.fixture(autouse=True)
def no_proxy(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(var, raising=False)


def test_import_veille_loads_no_language_model() -> None:
    code = ("import sys, veille; assert veille.KnowledgeBase; "
            "print('spacy' in sys.modules, 'trafilatura' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.split() == ["False", "False"]


def test_exported_from_the_package() -> None:
    assert veille.KnowledgeBase is KnowledgeBase
    assert {"KnowledgeBase", "VeilleError", "NotFound"} <= set(veille.__all__)
    with pytest.raises(AttributeError):
        veille.NoSuchThing  # noqa: B018


def test_public_methods_are_documented() -> None:
    for name in dir(KnowledgeBase):
        if not name.startswith("_"):
            assert getattr(KnowledgeBase, name).__doc__, f"KnowledgeBase.{name} has no docstring"


def test_the_store_path_defaults_to_the_environment(tmp_path: Path,
                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_DB", str(tmp_path / "env.db"))
    with KnowledgeBase() as k:
        assert k.path == tmp_path / "env.db"
        assert k.stats().documents == 0
    assert (tmp_path / "env.db").exists()


def test_documents_as_records(kb: KnowledgeBase, corpus: Corpus, cli: Cli) -> None:
    docs = kb.documents()
    assert {d.name for d in docs} == {p.stem for p in corpus.folder.iterdir()}
    assert kb.stats().documents == len(docs)
    rows = docs.to_records()
    listed = [json.loads(line) for line in cli("docs", "--db", corpus.db, "--json").stdout.splitlines()]
    assert rows == listed  # the CLI prints the library's records
    doc = kb.document("brightwell_en")
    assert doc.lang == "en" and doc.text.startswith("Brightwell opens")
    with pytest.raises(NotFound):
        kb.document("nothing-such")


def test_entities_filters_and_errors(kb: KnowledgeBase) -> None:
    people = kb.entities(type="person")
    assert {"Hélène Garnier", "Daniel Okafor"} <= {e.name for e in people}
    assert {e.type for e in people} == {"person"}
    assert [e.name for e in kb.entities(search="knowledge atlas")] == ["Zhipu AI"]
    first_two = kb.entities(limit=2)
    assert sorted(e.name for e in first_two) == ["Qorvex Labs", "Zhipu AI"]
    assert kb.entities(limit=1, offset=1)[0].id == first_two[1].id
    with pytest.raises(FilterError) as e:
        kb.entities(type="organisation")
    assert "organization" in e.value.hint


def test_an_entity_profile_by_any_name_or_id(kb: KnowledgeBase) -> None:
    zhora = kb.entity("zhora")
    assert isinstance(zhora, EntityProfile)
    assert (zhora.name, zhora.type) == ("Zhora Robotics", "organization")
    assert {a.alias: a.reason for a in zhora.aliases}["Zhora"] == "short form in document"
    assert [d.doc for d in zhora.documents] == ["zhora_robot"]
    assert [f.type for f in zhora.facts] == ["stock_move"]
    assert kb.entity(zhora.id) == zhora
    data = zhora.to_dict()
    assert set(data) == {"id", "name", "type", "kind", "aliases", "mentions", "documents",
                         "facts", "related", "documents_total", "facts_total"}
    assert (zhora.documents_total, zhora.facts_total) == (1, 1) and zhora.mentions >= 2
    assert data["aliases"][0].keys() == {"alias", "reason"}
    with pytest.raises(NotFound) as e:
        kb.entity("Nobody Such Corp")
    assert e.value.code == "V300" and "veille entities --search" in e.value.hint


def test_facts_filters(kb: KnowledgeBase) -> None:
    everything = kb.facts(show_all=True)
    sure = kb.facts()
    assert 0 < len(sure) < len(everything)
    assert all(isinstance(f, Fact) and f.confidence >= 0.4 for f in sure)
    assert len(kb.facts(min_confidence=0.0)) == len(everything)
    assert [f.type for f in kb.facts(type="stock_move")] == ["stock_move"]
    about = kb.facts(entity="Hélène Garnier")
    assert [f.args["person"] for f in about] == ["Hélène Garnier"]
    assert kb.facts(modality="reported", type="role") == []
    assert kb.facts(corroborated=True) == [] and kb.facts(conflicts=True) == []
    assert kb.facts(since="2000", until="2100", show_all=True) == [f for f in everything if f.date]
    for bad in ({"type": "fundraising"}, {"modality": "maybe"}, {"since": "last week"}):
        with pytest.raises(FilterError):
            kb.facts(**bad)  # type: ignore[arg-type]
    with pytest.raises(NotFound):
        kb.facts(entity="Nobody Such Corp")


def test_facts_page_with_a_cursor(kb: KnowledgeBase) -> None:
    everything = kb.facts(show_all=True)
    assert everything.next_cursor is None
    seen: list[str] = []
    cursor = None
    for _ in range(len(everything) + 1):
        page = kb.facts(show_all=True, limit=1, cursor=cursor)
        seen += [f.id for f in page]
        cursor = page.next_cursor
        if cursor is None:
            break
    assert seen == [f.id for f in everything]
    with pytest.raises(FilterError) as e:
        kb.facts(cursor="not-a-cursor")
    assert "next_cursor" in e.value.hint


def test_search_and_ask(kb: KnowledgeBase) -> None:
    hits = kb.search("robot")
    assert hits and hits[0].snippets
    assert {"doc", "score", "snippets"} <= set(hits.to_records()[0])
    assert kb.search("robot", offset=1) == hits[1:]
    assert {h.doc for h in kb.search("", entity="Zhipu AI")} == {"atlas_bourse", "zhipu_modele"}
    answer = kb.ask("Qui dirige Brightwell ?")
    assert answer.found and answer.short == "Daniel Okafor"
    assert answer.citations[0].doc == "brightwell_en"
    assert not kb.ask("Combien Glorvik Dynamics a-t-elle levé ?").found


def test_records_to_pandas(kb: KnowledgeBase, monkeypatch: pytest.MonkeyPatch) -> None:
    facts = kb.facts(show_all=True)
    assert facts.to_records() == [f.to_dict() for f in facts]
    monkeypatch.setitem(sys.modules, "pandas", None)  # as if it were not installed
    with pytest.raises(ImportError, match="pip install pandas"):
        facts.to_pandas()


def test_records_to_a_dataframe(kb: KnowledgeBase) -> None:
    pytest.importorskip("pandas")
    frame = kb.facts(show_all=True).to_pandas()
    assert list(frame.columns)[:3] == ["id", "type", "args"]
    assert len(frame) == len(kb.facts(show_all=True))


def test_ingest_a_text_and_see_its_facts(own: KnowledgeBase) -> None:
    report = own.ingest_text(LAUNCH, title="Velmora lance Kestrel-3", published="2025-03-06")
    assert report.count("added") == 1
    added = report.outcomes[0]
    assert added.name and added.name.startswith("text-")
    doc = own.document(added.name)
    assert doc.published == "2025-03-06" and doc.title == "Velmora lance Kestrel-3"
    launches = own.facts(type="launch", entity="Velmora")
    assert launches and launches[0].doc == added.name
    assert own.search("Kestrel")[0].doc == added.name  # indexed for search at once
    dated = [f.date for f in own.facts(since="2025", until="2025-12-31")]
    assert launches[0].date in dated and own.facts(since="2026", type="launch") == []
    assert own.ingest_text(LAUNCH).count("unchanged") == 1  # the same text changes nothing
    assert report.to_dict()["counts"]["added"] == 1
    with pytest.raises(InputError):
        own.ingest_text("   ")


def test_ingest_bytes_of_an_upload(own: KnowledgeBase) -> None:
    html = ("<html><head><title>Velmora lance Kestrel-3</title></head><body><article><p>"
            + LAUNCH.replace("\n\n", "</p><p>") + "</p></article></body></html>").encode()
    report = own.ingest_bytes(html, "../../kestrel.html", lang="fr")
    outcome = report.outcomes[0]
    assert (outcome.status, outcome.name, outcome.source) == ("added", "kestrel", "upload:kestrel.html")
    with pytest.raises(InputError, match="binary"):
        own.ingest_bytes(b"\x00\x01\x02" * 100, "blob.bin")


def test_ingest_url_refuses_loopback_unless_allowed(own: KnowledgeBase, http_site: Site) -> None:
    http_site.add("/velmora.txt", LAUNCH, "text/plain; charset=utf-8")
    url = http_site.url("/velmora.txt")
    with pytest.raises(FetchRefused) as e:
        own.ingest_url(url)
    assert "loopback" in e.value.message and "--allow-private-urls" in e.value.hint
    assert [f.source for f in own.failures()] == [url]
    report = own.ingest_url(url, allow_private_urls=True)
    assert report.count("added") == 1 and own.failures() == []
    for not_a_url in ("/etc/passwd", "-", "file:///etc/passwd"):
        with pytest.raises(InputError):
            own.ingest_url(not_a_url)


def test_split_and_merge(own: KnowledgeBase) -> None:
    apart = own.split("Zhipu AI", "Knowledge Atlas Technology")
    assert apart.name == "Knowledge Atlas Technology"
    assert own.resolve("Knowledge Atlas Technology").id == apart.id != own.resolve("Zhipu AI").id
    kept = own.merge("Zhipu AI", "Knowledge Atlas Technology")
    assert kept.name == "Zhipu AI"
    assert own.resolve("Knowledge Atlas Technology").id == kept.id
    assert sorted(d.doc for d in own.entity("Zhipu AI").documents) == ["atlas_bourse", "zhipu_modele"]


def test_exports_match_the_cli(kb: KnowledgeBase, corpus: Corpus, cli: Cli) -> None:
    lines = cli("export", "facts", "--db", corpus.db).stdout.splitlines()
    assert [json.loads(line) for line in lines] == list(kb.export_facts())
    assert len(list(kb.export_facts(show_all=True))) >= len(lines)
    assert list(kb.export_entities()) == [
        json.loads(line) for line in cli("export", "entities", "--db", corpus.db).stdout.splitlines()]


def test_records_are_a_list() -> None:
    page = Records([], next_cursor="x")
    assert page == [] and page.next_cursor == "x" and page.to_records() == []


SURFACES = ["api.py", "cli", "web"]


def test_the_surfaces_hold_no_sql() -> None:
    """SQL lives in kb/: the library API, the CLI and the web app call it."""
    import re

    root = Path(veille.__file__).parent
    sql = re.compile(r"\b(SELECT|INSERT|UPDATE|DELETE FROM)\b")
    files = [f for name in SURFACES for f in ([root / name] if name.endswith(".py")
                                              else sorted((root / name).rglob("*.py")))]
    assert len(files) > 3
    for path in files:
        assert not sql.search(path.read_text(encoding="utf-8")), f"SQL in {path.relative_to(root)}"


@pytest.mark.parametrize("module", ["veille", "veille.cli"])
def test_python_dash_m_runs_the_cli(module: str) -> None:
    out = subprocess.run([sys.executable, "-m", module, "--help"], capture_output=True, text=True)
    assert out.returncode == 0 and "Example: veille ingest" in out.stdout


def test_each_cli_module_imports_alone() -> None:
    """No import cycle between the command modules: each can be imported first."""
    for name in ("browse", "common", "digest", "export", "ingest", "query", "serve", "main"):
        code = f"import veille.cli.{name}"
        subprocess.run([sys.executable, "-c", code], check=True, capture_output=True)
