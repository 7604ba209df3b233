"""The web interface's pages through an in-process client: every page and its JSON twin, in
French and English, the facets, the charts, the CSV, provenance, escaping, the security
headers, signing in and the writes (ingest jobs, split, merge)."""

from __future__ import annotations

import csv
import io
import re
import time
from datetime import date
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from conftest import WebStore, copy_store
from fastapi.testclient import TestClient

from veille.api import KnowledgeBase
from veille.records import FactSpan, Mention
from veille.web import create_app
from veille.web.charts import Point, bars, deadlines, sparkline, timeline
from veille.web.highlight import marked, render
from veille.web.ui import accepted_language, catalogue

pytestmark = pytest.mark.slow

TOKEN = "page-token-93b1"
HTML = {"Accept": "text/html"}
TEMPLATES = Path(__file__).parent.parent / "src" / "veille" / "web" / "templates"


@pytest.fixture(scope="module")
def client(web_store: WebStore) -> TestClient:
    """The app over the web store, on loopback, with a token (read-only tests)."""
    return TestClient(create_app(web_store.db, token=TOKEN))


@pytest.fixture
def own_db(web_store: WebStore, tmp_path: Path) -> Path:
    return copy_store(web_store.db, tmp_path / "kb.db")


def signed_in(app_db: Path, **kwargs: Any) -> TestClient:
    client = TestClient(create_app(app_db, token=TOKEN, **kwargs))
    response = client.post("/login", data={"token": TOKEN, "next": "/ingest"}, follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] == "/ingest"
    return client


def csrf_of(page: str) -> str:
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page)
    assert found, "no csrf field on the page"
    return found.group(1)


def main_of(page: str) -> str:
    return page[page.index("<main>"):page.index("</main>")]


def fact_id(db: Path, **filters: Any) -> str:
    with KnowledgeBase(db) as kb:
        return kb.facts(**filters)[0].id


# --- every page, its JSON twin, both languages ------------------------------------------------

PAGES = ["/", "/search?q=robot", "/ask?q=Combien+Velmora+a-t-elle+lev%C3%A9+%3F", "/entities",
         "/entities/Velmora", "/facts", "/documents", "/documents/velmora_levee", "/graph", "/ingest"]


@pytest.mark.parametrize("url", PAGES)
def test_every_page_and_its_json_twin(client: TestClient, url: str) -> None:
    page = client.get(url, headers=HTML)
    assert page.status_code == 200, page.text
    assert page.headers["content-type"].startswith("text/html")
    assert "[" + "nav." not in page.text and not re.search(r"\[[a-z_]+\.[a-z_.]+\]", page.text), \
        "a message key is missing from messages.yaml"
    path, _, query = url.partition("?")
    twin = (path.rstrip("/") + ".json" if path != "/" else "/.json") + (f"?{query}" if query else "")
    assert f'href="{twin.replace("&", "&amp;")}"' in page.text  # the page links its twin
    data = client.get(twin)
    assert data.status_code == 200 and data.headers["content-type"] == "application/json"
    assert isinstance(data.json(), dict)


def test_the_language_comes_from_the_browser_with_a_switch(client: TestClient) -> None:
    assert "Recherche" in client.get("/search", headers={**HTML, "Accept-Language": "fr-FR,fr;q=0.9"}).text
    english = client.get("/search", headers={**HTML, "Accept-Language": "en-GB,en;q=0.8,fr;q=0.5"}).text
    assert '<html lang="en">' in english and ">Search<" in english and 'href="/search?lang=fr"' in english
    assert '<html lang="fr">' in client.get("/search", headers={**HTML, "Accept-Language": "de-DE"}).text
    switched = TestClient(client.app)
    response = switched.get("/facts?lang=en", headers={**HTML, "Accept-Language": "fr"})
    assert '<html lang="en">' in response.text and response.cookies.get("veille_lang") == "en"
    assert '<html lang="en">' in switched.get("/facts", headers={**HTML, "Accept-Language": "fr"}).text


