"""Deliveries of matches against real servers on loopback: a webhook receiver that checks the
HMAC-SHA256 signature and fails on purpose (retries, back-off, dead letters, `alerts test`),
an SMTP server (aiosmtpd, STARTTLS with a test certificate authority, a login), and the Atom
feeds as files and as served by `veille serve`. Matches are made without the language models
(test_alert_rules.stored)."""

from __future__ import annotations

import hashlib
import hmac
import json
import socket
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

import feedparser
import pytest
import trustme
from conftest import Cli, run_sql
from test_alert_rules import entity, move, stored

from veille.kb import monitor
from veille.kb.store import open_store
from veille.watch.deliver import after_ingest, alerts_dir
from veille.watch.rules import Matcher

SECRET = "s3cret-for-tests"


@dataclass
class Receiver:
    url: str = ""
    secret: str = SECRET
    fail_first: int = 0  # answer 500 to this many good requests first
    always_fail: bool = False
    received: list[dict[str, Any]] = field(default_factory=list)  # accepted bodies
    refused: list[str] = field(default_factory=list)  # why each other request was refused


@pytest.fixture
def receiver() -> Iterator[Receiver]:
    state = Receiver()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
            expected = "sha256=" + hmac.new(state.secret.encode(), body, hashlib.sha256).hexdigest()
            given = self.headers.get("X-Veille-Signature", "")
            if not hmac.compare_digest(expected, given):
                state.refused.append("bad signature")
                status = 401
            elif state.always_fail or state.fail_first > 0:
                state.fail_first -= 1
                state.refused.append("failing on purpose")
                status = 500
            else:
                state.received.append({"headers": dict(self.headers), **json.loads(body)})
                status = 204
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()

        def log_message(self, format: str, *args: Any) -> None:  # noqa: A002
            pass

    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    state.url = f"http://127.0.0.1:{httpd.server_address[1]}/hook"
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield state
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("VEILLE_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("VEILLE_ALLOW_PRIVATE_URLS", "1")
    monkeypatch.setenv("VEILLE_RETRY_SECONDS", "0.05")
    monkeypatch.delenv("VEILLE_ALERTS_DIR", raising=False)


def two_moves(db: Path) -> None:
    """Two stock moves of over 10 % stored, the rules evaluated on them."""
    store = open_store(db)
    try:
        matcher = Matcher.load(store)
        up = "Les actions de Velmora ont bondi de 12 % mardi."
        stored(store, matcher, up, "up", [move("Velmora", 12.0, up)], [entity("e1", "Velmora", "organization", up)])
        down = "L'action Qorvex a reculé de 14 % mardi."
        stored(store, matcher, down, "down", [move("Qorvex", -14.0, down)],
               [entity("e1", "Qorvex", "organization", down)])
    finally:
        store.close()


def add_rule(cli: Cli, db: Path, *extra: Any) -> None:
    result = cli("alerts", "add", "big", "--db", db, "--type", "stock_move", "--where", "abs(change_pct) >= 10",
                 *extra)
    assert result.exit_code == 0, result.output


# --- webhooks -----------------------------------------------------------------------------------


def force_due(db: Any) -> None:
    run_sql(db, "UPDATE alert_deliveries SET next_try = '2000-01-01T00:00:00Z' WHERE status = 'pending'")


def waits(db: Path) -> dict[int, float]:
    """Each pending delivery's wait before its next try, in seconds from now."""
    found = run_sql(db, "SELECT match_id, next_try FROM alert_deliveries WHERE status = 'pending'")
    now = datetime.now(UTC)
    return {m: (datetime.strptime(t, "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC) - now).total_seconds()
            for m, t in found}


def test_a_webhook_is_signed_retried_with_back_off_and_delivered_once(db: Any,
        cli: Cli, tmp_path: Path, receiver: Receiver, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_RETRY_SECONDS", "100")
    add_rule(cli, db, "--webhook", receiver.url)
    receiver.fail_first = 3
    two_moves(db)
    first = cli("alerts", "send", "--db", db)
    assert first.exit_code == 1 and "HTTP 500" in first.output and "0 delivered, 2 to try again" in first.output
    assert all(98 <= w <= 101 for w in waits(db).values()), waits(db)
    assert cli("alerts", "send", "--db", db).output.startswith("0 delivered, 0 to try again")  # not yet due
    assert len(receiver.refused) == 2
    force_due(db)
    second = cli("alerts", "send", "--db", db)
    assert "1 delivered, 1 to try again" in second.output, second.output
    (wait,) = waits(db).values()
    assert 198 <= wait <= 201  # twice as long after the second failure
    force_due(db)
    last = cli("alerts", "send", "--db", db)
    assert last.exit_code == 0 and "1 delivered, 0 to try again, 0 dead" in last.output, last.output
    force_due(db)
    assert cli("alerts", "send", "--db", db).output.startswith("0 delivered")  # nothing twice
    assert receiver.refused == ["failing on purpose"] * 3
    assert sorted(r["title"] for r in receiver.received) == ["stock_move: Qorvex -14 %", "stock_move: Velmora +12 %"]
    body = next(r for r in receiver.received if "Velmora" in r["title"])
    assert body["event"] == "alert" and body["rule"] == "big" and body["fact"]["args"]["change_pct"] == 12.0
    assert body["evidence"]["text"] == "Les actions de Velmora ont bondi de 12 % mardi."
    assert body["document"]["url"] == "https://news.example/up"
    assert body["headers"]["Content-Type"] == "application/json"


def test_dead_letters_after_the_last_attempt_and_retry(db: Any, cli: Cli, tmp_path: Path, receiver: Receiver,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_DELIVERY_ATTEMPTS", "3")
    monkeypatch.setenv("VEILLE_RETRY_SECONDS", "0.01")
    add_rule(cli, db, "--webhook", receiver.url)
    receiver.always_fail = True
    two_moves(db)
    outputs = []
    for _ in range(4):
        outputs.append(cli("alerts", "send", "--db", db).output)
        time.sleep(0.1)
    assert "0 delivered, 0 to try again, 2 dead" in outputs[2] and outputs[3].startswith("0 delivered, 0 to try")
    assert len(receiver.refused) == 6  # 3 attempts each, then no more
    dead = cli("alerts", "dead", "big", "--db", db)
    assert dead.output.count("after 3 attempts") == 2 and "HTTP 500" in dead.output
    listed = json.loads(cli("alerts", "--db", db, "--json").output)
    assert (listed["dead"], listed["pending"], listed["matches"]) == (2, 0, 2)
    receiver.always_fail = False
    assert "2 queued again" in cli("alerts", "dead", "--retry", "--db", db).output
    assert cli("alerts", "send", "--db", db).exit_code == 0 and len(receiver.received) == 2
    assert cli("alerts", "dead", "--db", db).output.strip() == "No dead letters."


def test_alerts_test_sends_a_signed_sample(db: Any, cli: Cli, tmp_path: Path, receiver: Receiver,
                                           monkeypatch: pytest.MonkeyPatch) -> None:
    add_rule(cli, db, "--webhook", receiver.url, "--secret-env", "MY_HOOK_SECRET")
    monkeypatch.setenv("MY_HOOK_SECRET", SECRET)
    monkeypatch.setenv("VEILLE_WEBHOOK_SECRET", "another")
    result = cli("alerts", "test", "big", "--db", db)
    assert result.exit_code == 0 and f"sent to {receiver.url}" in result.output, result.output
    (sample,) = receiver.received
    assert sample["event"] == "test" and sample["headers"]["X-Veille-Event"] == "test"
    assert sample["fact"]["type"] == "stock_move" and sample["rule"] == "big"
    monkeypatch.setenv("MY_HOOK_SECRET", "wrong")
    result = cli("alerts", "test", "big", "--db", db)
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and lines == [f"Error: [V620] webhook {receiver.url}: answered HTTP 401. "
                                               "Check the receiver (its secret, its logs); it is tried again later"]
    monkeypatch.delenv("MY_HOOK_SECRET")
    result = cli("alerts", "test", "big", "--db", db)
    assert result.exit_code == 1 and "no secret in $MY_HOOK_SECRET" in result.output
    monkeypatch.setenv("MY_HOOK_SECRET", SECRET)
    monkeypatch.delenv("VEILLE_ALLOW_PRIVATE_URLS")
    result = cli("alerts", "test", "big", "--db", db)
    assert result.exit_code == 1 and "loopback" in result.output and "--allow-private-urls" in result.output
    assert cli("alerts", "test", "big", "--db", db, "--allow-private-urls").exit_code == 0
    assert len(receiver.received) == 2


# --- e-mail ----------------------------------------------------------------------------------------


@dataclass
class Mailbox:
    port: int
    cafile: str
    messages: list[Any] = field(default_factory=list)
    logins: list[tuple[bytes, bytes]] = field(default_factory=list)


@pytest.fixture
def smtp_server(tmp_path: Path) -> Iterator[Mailbox]:
    import ssl
    from email import message_from_bytes

    import trustme
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ca = trustme.CA()
    cert = ca.issue_cert("127.0.0.1", "localhost")
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    cert.configure_cert(context)
    cafile = tmp_path / "ca.pem"
    ca.cert_pem.write_to_path(str(cafile))
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    box = Mailbox(port, str(cafile))

    class Handler:
        async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:  # noqa: N802
            box.messages.append(message_from_bytes(envelope.content))
            return "250 OK"

    def authenticate(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
        if isinstance(data, LoginPassword):
            box.logins.append((data.login, data.password))
            return AuthResult(success=data.login == b"veille" and data.password == b"pw")
        return AuthResult(success=False)

    controller = Controller(Handler(), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticate, auth_required=True)
    controller.start()
    yield box
    controller.stop()


@pytest.mark.parametrize("grouped", [False, True])
def test_e_mail_through_smtp_with_starttls(db: Any, cli: Cli, tmp_path: Path, smtp_server: Mailbox,
                                           monkeypatch: pytest.MonkeyPatch, grouped: bool) -> None:
    for name, value in {"VEILLE_SMTP_HOST": "127.0.0.1", "VEILLE_SMTP_PORT": str(smtp_server.port),
                        "VEILLE_SMTP_STARTTLS": "1", "VEILLE_SMTP_USER": "veille", "VEILLE_SMTP_PASSWORD": "pw",
                        "VEILLE_SMTP_FROM": "alerts@veille.test", "VEILLE_SMTP_CAFILE": smtp_server.cafile}.items():
        monkeypatch.setenv(name, value)
    add_rule(cli, db, "--email", "analyst@example.org", *(["--grouped"] if grouped else []))
    two_moves(db)
    result = cli("alerts", "send", "--db", db)
    assert result.exit_code == 0 and "2 delivered" in result.output, result.output
    assert smtp_server.logins == [(b"veille", b"pw")] * (1 if grouped else 2)
    subjects = sorted(m["Subject"] for m in smtp_server.messages)
    if grouped:
        assert subjects == ["[Veille] big: 2 new matches"]
    else:
        assert subjects == ["[Veille] big: stock_move: Qorvex -14 %", "[Veille] big: stock_move: Velmora +12 %"]
    text = "\n".join(m.get_payload(decode=True).decode() for m in smtp_server.messages)
    assert "Les actions de Velmora ont bondi de 12 % mardi." in text and "https://news.example/up" in text
    assert all(m["From"] == "alerts@veille.test" and m["To"] == "analyst@example.org" for m in smtp_server.messages)
    assert cli("alerts", "send", "--db", db).output.startswith("0 delivered")

    monkeypatch.setenv("VEILLE_SMTP_PASSWORD", "wrong")
    monkeypatch.setenv("VEILLE_FETCH_TIMEOUT", "2")  # aiosmtpd leaves a second mechanism's refusal unanswered
    result = cli("alerts", "test", "big", "--db", db)
    lines = result.output.strip().splitlines()
    assert result.exit_code == 1 and len(lines) == 1 and lines[0].startswith("Error: [V620] e-mail through 127.0.0.1")
    monkeypatch.setenv("VEILLE_SMTP_CAFILE", str(tmp_path / "nothing.pem"))
    monkeypatch.setenv("VEILLE_SMTP_PASSWORD", "pw")
    result = cli("alerts", "test", "big", "--db", db)  # no certificate authority to trust the server by
    assert result.exit_code == 1 and result.output.startswith("Error: [V620] e-mail through 127.0.0.1"), result.output
    monkeypatch.setenv("VEILLE_SMTP_CAFILE", str(Path(trustme.__file__)))  # not a certificate
    assert cli("alerts", "test", "big", "--db", db).output.startswith("Error: [V620]")
    monkeypatch.delenv("VEILLE_SMTP_CAFILE")  # the system's authorities do not know the test one
    result = cli("alerts", "test", "big", "--db", db)
    assert result.exit_code == 1 and "CERTIFICATE_VERIFY_FAILED" in result.output, result.output


# --- Atom -------------------------------------------------------------------------------------------


def test_atom_feeds_as_files_and_served(db: Any, cli: Cli, tmp_path: Path) -> None:
    from fastapi.testclient import TestClient

    from veille.web import create_app

    add_rule(cli, db)
    assert cli("alerts", "add", "velmora", "--entity", "Velmora", "--db", db).exit_code == 0
    store = open_store(db)
    before = monitor.last_match(store)
    store.close()
    two_moves(db)
    store = open_store(db)
    after_ingest(store, db, before)
    store.close()
    folder = alerts_dir(db)
    assert sorted(p.name for p in folder.iterdir()) == ["all.atom", "big.atom", "velmora.atom"]
    everything = feedparser.parse((folder / "all.atom").read_bytes())
    assert not everything.bozo and len(everything.entries) == 3
    big = feedparser.parse((folder / "big.atom").read_bytes())
    assert sorted(e.title for e in big.entries) == ["[big] stock_move: Qorvex -14 %", "[big] stock_move: Velmora +12 %"]
    entry = next(e for e in big.entries if "Velmora" in e.title)
    assert entry.link == "https://news.example/up" and "bondi de 12 %" in entry.summary
    assert entry.id.startswith("urn:veille:match:big:") and entry.published.startswith("2025-04-02")

    client = TestClient(create_app(db))
    served = client.get("/alerts/big.atom")
    assert served.status_code == 200 and served.headers["content-type"].startswith("application/atom+xml")
    parsed = feedparser.parse(served.content)
    assert sorted(e.title for e in parsed.entries) == sorted(e.title for e in big.entries)
    assert any(link.href.startswith("http://testserver/facts/") for link in parsed.entries[0].links)
    assert len(feedparser.parse(client.get("/alerts.atom").content).entries) == 3
    missing = client.get("/alerts/nope.atom")
    assert missing.status_code == 404 and missing.json()["error"]["code"] == "not_found"
