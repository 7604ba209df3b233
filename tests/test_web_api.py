"""The REST API under /api/v1: every endpoint, the error shape, access, fetch policy, body
limits, the OpenAPI schema kept in the repository, and a real server."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest
from conftest import Cli, Corpus, Site
from fastapi.testclient import TestClient

import veille
from veille.errors import VeilleError
from veille.web import create_app
from veille.web.schema import openapi_text

pytestmark = pytest.mark.slow

TOKEN = "test-token-4f2a"
AUTH = {"Authorization": f"Bearer {TOKEN}"}
LAUNCH = ("Velmora lance Kestrel-3\n\nLa startup lyonnaise Velmora a dévoilé jeudi Kestrel-3, "
          "son robot de logistique destiné aux entrepôts.")
OPENAPI = Path(__file__).parent.parent / "docs" / "openapi.json"


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> None:
    for var in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy",
                "VEILLE_TOKEN", "VEILLE_ALLOW_PRIVATE_URLS"):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="module")
def shared_db(corpus: Corpus, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the session store for the read-only tests of this module."""
    return corpus.copy(tmp_path_factory.mktemp("web") / "kb.db")


@pytest.fixture(scope="module")
def client(shared_db: Path) -> TestClient:
    """The app over the shared store, on loopback, with a token."""
    return TestClient(create_app(shared_db, token=TOKEN))


@pytest.fixture
def own_db(corpus: Corpus, tmp_path: Path) -> Path:
    return corpus.copy(tmp_path / "kb.db")


@pytest.fixture
def writer(own_db: Path) -> TestClient:
    """The app over a private copy of the store, with a token."""
    return TestClient(create_app(own_db, token=TOKEN))


def error_of(response: httpx.Response, status: int, code: str) -> dict[str, str]:
    """The error body, checked for its one shape, status and code."""
    assert response.status_code == status, response.text
    body = response.json()
    assert set(body) == {"error"} and set(body["error"]) == {"code", "message", "hint"}
    assert body["error"]["code"] == code and body["error"]["message"]
    return dict(body["error"])


# --- reading ----------------------------------------------------------------------------------

def test_health(client: TestClient) -> None:
    body = client.get("/api/v1/health").json()
    assert body["status"] == "ok" and body["version"] == veille.__version__
    assert body["documents"] == 7 and body["writes"] is True


def test_documents(client: TestClient, corpus: Corpus) -> None:
    body = client.get("/api/v1/documents").json()
    assert {d["name"] for d in body["items"]} == {p.stem for p in corpus.folder.iterdir()}
    assert body["failures"] == []
    doc = client.get("/api/v1/documents/brightwell_en").json()
    assert doc["lang"] == "en" and doc["text"].startswith("Brightwell opens")
    assert client.get(f"/api/v1/documents/{doc['id']}").json()["name"] == "brightwell_en"
    error_of(client.get("/api/v1/documents/nothing-such"), 404, "not_found")
    two = client.get("/api/v1/documents", params={"limit": 2}).json()["items"]
    assert [d["name"] for d in two] == sorted(p.stem for p in corpus.folder.iterdir())[:2]
    zhipu = client.get("/api/v1/documents", params={"entity": "Knowledge Atlas Technology"}).json()["items"]
    assert sorted(d["name"] for d in zhipu) == ["atlas_bourse", "zhipu_modele"]
    assert client.get("/api/v1/documents", params={"entity": "Zhipu AI", "offset": 1}).json()["items"] == zhipu[1:]


def test_entities(client: TestClient) -> None:
    people = client.get("/api/v1/entities", params={"type": "person"}).json()["items"]
    assert {"Hélène Garnier", "Daniel Okafor"} <= {e["name"] for e in people}
    found = client.get("/api/v1/entities", params={"search": "knowledge atlas"}).json()["items"]
    assert [e["name"] for e in found] == ["Zhipu AI"]
    two = client.get("/api/v1/entities", params={"limit": 2}).json()["items"]
    assert client.get("/api/v1/entities", params={"limit": 1, "offset": 1}).json()["items"] == two[1:]
    assert "organization" in error_of(client.get("/api/v1/entities", params={"type": "organisation"}),
                                      400, "bad_query")["hint"]
    error_of(client.get("/api/v1/entities", params={"limit": 5000}), 422, "invalid_request")