@pytest.mark.parametrize(("header", "lang"), [
    ("fr-CA,en;q=0.8", "fr"), ("en-US,fr;q=0.9", "en"), ("de,en;q=0.5,fr;q=0.4", "en"),
    ("fr;q=0.2,en;q=0.9", "en"), ("*", None), ("", None), ("en;q=0", None), ("xx;q=abc,fr", "fr")])
def test_accept_language(header: str, lang: str | None) -> None:
    assert accepted_language(header) == lang


def test_every_message_used_exists_in_both_languages() -> None:
    messages = catalogue()
    used = set()
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        used |= set(re.findall(r"""\bt\(\s*["']([a-z_]+\.[a-z_.]*[a-z_])["']\s*[,)]""", text))
    assert used, "no t('...') found in the templates"
    assert used <= set(messages), f"missing from messages.yaml: {sorted(used - set(messages))}"
    for key, texts in messages.items():
        assert texts["fr"].strip() and texts["en"].strip(), key


def test_pages_forbid_inline_scripts(client: TestClient) -> None:
    for url in ("/", "/search.json?q=robot", "/static/veille.js", "/nowhere"):
        csp = client.get(url).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp and "object-src 'none'" in csp
    assert "content-security-policy" not in client.get("/docs").headers  # FastAPI's own page
    for template in TEMPLATES.glob("*.html"):
        text = template.read_text(encoding="utf-8")
        assert not re.search(r"<script(?![^>]*\bsrc=)", text), f"inline script in {template.name}"
        assert not re.search(r"\son[a-z]+=", text), f"inline event handler in {template.name}"
        assert "style=" not in text, f"inline style in {template.name}"


def test_static_files_and_vendored_libraries(client: TestClient) -> None:
    js = client.get("/static/vendor/cytoscape.min.js")
    assert js.status_code == 200 and "javascript" in js.headers["content-type"] and len(js.content) > 100_000
    assert "MIT" in client.get("/static/vendor/README.md").text
    assert "Permission is hereby granted" in client.get("/static/vendor/cytoscape.LICENSE").text


def test_errors_are_pages_for_a_browser_and_json_for_the_twin(client: TestClient) -> None:
    page = client.get("/entities/Nobody%20Such%20Corp", headers=HTML)
    assert page.status_code == 404 and "no entity named" in page.text and "<h1>" in page.text
    twin = client.get("/entities/Nobody%20Such%20Corp.json")
    assert twin.status_code == 404 and twin.json()["error"]["code"] == "not_found"
    assert client.get("/nowhere", headers={**HTML, "Accept-Language": "en"}).text.count("There is no such page") == 1
    bad = client.get("/facts?type=nonsense", headers=HTML)
    assert bad.status_code == 400 and "unknown fact type" in bad.text and "<form" in bad.text
    assert client.get("/facts.json?type=nonsense").json()["error"]["code"] == "bad_query"
    assert client.get("/api/v1/no-such-thing", headers=HTML).json()["error"]["code"] == "not_found"


# --- the pages' content ----------------------------------------------------------------------

def test_overview(client: TestClient) -> None:
    today = date.today().isoformat()  # the undated test articles count from the day they were ingested
    data = client.get("/.json").json()
    assert data["until"] == today and data["new_documents"] == 7
    assert {"file", "text"} <= {s["kind"] for s in data["sources"]}
    since = client.get("/.json?since=2025-06-01").json()
    assert since["new_documents"] == 10 and {"launch", "funding"} <= set(since["latest"])
    march = client.get("/.json?since=2025-03-01").json()
    moves = [f["args"]["change_pct"] for f in march["latest"]["stock_move"] if f["args"]["subject"] == "Velmora"]
    assert sorted(moves) == [-4.0, 10.0, 12.0]
    page = client.get("/?since=2025-03-01", headers=HTML).text
    assert "/facts/" in page and "Velmora" in page
    assert client.get("/?since=March", headers=HTML).status_code == 400


