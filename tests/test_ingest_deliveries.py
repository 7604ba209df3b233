"""Matches found by an ingest made through the library (`KnowledgeBase.ingest*`) or the web
app, not the CLI, are delivered too: the Atom feeds written, the webhook (a signed POST to a
receiver on loopback) and the e-mail (aiosmtpd) sent at once, as `veille ingest` does."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from conftest import run_sql
from test_watch_deliveries import SECRET, Mailbox, Receiver, receiver, smtp_server  # noqa: F401 - fixtures

from veille import KnowledgeBase
from veille.watch.deliver import alerts_dir

pytestmark = pytest.mark.slow

TOKEN = "test-token-deliveries"
ONE = "Velmora ouvre un laboratoire à Lyon\n\nLa société Velmora a ouvert lundi un laboratoire à Lyon."
TWO = "Qorvex recrute à Rennes\n\nLe groupe Qorvex a annoncé mardi le recrutement de cent ingénieurs à Rennes."


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch, smtp_server: Mailbox) -> None:  # noqa: F811
    for name, value in {"VEILLE_SMTP_HOST": "127.0.0.1", "VEILLE_SMTP_PORT": str(smtp_server.port),
                        "VEILLE_SMTP_STARTTLS": "1", "VEILLE_SMTP_USER": "veille", "VEILLE_SMTP_PASSWORD": "pw",
                        "VEILLE_SMTP_CAFILE": smtp_server.cafile, "VEILLE_WEBHOOK_SECRET": SECRET,
                        "VEILLE_ALLOW_PRIVATE_URLS": "1"}.items():
        monkeypatch.setenv(name, value)
    monkeypatch.delenv("VEILLE_ALERTS_DIR", raising=False)


def statuses(db: Any) -> list[str]:
    return sorted(r[0] for r in run_sql(db, "SELECT status FROM alert_deliveries"))


def test_the_library_and_the_web_app_deliver_what_their_ingest_found(db: Any,
        tmp_path: Path, receiver: Receiver, smtp_server: Mailbox) -> None:  # noqa: F811
    from fastapi.testclient import TestClient

    from veille.web import create_app

    with KnowledgeBase(db) as kb:
        kb.add_alert("towns", new_entity="place", webhooks=[receiver.url], emails=["desk@example.org"],
                     grouped=True)
        kb.ingest_text(ONE, published="2025-04-02")
    assert [b["entity"]["name"] for b in receiver.received] == ["Lyon"]
    assert [m["Subject"] for m in smtp_server.messages] == ["[Veille] towns: new place: Lyon"]
    assert statuses(db) == ["sent", "sent"]
    assert "Lyon" in (alerts_dir(db) / "towns.atom").read_text(encoding="utf-8")

    with KnowledgeBase(db) as kb:  # deliver=False: left queued for veille watch / alerts send
        folder = tmp_path / "articles"
        folder.mkdir()
        (folder / "two.txt").write_text(TWO, encoding="utf-8")
        kb.ingest([folder], timeout=0, deliver=False)
    assert len(receiver.received) == 1 and statuses(db) == ["pending", "pending", "sent", "sent"]

    client = TestClient(create_app(db, token=TOKEN))
    third = "Norlise s'installe à Nantes\n\nLa startup Norlise a ouvert mercredi des bureaux à Nantes."
    response = client.post("/api/v1/ingest", json={"text": third, "published": "2025-04-03"},
                           headers={"Authorization": f"Bearer {TOKEN}"})
    assert response.status_code == 200, response.text
    assert sorted(b["entity"]["name"] for b in receiver.received) == ["Lyon", "Nantes", "Rennes"]
    assert statuses(db) == ["sent"] * 6  # the queued ones went with them
    assert len(smtp_server.messages) == 2 and "Nantes" in (alerts_dir(db) / "all.atom").read_text(encoding="utf-8")