def test_offsets_beyond_sqlite_integers_are_refused_not_server_errors(client: TestClient) -> None:
    """Found by the OpenAPI fuzzing: an offset past 2**63 reached SQLite and failed with a 500."""
    for path, params in [("/api/v1/entities", {"offset": 2 ** 63}), ("/api/v1/search", {"q": "robot", "offset": 1001})]:
        error_of(client.get(path, params=params), 422, "invalid_request")
    assert client.get("/api/v1/entities", params={"offset": 10_000_000}).json()["items"] == []


def test_an_entity_profile(client: TestClient) -> None:
    profile = client.get("/api/v1/entities/" + quote("Knowledge Atlas Technology")).json()
    assert profile["name"] == "Zhipu AI"
    assert {"alias": "Knowledge Atlas Technology", "reason": "gazetteer"} in profile["aliases"]
    assert sorted(d["doc"] for d in profile["documents"]) == ["atlas_bourse", "zhipu_modele"]
    assert client.get(f"/api/v1/entities/{profile['id']}").json() == profile
    zhora = client.get("/api/v1/entities/zhora").json()
    assert [f["type"] for f in zhora["facts"]] == ["stock_move"]
    hint = error_of(client.get("/api/v1/entities/Nobody%20Such%20Corp"), 404, "not_found")["hint"]
    assert "/api/v1/entities?search=" in hint


def test_facts_filters(client: TestClient) -> None:
    def items(**params: Any) -> list[dict[str, Any]]:
        response = client.get("/api/v1/facts", params=params)
        assert response.status_code == 200, response.text
        return list(response.json()["items"])

    everything, sure = items(all="true"), items()
    assert 0 < len(sure) < len(everything)
    assert all(f["confidence"] >= 0.4 for f in sure)
    assert len(items(min_confidence=0)) == len(everything)
    assert [f["type"] for f in items(type="stock_move")] == ["stock_move"]
    assert [f["args"]["person"] for f in items(entity="Hélène Garnier")] == ["Hélène Garnier"]
    assert items(modality="reported", type="role") == []
    assert items(corroborated="true") == [] and items(conflicts="true") == []
    assert items(since="2000", until="2100") == [f for f in sure if f["date"]]
    for params, status, code in [({"type": "fundraising"}, 400, "bad_query"),
                                 ({"since": "yesterday"}, 400, "bad_query"),
                                 ({"entity": "Nobody Such Corp"}, 404, "not_found"),
                                 ({"min_confidence": 2}, 422, "invalid_request"),
                                 ({"limit": 0}, 422, "invalid_request"),
                                 ({"conflicts": "perhaps"}, 422, "invalid_request")]:
        error_of(client.get("/api/v1/facts", params=params), status, code)


def test_facts_cursor_pagination(client: TestClient) -> None:
    everything = client.get("/api/v1/facts", params={"all": "true"}).json()
    assert everything["next_cursor"] is None
    seen, cursor = [], None
    for _ in range(len(everything["items"]) + 1):
        params: dict[str, Any] = {"all": "true", "limit": 2, **({"cursor": cursor} if cursor else {})}
        page = client.get("/api/v1/facts", params=params).json()
        seen += [f["id"] for f in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f["id"] for f in everything["items"]]
    assert "next_cursor" in error_of(client.get("/api/v1/facts", params={"cursor": "bogus"}),
                                     400, "bad_query")["hint"]


def test_search(client: TestClient) -> None:
    hits = client.get("/api/v1/search", params={"q": "robot"}).json()["items"]
    assert hits and hits[0]["snippets"][0]["highlighted"].count("**") >= 2
    snippet = hits[0]["snippets"][0]
    doc = client.get(f"/api/v1/documents/{hits[0]['doc_id']}").json()
    assert doc["text"][snippet["start"]:snippet["end"]] == snippet["text"]
    assert client.get("/api/v1/search", params={"q": "robot", "offset": 1}).json()["items"] == hits[1:]
    listed = client.get("/api/v1/search", params={"entity": "Zhipu AI"}).json()["items"]
    assert {h["doc"] for h in listed} == {"atlas_bourse", "zhipu_modele"}
    error_of(client.get("/api/v1/search"), 400, "bad_query")  # nothing to search for
    error_of(client.get("/api/v1/search", params={"q": "robot", "since": "soon"}), 400, "bad_query")