def test_search_with_facets_highlights_and_pages(client: TestClient) -> None:
    data = client.get("/search.json?q=Velmora").json()
    assert data["items"] and data["facets"]["types"] and data["facets"]["entities"]
    assert ("stock_move" in [t for t, _ in data["facets"]["types"]])
    narrowed = client.get("/search.json?q=Velmora&type=stock_move").json()
    assert {h["doc"] for h in narrowed["items"]} == {"velmora_bourse", "velmora_titre", "velmora_recul"}
    assert client.get("/search.json?q=Velmora&lang=en").json()["items"][0]["doc"] == "velmora_en"
    page = client.get("/search?q=Velmora&type=stock_move", headers=HTML).text
    assert "<mark>Velmora</mark>" in page
    assert 'href="/search?q=Velmora&amp;type=stock_move&amp;lang=fr"' in page  # a facet keeps the query
    assert 'class="chip" href="/search?q=Velmora"' in page  # an active filter can be removed
    first = client.get("/search.json?q=Velmora").json()
    if first["has_next"]:
        second = client.get("/search.json?q=Velmora&page=2").json()
        assert not {h["doc"] for h in first["items"]} & {h["doc"] for h in second["items"]}
    assert client.get("/search.json?q=Velmora&since=2025-06-01").json()["items"][0]["published"] >= "2025-06-01"
    assert client.get("/search", headers=HTML).status_code == 200  # the empty form
    assert client.get("/search?q=%22unclosed", headers=HTML).status_code in (200, 400)


def test_ask_cites_and_highlights_or_says_not_found(client: TestClient) -> None:
    data = client.get("/ask.json", params={"q": "Combien Velmora a-t-elle levé ?"}).json()
    assert data["answer"]["found"] and "40" in data["answer"]["short"]
    citation = data["answer"]["citations"][0]
    page = client.get("/ask", params={"q": "Combien Velmora a-t-elle levé ?"}, headers=HTML).text
    marked_words = re.search(r'<span class="[^"]*target[^"]*" id="evidence"[^>]*>(.*?)</span>', page, re.S)
    assert marked_words and "40 millions" in re.sub(r"<[^>]+>", "", marked_words.group(1))
    assert f'href="/documents/{citation["doc"]}?start={citation["start"]}&amp;end={citation["end"]}"' in page
    assert 'href="/facts/' in page  # the fact behind the answer, one click away
    missing = client.get("/ask", params={"q": "Combien OpenAI a-t-elle levé auprès de Tesla ?"},
                         headers={**HTML, "Accept-Language": "en"}).text
    assert "Not found in the corpus" in missing
    assert not client.get("/ask.json", params={"q": "Combien OpenAI a-t-elle levé auprès de Tesla ?"}).json()[
        "answer"]["found"]


def test_an_entity_profile_with_charts_and_neighbourhood(client: TestClient, web_store: WebStore) -> None:
    data = client.get("/entities/Velmora.json").json()
    assert data["name"] == "Velmora" and data["aliases"] and all(a["reason"] for a in data["aliases"])
    assert "charted" not in data  # what the charts are drawn from stays on the server
    assert data["documents_total"] == len(data["documents"]) == 9 and data["facts_total"] == len(data["facts"])
    assert data["more"] == {"documents": f"/documents?entity={data['id']}", "facts": f"/facts?entity={data['id']}"}
    with KnowledgeBase(web_store.db) as kb:
        roles = {(f.type, f.role) for f in kb.entity_facts("Velmora")}
    assert {("funding", "recipient"), ("stock_move", "subject"), ("target", "subject")} <= roles
    page = client.get(f"/entities/{data['id']}", headers=HTML).text
    assert page.count('class="chart timeline"') == 1 and page.count('<circle class="dot t-') >= 5
    assert '<rect class="bar m-raised"' in page  # money raised
    assert '<rect class="bar up"' in page and '<rect class="bar down"' in page  # stock moves
    assert 'class="chart deadlines"' in page and "2027" in page  # the target's deadline
    assert f'data-src="/graph.json?entity={data["id"]}&amp;mentions=10"' in page
    assert "Claire Dumont" in page  # often named with it
    assert 'action="/entities/' not in page  # no token given: no split or merge forms
    neighbourhood = client.get(f"/graph.json?entity={data['id']}&mentions=10").json()
    kinds = {e["kind"] for e in neighbourhood["edges"]}
    assert {"funding", "agreement", "role", "mention"} <= kinds


