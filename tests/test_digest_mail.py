"""Digests by e-mail against a local SMTP server (aiosmtpd, STARTTLS, a login): now with
`veille digest --email`, and on a schedule with `veille digests` sent by `veille watch --once`
once per period, across restarts, tried again after a failure. Documents are stored without
the language models (test_alert_rules.stored)."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from email.header import decode_header, make_header
from email.message import Message
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli, run_sql
from test_alert_rules import entity, move, stored
from test_watch_deliveries import Mailbox, smtp_server  # noqa: F401 - the fixture

from veille.kb import monitor
from veille.kb.store import open_store
from veille.watch.digests import send_due

TODAY = date.today()


@pytest.fixture(autouse=True)
def _env(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_RETRY_SECONDS", "0.05")
    for name in ("VEILLE_SMTP_HOST", "VEILLE_SMTP_PORT", "VEILLE_SMTP_USER", "VEILLE_SMTP_PASSWORD",
                 "VEILLE_SMTP_FROM", "VEILLE_SMTP_CAFILE", "VEILLE_SMTP_STARTTLS"):
        monkeypatch.delenv(name, raising=False)


def smtp_env(monkeypatch: pytest.MonkeyPatch, box: Mailbox) -> None:
    for name, value in {"VEILLE_SMTP_HOST": "127.0.0.1", "VEILLE_SMTP_PORT": str(box.port),
                        "VEILLE_SMTP_STARTTLS": "1", "VEILLE_SMTP_USER": "veille", "VEILLE_SMTP_PASSWORD": "pw",
                        "VEILLE_SMTP_FROM": "digests@veille.test", "VEILLE_SMTP_CAFILE": box.cafile}.items():
        monkeypatch.setenv(name, value)


def news(db: Path) -> None:
    """Velmora's move published yesterday, Qorvex's today, Arvalis's ten days ago."""
    store = open_store(db)
    try:
        for name, pct, days_ago in (("Velmora", 12.0, 1), ("Qorvex", -14.0, 0), ("Arvalis", 7.0, 10)):
            text = f"Les actions de {name} ont varié de {abs(pct)} % mardi."
            fact = move(name, pct, text)
            fact["date"] = (TODAY - timedelta(days=days_ago)).isoformat()
            stored(store, None, text, name.lower(), [fact], [entity("e1", name, "organization", text)],
                   published=(TODAY - timedelta(days=days_ago)).isoformat())
    finally:
        store.close()


def parts(msg: Message) -> dict[str, str]:
    """The message's text parts by content type."""
    found = {}
    for part in msg.walk():
        if part.get_content_maintype() == "text":
            found[part.get_content_type()] = part.get_payload(decode=True).decode(part.get_content_charset() or "utf-8")
    return found


def subject(msg: Message) -> str:
    """The subject decoded (the fixture's parser leaves it encoded and folded)."""
    return " ".join(str(make_header(decode_header(msg["Subject"]))).split())


def english_day(d: date) -> str:
    return f"{d.strftime('%B')} {d.day}, {d.year}"