def test_ask(client: TestClient) -> None:
    answer = client.get("/api/v1/ask", params={"q": "Qui dirige Brightwell ?"}).json()
    assert answer["found"] is True and answer["short"] == "Daniel Okafor"
    assert answer["citations"][0]["doc"] == "brightwell_en"
    missing = client.get("/api/v1/ask", params={"q": "Combien Glorvik Dynamics a-t-elle levé ?"}).json()
    assert missing["found"] is False and missing["answer"] == "not found in the corpus"
    assert missing["citations"] == []
    error_of(client.get("/api/v1/ask"), 422, "invalid_request")


# --- errors and access ------------------------------------------------------------------------

def test_the_one_error_shape(client: TestClient, shared_db: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert "/docs" in error_of(client.get("/api/v1/no-such-thing"), 404, "not_found")["hint"]
    error_of(client.delete("/api/v1/facts"), 405, "method_not_allowed")
    assert "not valid JSON" in error_of(
        client.post("/api/v1/ingest", content=b"{oops", headers={**AUTH, "Content-Type": "application/json"}),
        422, "invalid_request")["message"]
    from veille.api import KnowledgeBase

    def broken(self: KnowledgeBase) -> None:
        raise RuntimeError("disk on fire")

    monkeypatch.setattr(KnowledgeBase, "stats", broken)
    failing = TestClient(create_app(shared_db), raise_server_exceptions=False)
    body = error_of(failing.get("/api/v1/health"), 500, "internal_error")
    assert "disk on fire" not in body["message"]  # no internals leak out


def test_writes_need_the_token(shared_db: Path) -> None:
    closed = TestClient(create_app(shared_db))  # no token: no writes at all
    hint = error_of(closed.post("/api/v1/ingest", json={"text": LAUNCH}, headers=AUTH), 403,
                    "writes_disabled")["hint"]
    assert "--token" in hint and "VEILLE_TOKEN" in hint
    assert closed.get("/api/v1/health").json()["writes"] is False
    app = TestClient(create_app(shared_db, token=TOKEN))
    for path, body in [("/api/v1/ingest", {"text": LAUNCH}), ("/api/v1/entities/merge", {"keep": "a", "other": "b"}),
                       ("/api/v1/entities/split", {"entity": "a", "alias": "b"})]:
        missing = app.post(path, json=body)
        error_of(missing, 401, "unauthorized")
        assert missing.headers["WWW-Authenticate"] == "Bearer"
        error_of(app.post(path, json=body, headers={"Authorization": "Bearer wrong"}), 401, "unauthorized")
        error_of(app.post(path, json=body, headers={"Authorization": f"Basic {TOKEN}"}), 401, "unauthorized")
    assert app.get("/api/v1/facts").status_code == 200  # reads are open on loopback


def test_reads_need_the_token_off_loopback(shared_db: Path) -> None:
    with pytest.raises(VeilleError) as e:
        create_app(shared_db, bind_host="0.0.0.0")
    assert "--token" in e.value.hint
    app = TestClient(create_app(shared_db, token=TOKEN, bind_host="0.0.0.0"))
    error_of(app.get("/api/v1/facts"), 401, "unauthorized")
    assert app.get("/api/v1/facts", headers=AUTH).status_code == 200
    for host in ("127.0.0.1", "::1", "localhost", "127.0.0.2"):
        assert TestClient(create_app(shared_db, bind_host=host)).get("/api/v1/health").status_code == 200


# --- writing ----------------------------------------------------------------------------------

def test_ingest_a_text_then_see_its_facts(writer: TestClient) -> None:
    response = writer.post("/api/v1/ingest", headers=AUTH,
                           json={"text": LAUNCH, "published": "2025-03-06", "name": "velmora-kestrel"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["counts"]["added"] == 1 and report["facts"] >= 1
    assert report["outcomes"][0]["name"] == "velmora-kestrel"
    facts = writer.get("/api/v1/facts", params={"type": "launch", "entity": "Velmora"}).json()["items"]
    assert [f["doc"] for f in facts] == ["velmora-kestrel"]
    assert facts[0]["args"]["product"] == "Kestrel-3"
    assert writer.get("/api/v1/search", params={"q": "Kestrel"}).json()["items"][0]["doc"] == "velmora-kestrel"
    again = writer.post("/api/v1/ingest", headers=AUTH, json={"text": LAUNCH}).json()
    assert again["counts"]["unchanged"] == 1


@pytest.mark.parametrize("body, status, code", [
    ({}, 422, "invalid_request"),
    ({"text": LAUNCH, "url": "https://example.org/"}, 422, "invalid_request"),
    ({"url": "https://example.org/", "title": "x"}, 422, "invalid_request"),
    ({"text": LAUNCH, "published": "March 6"}, 422, "invalid_request"),
    ({"text": LAUNCH, "published": "0000-00-00"}, 422, "invalid_request"),
    ({"text": LAUNCH, "published": "2025-02-30"}, 422, "invalid_request"),
    ({"text": "   "}, 400, "bad_input"),
    ({"url": "/etc/passwd"}, 400, "bad_input"),
    ({"url": "file:///etc/passwd"}, 400, "bad_input"),
    ({"url": "-"}, 400, "bad_input"),
])
def test_ingest_refuses_bad_bodies(writer: TestClient, body: dict[str, str], status: int, code: str) -> None:
    error_of(writer.post("/api/v1/ingest", headers=AUTH, json=body), status, code)


def test_ingest_an_uploaded_file(writer: TestClient) -> None:
    html = ("<html><head><title>Velmora lance Kestrel-3</title></head><body><article><p>"
            + LAUNCH.replace("\n\n", "</p><p>") + "</p></article></body></html>")
    response = writer.post("/api/v1/ingest/file", headers=AUTH, data={"lang": "fr"},
                           files={"file": ("../kestrel.html", html.encode(), "text/html")})
    assert response.status_code == 200, response.text
    assert response.json()["outcomes"][0]["name"] == "kestrel"
    assert writer.get("/api/v1/documents/kestrel").json()["title"] == "Velmora lance Kestrel-3"
    binary = writer.post("/api/v1/ingest/file", headers=AUTH,
                         files={"file": ("blob.bin", b"\x00\x01" * 500, "application/octet-stream")})
    assert "binary" in error_of(binary, 400, "bad_input")["message"]
    error_of(writer.post("/api/v1/ingest/file", files={"file": ("a.txt", b"x")}), 401, "unauthorized")


def test_an_upload_with_a_date_that_does_not_exist_is_refused(writer: TestClient) -> None:
    """Found by the OpenAPI fuzzing: '0000-00-00' has the form of a date and was stored as one."""
    bad = writer.post("/api/v1/ingest/file", headers=AUTH, data={"published": "2025-13-01"},
                      files={"file": ("kestrel.txt", LAUNCH.encode())})
    assert "2025-13-01" in error_of(bad, 400, "bad_input")["message"]
    assert writer.get("/api/v1/documents/kestrel").status_code == 404
    # Empty form fields are fields not given (as the schema says): the language is identified.
    empty = writer.post("/api/v1/ingest/file", headers=AUTH, data={"published": "", "lang": "", "title": ""},
                        files={"file": ("kestrel.txt", LAUNCH.encode())})
    assert empty.status_code == 200 and empty.json()["outcomes"][0]["status"] == "added"
    assert writer.get("/api/v1/documents/kestrel").json()["lang"] == "fr"


def test_a_text_whose_language_is_not_identified_says_so(writer: TestClient) -> None:
    report = writer.post("/api/v1/ingest/file", headers=AUTH, files={"file": ("bits.txt", "É;W".encode())}).json()
    assert report["outcomes"][0]["message"] == "language not identified; stored without annotations"


def test_request_bodies_are_bounded(own_db: Path) -> None:
    small = TestClient(create_app(own_db, token=TOKEN, max_body=2000))
    big = {"text": "Velmora. " * 500}
    assert "2,000 bytes" in error_of(small.post("/api/v1/ingest", headers=AUTH, json=big), 413,
                                     "too_large")["message"]

    def chunks() -> Iterator[bytes]:  # no Content-Length: counted as it arrives
        yield b'{"text": "'
        for _ in range(100):
            yield b"Velmora. " * 10
        yield b'"}'

    streamed = small.post("/api/v1/ingest", headers={**AUTH, "Content-Type": "application/json"},
                          content=chunks())
    error_of(streamed, 413, "too_large")
    assert small.post("/api/v1/ingest", headers=AUTH, json={"text": LAUNCH}).status_code == 200


def test_url_ingest_refuses_private_addresses_unless_allowed(own_db: Path, http_site: Site) -> None:
    http_site.add("/api-velmora.txt", LAUNCH, "text/plain; charset=utf-8")
    url = http_site.url("/api-velmora.txt")
    before = http_site.hits.count("/api-velmora.txt")  # the site serves the tests of both stores
    public_only = TestClient(create_app(own_db, token=TOKEN))
    refused = error_of(public_only.post("/api/v1/ingest", headers=AUTH, json={"url": url}), 400, "url_refused")
    assert "loopback" in refused["message"] and "--allow-private-urls" in refused["hint"]
    assert http_site.hits.count("/api-velmora.txt") == before  # refused before any request
    allowed = TestClient(create_app(own_db, token=TOKEN, allow_private_urls=True))
    report = allowed.post("/api/v1/ingest", headers=AUTH, json={"url": url}).json()
    assert report["counts"]["added"] == 1 and report["outcomes"][0]["source"] == url
    assert http_site.hits.count("/api-velmora.txt") == before + 1
    facts = allowed.get("/api/v1/facts", params={"type": "launch", "entity": "Velmora"}).json()["items"]
    assert [f["doc"] for f in facts] == ["api-velmora"]
    missing = allowed.post("/api/v1/ingest", headers=AUTH, json={"url": http_site.url("/nothing-here")})
    error_of(missing, 502, "fetch_failed")


def test_the_environment_does_not_open_private_urls(own_db: Path, http_site: Site,
                                                    monkeypatch: pytest.MonkeyPatch) -> None:
    """VEILLE_ALLOW_PRIVATE_URLS is for the CLI: only --allow-private-urls opens the server."""
    monkeypatch.setenv("VEILLE_ALLOW_PRIVATE_URLS", "1")
    http_site.add("/env-velmora.txt", LAUNCH, "text/plain; charset=utf-8")
    app = TestClient(create_app(own_db, token=TOKEN))
    error_of(app.post("/api/v1/ingest", headers=AUTH, json={"url": http_site.url("/env-velmora.txt")}),
             400, "url_refused")


def test_split_and_merge(writer: TestClient) -> None:
    split = writer.post("/api/v1/entities/split", headers=AUTH,
                        json={"entity": "Zhipu AI", "alias": "Knowledge Atlas Technology"})
    assert split.status_code == 200, split.text
    apart = split.json()
    assert apart["name"] == "Knowledge Atlas Technology"
    assert writer.get("/api/v1/entities/Knowledge%20Atlas%20Technology").json()["id"] == apart["id"]
    merged = writer.post("/api/v1/entities/merge", headers=AUTH,
                         json={"keep": "Zhipu AI", "other": "Knowledge Atlas Technology"}).json()
    assert merged["name"] == "Zhipu AI"
    assert writer.get("/api/v1/entities/Knowledge%20Atlas%20Technology").json()["id"] == merged["id"]
    error_of(writer.post("/api/v1/entities/merge", headers=AUTH, json={"keep": "Zhipu AI", "other": "Nobody"}),
             404, "not_found")


# --- the schema -----------------------------------------------------------------------------

def test_the_openapi_schema_in_the_repository_is_up_to_date(client: TestClient) -> None:
    text = openapi_text()
    assert OPENAPI.read_text(encoding="utf-8") == text, "docs/openapi.json is out of date: run `make openapi`"
    assert client.get("/openapi.json").json() == json.loads(text)


def test_the_openapi_schema_documents_every_endpoint() -> None:
    schema = json.loads(openapi_text())
    paths = schema["paths"]
    assert {"/api/v1/search", "/api/v1/ask", "/api/v1/entities", "/api/v1/facts", "/api/v1/ingest",
            "/api/v1/documents", "/api/v1/entities/{ref}", "/api/v1/entities/split",
            "/api/v1/entities/merge", "/api/v1/ingest/file"} <= set(paths)
    error_ref = "#/components/schemas/ErrorResponse"
    for path, methods in paths.items():
        for method, op in methods.items():
            assert op.get("description"), f"{method} {path} has no description"
            assert op["responses"]["422"]["content"]["application/json"]["schema"]["$ref"] == error_ref
            assert "$ref" in op["responses"]["200"]["content"]["application/json"]["schema"]
            if method == "post":
                assert op["security"] == [{"HTTPBearer": []}]
            else:  # the token, or nothing while the server listens on loopback
                assert op["security"] == [{"HTTPBearer": []}, {}]
    assert "HTTPValidationError" not in schema["components"]["schemas"]


# --- real servers ---------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def wait_for(url: str, seconds: float = 30.0, process: subprocess.Popen[str] | None = None) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process is not None and process.poll() is not None:
            raise AssertionError(f"the server exited: {process.communicate()[1]}")
        try:
            if httpx.get(url, timeout=1.0, trust_env=False).status_code == 200:
                return
        except httpx.TransportError:
            time.sleep(0.1)
    raise AssertionError(f"no answer from {url}")


def test_a_real_uvicorn_server(own_db: Path) -> None:
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(own_db, token=TOKEN), host="127.0.0.1", port=port,
                                           log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/api/v1/health")
        with httpx.Client(base_url=base, trust_env=False, timeout=30.0) as http:
            assert http.get("/api/v1/search", params={"q": "robot"}).json()["items"]
            assert http.post("/api/v1/ingest", json={"text": LAUNCH}).status_code == 401
            report = http.post("/api/v1/ingest", json={"text": LAUNCH}, headers=AUTH).json()
            assert report["counts"]["added"] == 1
            facts = http.get("/api/v1/facts", params={"type": "launch"}).json()["items"]
            assert "Velmora" in [f["args"]["subject"] for f in facts]
            assert http.get("/openapi.json").json()["info"]["title"] == "Veille"
    finally:
        server.should_exit = True
        thread.join(timeout=10)
    assert not thread.is_alive()


def test_veille_serve_runs_the_server(own_db: Path) -> None:
    port = free_port()
    src = str(Path(veille.__file__).parents[1])
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")]),
           "VEILLE_TOKEN": TOKEN}
    process = subprocess.Popen([sys.executable, "-m", "veille", "serve", "--db", str(own_db), "--port", str(port)],
                               env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    base = f"http://127.0.0.1:{port}"
    try:
        wait_for(f"{base}/api/v1/health", process=process)
        with httpx.Client(base_url=base, trust_env=False, timeout=10.0) as http:
            health = http.get("/api/v1/health").json()
            assert health["documents"] == 7 and health["writes"] is True  # the token from VEILLE_TOKEN
            assert [e["name"] for e in http.get("/api/v1/entities", params={"search": "qorvex"}).json()["items"]] \
                == ["Qorvex Labs"]
            assert http.post("/api/v1/entities/merge", json={"keep": "a", "other": "b"}).status_code == 401
    finally:
        process.terminate()
        _, stderr = process.communicate(timeout=10)
    assert f"Serving {own_db} on http://127.0.0.1:{port}/ (the REST API under /api/v1" in stderr


def test_veille_serve_off_loopback_needs_a_token(cli: Cli, tmp_path: Path) -> None:
    result = cli("serve", "--db", tmp_path / "kb.db", "--host", "0.0.0.0")
    assert result.exit_code == 1
    assert "needs a token" in result.stderr and "--token" in result.stderr