def test_the_documents_of_an_entity_newest_first(client: TestClient) -> None:
    profile = client.get("/entities/Velmora.json").json()
    data = client.get(f"/documents.json?entity={profile['id']}").json()
    assert data["entity"]["name"] == "Velmora" and len(data["items"]) == profile["documents_total"] == 9
    days = [d["published"] for d in data["items"]]
    assert days == sorted(days, reverse=True)
    assert [d["name"] for d in data["items"]] == [d["doc"] for d in profile["documents"]]  # the profile's order
    page = client.get("/documents?entity=Velmora", headers=HTML).text
    assert 'href="/entities/' in page and "velmora_levee" in page and "zhipu_modele" not in page
    assert client.get("/documents.json?entity=Nobody%20Such%20Corp").status_code == 404


def test_the_entities_list(client: TestClient) -> None:
    data = client.get("/entities.json?search=velm").json()
    assert [e["name"] for e in data["items"]] == ["Velmora"]
    people = client.get("/entities.json?type=person").json()["items"]
    assert people and all(e["type"] == "person" for e in people)
    assert client.get("/entities.json?type=robot").status_code == 400


@pytest.mark.parametrize("url", ["/entities.json?page=1000000000000000000", "/documents.json?page=200001",
                                 "/entities?page=99999999999999999999"])
def test_a_page_number_past_sqlite_integers_is_refused_not_a_server_error(client: TestClient, url: str) -> None:
    assert client.get(url).status_code == 422
    assert client.get(url.split("=")[0] + "=200000").status_code == 200


def test_the_facts_table_filters_and_its_csv(client: TestClient) -> None:
    data = client.get("/facts.json?entity=Velmora&type=stock_move").json()
    assert sorted(f["args"]["change_pct"] for f in data["items"]) == [-4.0, 10.0, 12.0]
    assert [f["args"]["change_pct"] for f in client.get(
        "/facts.json?entity=Velmora&type=stock_move&conflicts=true").json()["items"]] in ([10.0, 12.0], [12.0, 10.0])
    corroborated = client.get("/facts.json?corroborated=true&type=funding").json()["items"]
    assert any(f["args"].get("recipient") == "Velmora" and f["sources"] == 2 for f in corroborated)
    assert all(f["modality"] == "projected" for f in client.get("/facts.json?modality=projected").json()["items"])
    assert all(f["date"] >= "2025-05" for f in client.get("/facts.json?since=2025-05&entity=Velmora").json()["items"])
    page = client.get("/facts?entity=Velmora&limit=3", headers=HTML).text
    assert 'href="/facts.csv?entity=Velmora&amp;limit=3"' in page and 'rel="next"' in page
    shown = client.get("/facts.json?entity=Velmora&limit=3").json()
    response = client.get("/facts.csv?entity=Velmora&limit=3")
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r["id"] for r in rows] == [f["id"] for f in shown["items"]]  # exactly what is shown
    following = client.get(f"/facts.csv?entity=Velmora&limit=3&cursor={shown['next_cursor']}")
    assert [r["id"] for r in csv.DictReader(io.StringIO(following.content.decode("utf-8-sig")))] == [
        f["id"] for f in client.get(f"/facts.json?entity=Velmora&limit=3&cursor={shown['next_cursor']}").json()[
            "items"]]
    english = client.get("/facts.csv?type=stock_move&entity=Velmora", headers={"Accept-Language": "en"}).text
    assert "Velmora -4 %" in english or "Velmora −4 %" in english or "Velmora -4" in english