def test_digest_sent_by_e_mail_in_html_with_a_text_part(db: Any, cli: Cli, tmp_path: Path, smtp_server: Mailbox,  # noqa: F811
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    news(db)
    smtp_env(monkeypatch, smtp_server)
    result = cli("digest", "--db", db, "--since", "7d", "--lang", "en", "--email", "a@example.org,b@example.org",
                 "--email", "a@example.org")
    first = TODAY - timedelta(days=6)
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == (f"Sent the digest from {first} to {TODAY} to a@example.org, b@example.org")
    assert smtp_server.logins == [(b"veille", b"pw")] and len(smtp_server.messages) == 1
    msg = smtp_server.messages[0]
    assert msg["To"] == "a@example.org, b@example.org" and msg["From"] == "digests@veille.test"
    assert subject(msg) == f"Veille — what happened from {english_day(first)} to {english_day(TODAY)}"
    assert msg.get_content_type() == "multipart/alternative"
    text = parts(msg)
    assert set(text) == {"text/plain", "text/html"}
    assert text["text/plain"].startswith("# Veille — what happened") and "Velmora" in text["text/plain"]
    assert "Qorvex" in text["text/plain"] and "Arvalis" not in text["text/plain"]  # ten days ago
    assert text["text/html"].lstrip().lower().startswith("<!doctype html") and "Velmora" in text["text/html"]


@pytest.mark.parametrize(("args", "code", "line"), [
    (["--email", "nobody"], 2, "Error: [V650] --email 'nobody' is not an e-mail address. "
                               "Give addresses as --email a@example.org,b@example.org"),
    (["--email", ","], 2, "Error: [V650] no address to send the digest to. Give --email ADDRESS"),
    (["--email", "a@example.org"], 1, "Error: [V620] no SMTP server to send e-mail through. Set VEILLE_SMTP_HOST "
                                      "(and VEILLE_SMTP_PORT, VEILLE_SMTP_USER, VEILLE_SMTP_PASSWORD)"),
])
def test_a_digest_that_cannot_be_sent_is_one_coded_line(db: Any, cli: Cli, tmp_path: Path, args: list[str], code: int,
                                                         line: str) -> None:
    news(db)
    result = cli("digest", "--db", db, *args)
    assert result.exit_code == code and result.output.strip().splitlines() == [line]


# --- on a schedule ----------------------------------------------------------------------------------


def schedule(db: Any) -> dict[str, Any]:
    return dict(run_sql(db, "SELECT * FROM digest_schedules")[0])


def test_a_scheduled_digest_is_sent_once_per_period_across_restarts(db: Any,
        cli: Cli, tmp_path: Path, smtp_server: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    news(db)
    smtp_env(monkeypatch, smtp_server)
    added = cli("digests", "add", "weekly", "--db", db, "--every", "1w", "--email", "desk@example.org", "--lang", "en")
    assert added.exit_code == 0 and added.stdout.strip() == "Digest weekly every 7d to desk@example.org " \
                                                            "(sent by veille watch)", added.output
    listed = json.loads(cli("digests", "--db", db, "--json").stdout)
    assert listed["every_days"] == 7 and listed["emails"] == ["desk@example.org"] and listed["last_sent"] is None

    run = cli("watch", "--once", "--db", db)  # the first digest at once: the seven days before today
    first, last = TODAY - timedelta(days=7), TODAY - timedelta(days=1)
    assert run.exit_code == 0 and f"Digest weekly sent ({first} to {last})" in run.stdout, run.output
    assert len(smtp_server.messages) == 1
    msg = smtp_server.messages[0]
    assert subject(msg) == f"Veille — what happened from {english_day(first)} to {english_day(last)}"
    text = parts(msg)["text/plain"]
    assert "Velmora" in text and "Qorvex" not in text  # today is not over: in the next one
    assert schedule(db)["covered"] == last.isoformat()

    for _ in range(2):  # started again: nothing is due until the next seven days are over
        again = cli("watch", "--once", "--db", db)
        assert again.exit_code == 0 and "Digest" not in again.stdout
    assert len(smtp_server.messages) == 1

    row = schedule(db)
    store = open_store(db)
    try:
        # another watch that read the row before this one took it cannot send it again
        assert not monitor.claim_digest(store, "weekly", "2000-01-01T00:00:00Z", row["next_send"], None, None)
        week = datetime.now(UTC) + timedelta(days=7)
        assert send_due(store, week - timedelta(days=1)).sent == []  # the day before it is due
        done = send_due(store, week)
        assert done.sent == [("weekly", TODAY.isoformat(), (TODAY + timedelta(days=6)).isoformat())]
        assert send_due(store, week).sent == [] and send_due(store, week + timedelta(hours=5)).sent == []
    finally:
        store.close()
    assert len(smtp_server.messages) == 2
    second = parts(smtp_server.messages[1])["text/plain"]
    assert "Qorvex" in second and "Velmora" not in second  # the days after the first, none twice


def test_a_scheduled_digest_that_fails_is_tried_again_for_the_same_days(db: Any,
        cli: Cli, tmp_path: Path, smtp_server: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    news(db)
    assert cli("digests", "add", "daily", "--db", db, "--every", "2d", "--email", "desk@example.org",
               "--entity", "Velmora").exit_code == 0
    failed = cli("watch", "--once", "--db", db)  # no SMTP server set
    assert failed.exit_code == 1 and "Error: digest daily: [V620] no SMTP server" in failed.output, failed.output
    row = schedule(db)
    assert row["covered"] is None and row["last_sent"] is None and row["failures"] == 1
    assert "no SMTP server" in row["error"]
    table = cli("digests", "--db", db)
    assert "daily" in table.stdout and "(1x) digest daily: [V620]" in table.stdout

    smtp_env(monkeypatch, smtp_server)
    run_sql(db, "UPDATE digest_schedules SET next_send = '2000-01-01T00:00:00Z'")  # its retry is due
    run = cli("watch", "--once", "--db", db)
    first, last = TODAY - timedelta(days=2), TODAY - timedelta(days=1)
    assert run.exit_code == 0 and f"Digest daily sent ({first} to {last})" in run.stdout, run.output
    assert len(smtp_server.messages) == 1 and "Velmora" in parts(smtp_server.messages[0])["text/plain"]
    row = schedule(db)
    assert row["failures"] == 0 and row["error"] is None and row["covered"] == last.isoformat()
    assert cli("watch", "--once", "--db", db).exit_code == 0 and len(smtp_server.messages) == 1


def test_replacing_a_scheduled_digest_does_not_send_its_days_again(db: Any,
        cli: Cli, tmp_path: Path, smtp_server: Mailbox, monkeypatch: pytest.MonkeyPatch) -> None:  # noqa: F811
    news(db)
    smtp_env(monkeypatch, smtp_server)
    assert cli("digests", "add", "w", "--db", db, "--every", "7d", "--email", "a@example.org").exit_code == 0
    assert cli("watch", "--once", "--db", db).exit_code == 0 and len(smtp_server.messages) == 1
    assert cli("digests", "add", "w", "--db", db, "--every", "3d", "--email", "a@example.org").exit_code == 2
    assert cli("digests", "add", "w", "--db", db, "--every", "3d", "--email", "b@example.org",
               "--replace").exit_code == 0
    assert cli("watch", "--once", "--db", db).exit_code == 0 and len(smtp_server.messages) == 1
    row = schedule(db)
    assert row["covered"] == (TODAY - timedelta(days=1)).isoformat()
    assert row["next_send"] > (datetime.now(UTC) + timedelta(days=1)).strftime("%Y-%m-%dT%H:%M:%SZ")
    assert cli("digests", "remove", "w", "--db", db).stdout.strip() == "Removed scheduled digest w"
    assert cli("digests", "--db", db).stdout.startswith("No scheduled digests.")


@pytest.mark.parametrize(("args", "line"), [
    (["add", "w", "--every", "7x", "--email", "a@example.org"],
     "Error: [V650] --every '7x' is not a number of days or weeks. Write it like 1d, 7d or 2w"),
    (["add", "w", "--every", "0d", "--email", "a@example.org"],
     "Error: [V650] --every '0d' is out of range. Give from 1d to 366d"),
    (["add", "w", "--email", "a@"], "Error: [V650] --email 'a@' is not an e-mail address. "
                                    "Give addresses as --email a@example.org,b@example.org"),
    (["add", "w"], "Error: [V650] no address to send the digest to. Give --email ADDRESS"),
    (["add", "w w", "--email", "a@example.org"], "Error: [V650] 'w w' is not a name for a scheduled digest. "
     "Use letters, digits and - _ . (64 at most), starting with a letter or digit"),
    (["add", "w", "--email", "a@example.org", "--lang", "de"], "Error: [V650] unknown language 'de'. "
                                                               "Use --lang fr or --lang en"),
    (["add", "w", "--email", "a@example.org", "--server", "ftp://x"],
     "Error: [V650] 'ftp://x' is not an http(s) address. Give --server as http://host:port"),
    (["add", "w", "--email", "a@example.org", "--entity", "Nobody At All"], "Error: [V300] "),
    (["remove", "nope"], "Error: [V651] no scheduled digest named 'nope'. "
                         "Add one with: veille digests add NAME --every 7d --email ADDRESS"),
])
def test_bad_schedules_are_one_coded_line(db: Any, cli: Cli, tmp_path: Path, args: list[str], line: str) -> None:
    news(db)
    result = cli("digests", *args, "--db", db)
    lines = result.output.strip().splitlines()
    assert result.exit_code in (1, 2) and len(lines) == 1 and lines[0].startswith(line), result.output
    assert line.endswith(" ") or lines[0] == line
    assert schedule_count(db) == 0


def schedule_count(db: Any) -> int:
    return int(run_sql(db, "SELECT count(*) FROM digest_schedules")[0][0])