def test_a_fact_with_its_evidence_corroboration_and_conflicts(client: TestClient, web_store: WebStore) -> None:
    funding = next(f for f in client.get("/facts.json?type=funding&entity=Velmora").json()["items"]
                   if f["sources"] == 2)
    data = client.get(f"/facts/{funding['id']}.json").json()
    assert {s["doc"] for s in data["statements"]} == {"velmora_levee", "velmora_tour"}
    assert {(e["role"], e["name"]) for e in data["entities"]} >= {("recipient", "Velmora"),
                                                                   ("subject", "Brindle Capital")}
    page = client.get(f"/facts/{funding['id']}", headers=HTML).text
    target = re.search(r'<span class="[^"]*target[^"]*" id="evidence" data-scroll-to="1">', page)
    assert target, "the evidence is not marked as the target"
    assert f'href="/facts/{funding["id"]}?doc=velmora_tour"' in page  # the other article, side by side
    other = client.get(f"/facts/{funding['id']}?doc=velmora_tour", headers=HTML).text
    assert "velmora_tour" in other[other.index('<article'):] and 'id="evidence"' in other
    move = next(f for f in client.get("/facts.json?type=stock_move&conflicts=true").json()["items"]
                if f["args"]["change_pct"] == 12.0)
    detail = client.get(f"/facts/{move['id']}.json").json()
    assert [c["args"]["change_pct"] for c in detail["conflicting"]] == [10.0]
    assert "/facts/" + detail["conflicting"][0]["id"] in client.get(f"/facts/{move['id']}", headers=HTML).text
    assert client.get("/facts/0000000000000000", headers=HTML).status_code == 404


def test_a_document_with_entities_and_facts_marked(client: TestClient) -> None:
    data = client.get("/documents/velmora_levee.json").json()
    assert data["text"].startswith("Velmora lève") and data["mentions"] and data["facts"]
    page = client.get("/documents/velmora_levee", headers=HTML).text
    assert re.search(r'<a class="ent e-organization" href="/entities/[0-9a-f]+" title="Velmora">Velmora<span', page)
    assert '<a class="fref t-funding" href="/facts/' in page
    assert 'class="fact-list"' in page
    cited = client.get("/documents/velmora_levee?start=0&end=7", headers=HTML).text
    assert 'id="evidence"' in cited
    listing = client.get("/documents.json").json()
    assert {d["name"] for d in listing["items"]} >= {"velmora_levee", "zhipu_modele"}


def test_an_article_carrying_markup_is_shown_as_text(client: TestClient) -> None:
    page = client.get("/documents/velmora_piege", headers=HTML).text
    article = page[page.index('<article'):page.index('</article>')]
    assert "&lt;script&gt;" in article and "&lt;img src=x onerror=" in article
    assert "<script" not in article and "<img" not in article and "<b " not in article
    assert 'href="javascript:' not in page and "<a href=&#34;javascript" not in article
    title = page[page.index("<title>"):page.index("</title>")]
    assert "&lt;script&gt;" in title
    for url in ("/search?q=piège", "/facts?entity=Velmora", "/", "/documents"):
        assert "<script>alert" not in client.get(url, headers=HTML).text
        assert "<script>document" not in client.get(url, headers=HTML).text


def test_the_graph_built_from_facts(client: TestClient) -> None:
    data = client.get("/graph.json").json()
    names = {n["id"]: n["name"] for n in data["nodes"]}
    edges = {(names[e["source"]], names[e["target"]], e["kind"], e["directed"]) for e in data["edges"]}
    assert ("Brindle Capital", "Velmora", "funding", True) in edges  # investor -> recipient
    assert ("Claire Dumont", "Velmora", "role", True) in edges  # person -> organisation
    assert any({a, b} == {"Velmora", "Qorvex Labs"} and kind == "agreement" and not directed
               for a, b, kind, directed in edges)
    only = client.get("/graph.json?type=funding").json()
    assert only["edges"] and {e["kind"] for e in only["edges"]} == {"funding"}
    orgs = client.get("/graph.json?entity_type=organization").json()
    assert orgs["nodes"] and {n["type"] for n in orgs["nodes"]} == {"organization"}
    assert not client.get("/graph.json?type=role&until=2024").json()["edges"]
    assert client.get("/graph.json?type=quote").status_code == 400
    page = client.get("/graph?type=funding", headers=HTML).text
    assert 'data-src="/graph.json?type=funding"' in page and "/static/vendor/cytoscape.min.js" in page


# --- access and writes ------------------------------------------------------------------------

def test_a_server_without_token_takes_no_writes_from_pages(own_db: Path) -> None:
    client = TestClient(create_app(own_db))
    assert "veille serve --token" in client.get("/ingest", headers=HTML).text.replace("&#34;", '"')
    response = client.post("/ingest", data={"mode": "text", "text": "Bonjour", "csrf": "x"}, headers=HTML,
                           follow_redirects=False)
    assert response.status_code == 403
    assert client.post("/ingest", data={"mode": "text", "text": "Bonjour"}).json()["error"]["code"] == \
        "writes_disabled"
    assert client.post("/login", data={"token": "anything"}).status_code == 401


def test_signing_in_then_ingesting_a_pasted_text(own_db: Path) -> None:
    anonymous = TestClient(create_app(own_db, token=TOKEN))
    assert 'href="/login?next=/ingest"' in anonymous.get("/ingest", headers=HTML).text
    refused = anonymous.post("/ingest", data={"mode": "text", "text": "x"}, headers={**HTML, "Referer": "http://testserver/ingest"},
                             follow_redirects=False)
    assert refused.status_code == 303 and refused.headers["location"] == "/login?next=%2Fingest"
    assert anonymous.post("/login", data={"token": "wrong"}).status_code == 401
    client = signed_in(own_db)
    assert client.cookies.get("veille_session") and TOKEN not in client.cookies.get("veille_session", "")
    form = client.get("/ingest", headers=HTML).text
    csrf = csrf_of(form)
    assert client.post("/ingest", data={"mode": "text", "text": "x", "csrf": "0" * 64}).status_code == 403
    cross = client.post("/ingest", data={"mode": "text", "text": "x", "csrf": csrf},
                        headers={"Origin": "https://evil.example"})
    assert cross.status_code == 403
    text = ("Halvane lance Orbis-2\n\nLa start-up nantaise Halvane a dévoilé mardi Orbis-2, son robot de tri "
            "destiné aux centres de recyclage.")
    started = client.post("/ingest", data={"mode": "text", "text": text, "published": "2025-07-01", "csrf": csrf},
                          follow_redirects=False)
    assert started.status_code == 303 and started.headers["location"].startswith("/ingest/jobs/")
    job = wait_for_job(client, started.headers["location"])
    assert job["status"] == "done" and job["counts"] == {"added": 1}
    page = client.get(started.headers["location"], headers=HTML).text
    assert "Orbis-2" in page and 'href="/facts/' in page  # its facts, one click from provenance
    launches = client.get("/facts.json?type=launch&all=true").json()["items"]
    assert "Halvane" in [f["args"].get("subject") for f in launches]
    bad = client.post("/ingest", data={"mode": "text", "text": "x", "published": "July", "csrf": csrf}, headers=HTML)
    assert bad.status_code == 400 and "YYYY-MM-DD" in bad.text
    assert client.post("/ingest", data={"mode": "text", "text": "  ", "csrf": csrf}).status_code == 400


def wait_for_job(client: TestClient | httpx.Client, location: str, seconds: float = 60) -> dict[str, Any]:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        job: dict[str, Any] = client.get(location + ".json").json()
        if job["status"] in ("done", "failed"):
            return job
        time.sleep(0.1)
    raise AssertionError(f"the job at {location} did not finish")


def test_uploading_files_and_a_refused_url(own_db: Path) -> None:
    client = signed_in(own_db)
    csrf = csrf_of(client.get("/ingest", headers=HTML).text)
    files = [("files", ("tarvis.txt", "Tarvis ouvre un bureau à Lille\n\nLa société Tarvis a ouvert lundi un bureau "
                        "à Lille.".encode(), "text/plain")),
             ("files", ("vide.txt", b"", "text/plain"))]
    started = client.post("/ingest", data={"mode": "file", "csrf": csrf}, files=files, follow_redirects=False)
    job = wait_for_job(client, started.headers["location"])
    assert job["status"] == "done" and job["total"] == 2
    assert sorted(o["status"] for o in job["outcomes"]) == ["added", "failed"]
    refused = client.post("/ingest", data={"mode": "url", "url": "http://127.0.0.1:9/feed.xml", "csrf": csrf},
                          follow_redirects=False)
    failed = wait_for_job(client, refused.headers["location"])
    assert failed["status"] == "failed" and failed["error"]["code"] == "url_refused"
    assert "allow-private-urls" in failed["error"]["hint"]
    not_a_url = client.post("/ingest", data={"mode": "url", "url": "/etc/passwd", "csrf": csrf}, headers=HTML)
    assert not_a_url.status_code == 400


def test_split_and_merge_from_the_profile(own_db: Path) -> None:
    client = signed_in(own_db)
    zhipu = client.get("/entities/Zhipu%20AI.json").json()
    page = client.get(f"/entities/{zhipu['id']}", headers=HTML).text
    csrf = csrf_of(page)
    assert 'name="alias" value="Knowledge Atlas Technology"' in page
    split = client.post(f"/entities/{zhipu['id']}/split", data={"alias": "Knowledge Atlas Technology", "csrf": csrf},
                        follow_redirects=False)
    assert split.status_code == 303 and "done=split" in split.headers["location"]
    assert client.get("/entities/Knowledge%20Atlas%20Technology.json").json()["id"] != zhipu["id"]
    merged = client.post(f"/entities/{zhipu['id']}/merge", data={"other": "Knowledge Atlas Technology", "csrf": csrf},
                         follow_redirects=False)
    assert merged.status_code == 303
    assert client.get("/entities/Knowledge%20Atlas%20Technology.json").json()["id"] == zhipu["id"]
    assert "Knowledge Atlas Technology" in client.get(merged.headers["location"], headers=HTML).text
    assert client.post(f"/entities/{zhipu['id']}/merge", data={"other": "Zhipu AI"}).status_code == 403  # no csrf


def test_off_loopback_pages_need_the_token(own_db: Path) -> None:
    client = TestClient(create_app(own_db, token=TOKEN, bind_host="0.0.0.0"))
    page = client.get("/facts?type=funding", headers=HTML, follow_redirects=False)
    assert page.status_code == 303 and page.headers["location"] == "/login?next=%2Ffacts%3Ftype%3Dfunding"
    assert client.get("/facts.json").json()["error"]["code"] == "unauthorized"
    assert client.get("/facts.json", headers={"Authorization": f"Bearer {TOKEN}"}).status_code == 200
    assert client.get("/login", headers=HTML).status_code == 200
    assert client.get("/static/veille.css").status_code == 200
    login = client.post("/login", data={"token": TOKEN, "next": "/facts?type=funding"}, follow_redirects=False)
    assert login.headers["location"] == "/facts?type=funding"
    assert client.get("/facts?type=funding", headers=HTML).status_code == 200
    assert client.post("/login", data={"token": TOKEN, "next": "https://evil.example/"},
                       follow_redirects=False).headers["location"] == "/"


# --- the pieces -------------------------------------------------------------------------------

def test_marks_never_let_markup_through() -> None:
    text = 'Acme <b>x</b> a levé 5 M€ & "plus".'
    mentions = [Mention(0, 4, "Acme", "e1", "Acme <Corp>", "organization")]
    facts = [FactSpan(0, 20, "f1", "funding", {}, None, "asserted", 0.8),
             FactSpan(2, 12, "f2", "metric", {}, None, "asserted", 0.8)]  # starts inside the mention
    html = str(render(text, mentions, facts, target_fact="f1"))
    assert "<b>" not in html and "&lt;b&gt;x&lt;/" in html and "&amp;" in html and "&#34;plus&#34;" in html
    assert 'title="Acme &lt;Corp&gt;"' in html
    assert html.count('id="evidence"') == 1 and html.count('class="ent ') == 1  # the mention is never cut
    assert re.sub(r"<[^>]+>|ORGANIZATION|organization|[12](?=</a>)", "", html).replace("&lt;", "<").replace(
        "&gt;", ">").replace("&amp;", "&").replace("&#34;", '"').startswith("Acme <b>x</b> a levé 5 M€")
    assert str(marked("le <robot> lancé", 10, [(14, 19)])) == "le &lt;<mark>robot</mark>&gt; lancé"


def test_charts_are_svg_without_script() -> None:
    assert str(sparkline([])) == ""
    spark = str(sparkline([0, 1, 3, 2], "Acme <x>"))
    assert spark.startswith("<svg") and "<polyline" in spark and 'aria-label="Acme &lt;x&gt;"' in spark
    points = [Point(739000, 12.0, "up <b>", "/facts/a", "up"), Point(739030, -4.0, "down", "/facts/b", "down")]
    chart = str(bars(points, "moves"))
    assert chart.count("<rect") == 2 and "up &lt;b&gt;" in chart and "<script" not in chart
    line = str(timeline([("stock_move", "stock move")], {"stock_move": points}, "timeline"))
    assert line.count("<circle") == 2 and 'href="/facts/a"' in line
    assert str(timeline([("x", "x")], {}, "empty")) == ""
    assert str(deadlines([Point(739500, 0, "500 robots by 2027", "/facts/c", "t-target")], "t")).count("<circle") == 1


def test_many_facts_are_drawn_month_by_month() -> None:
    from datetime import date as day

    from veille.web.charts import monthly

    points = [Point(day(2025, 3, d).toordinal(), 0, "x", "/facts/x", "t-metric") for d in range(1, 31)]
    points += [Point(day(2025, 5, 2).toordinal(), 0, "y", "/facts/y", "t-metric")]
    months = monthly(points, lambda month, n: (f"{n} in {month}", f"/facts?since={month}"))
    assert [(p.value, p.label, p.href) for p in months] == [(30, "30 in 2025-03", "/facts?since=2025-03"),
                                                            (1, "1 in 2025-05", "/facts?since=2025-05")]
    drawn = str(timeline([("metric", "figure")], {"metric": months}, "t"))
    assert drawn.count("<circle") == 2 and 'class="dot t-metric many"' in drawn


def test_the_pages_are_left_out_of_the_openapi_schema(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    assert all(p.startswith("/api/v1/") for p in paths)


def test_entity_links_accept_names_with_spaces(client: TestClient) -> None:
    assert client.get("/entities/" + quote("Brindle Capital") + ".json").json()["name"] == "Brindle Capital"



def test_a_form_sent_with_empty_fields_filters_nothing(client: TestClient) -> None:
    everything = client.get("/facts.json").json()["items"]
    assert client.get("/facts.json?type=&entity=&modality=&since=&until=&min_confidence=").json()["items"] == everything
    assert client.get("/facts.json?min_confidence=0.8").json()["items"] != everything
    assert client.get("/facts.json?min_confidence=lots").json()["error"]["code"] == "bad_query"
    assert client.get("/graph.json?type=&entity_type=&since=&entity=").status_code == 200
    assert client.get("/search.json?q=Velmora&type=&entity=&lang=").json()["items"]
