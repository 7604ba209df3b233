"""`veille watch` end to end, with the language models: one process follows a local feed that
gains articles while it runs, is stopped by SIGTERM, and a second run (--once) goes on where
it stopped. Each fact matching the rule gives exactly one alert — one match, one webhook
delivery, one Atom entry — and no article is fetched twice."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import feedparser
import pytest
from conftest import Cli
from test_watch_deliveries import SECRET, Receiver, receiver  # noqa: F401 - the fixture
from test_watch_sources import Server, rows, rss, server  # noqa: F401 - the fixture

ROOT = Path(__file__).resolve().parents[1]
DAY = "Tue, 01 Apr 2025 09:00:00 GMT"
ARTICLES = {
    "/a/velmora": ("Velmora s'envole en Bourse",
                   "Les actions de Velmora ont bondi de 12 % mardi à la Bourse de Paris, après l'annonce d'un "
                   "contrat avec un grand distributeur."),
    "/a/qorvex": ("Qorvex Labs recule",
                  "L'action Qorvex Labs a reculé de 4 % mardi à Paris, les investisseurs jugeant ses marges "
                  "décevantes."),
    "/a/talvix": ("Talvix Robotics chute",
                  "Les actions de Talvix Robotics ont chuté de 15 % mardi à la Bourse de Shenzhen, après un "
                  "avertissement sur ses résultats."),
    "/a/velmora-bis": ("Le titre Velmora en forte hausse",
                       "Les actions de Velmora ont bondi de 12 % mardi à la Bourse de Paris, selon les données "
                       "de marché publiées le soir."),
}


def html(title: str, text: str) -> str:
    return (f"<html><head><title>{title}</title></head><body><article><h1>{title}</h1><p>{text}</p></article>"
            "</body></html>")


def publish(site: Server, paths: list[str], version: str) -> None:
    for path in paths:
        site.add(path, html(*ARTICLES[path]))
    site.add("/feed.xml", rss(site.base, [(p, ARTICLES[p][0], DAY) for p in paths]),
             content_type="application/rss+xml", etag=f'"{version}"')


def wait_for(db: Path, documents: int, matches: int, proc: subprocess.Popen[str], seconds: float = 240) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        assert proc.poll() is None, proc.communicate()
        try:
            got = rows(db, "SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM alert_matches)")[0]
        except Exception:  # noqa: BLE001 - the store is being created
            got = (0, 0)
        if got[0] >= documents and got[1] >= matches:
            return
        time.sleep(0.5)
    raise AssertionError(f"not {documents} documents and {matches} matches after {seconds} s")


@pytest.mark.slow
def test_watch_over_a_growing_feed_alerts_once_per_matching_fact_across_a_restart(db: Any,
        cli: Cli, tmp_path: Path, server: Server, receiver: Receiver,  # noqa: F811 - the fixtures
        monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli("alerts", "add", "big-moves", "--db", db, "--type", "stock_move", "--where", "abs(change_pct) >= 10",
               "--webhook", receiver.url).exit_code == 0
    publish(server, ["/a/velmora", "/a/qorvex"], "v1")
    assert cli("sources", "add", server.base + "/feed.xml", "--every", "1s", "--lang", "fr", "--db", db).exit_code == 0
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src"), "VEILLE_HOST_INTERVAL": "0",
           "VEILLE_WEBHOOK_SECRET": SECRET, "VEILLE_GAZETTEER": ""}
    proc = subprocess.Popen([sys.executable, "-m", "veille", "watch", "--db", str(db), "--allow-private-urls"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env, cwd=tmp_path)
    try:
        wait_for(db, 2, 1, proc)
        publish(server, ["/a/talvix", "/a/velmora", "/a/qorvex"], "v2")  # the feed gains an article
        wait_for(db, 3, 2, proc)
        deadline = time.monotonic() + 30
        while len(receiver.received) < 2 and time.monotonic() < deadline:
            time.sleep(0.2)
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=60)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "Stopped" in err and "Traceback" not in err
    assert "Alerts: 1 new (big-moves: 1)" in out

    # stopped; the feed gains an article restating a fact already alerted; a second run resumes
    publish(server, ["/a/velmora-bis", "/a/talvix", "/a/velmora", "/a/qorvex"], "v3")
    monkeypatch.setenv("VEILLE_HOST_INTERVAL", "0")
    monkeypatch.setenv("VEILLE_WEBHOOK_SECRET", SECRET)
    time.sleep(1.1)  # the source's next poll is due
    result = cli("watch", "--once", "--db", db, "--allow-private-urls")
    assert result.exit_code == 0, result.output
    assert "1 new items, 1 stored" in result.output and "Alerts" not in result.output

    matches = rows(db, "SELECT rule, title, evidence FROM alert_matches ORDER BY id")
    assert [(r, t) for r, t, _ in matches] == [("big-moves", "stock_move: Velmora +12 %"),
                                               ("big-moves", "stock_move: Talvix Robotics -15 %")]
    assert "bondi de 12 %" in matches[0][2] and "chuté de 15 %" in matches[1][2]
    assert rows(db, "SELECT count(*) FROM documents") == [(4,)]
    assert sorted(r["title"] for r in receiver.received) == sorted(t for _, t, _ in matches)
    feed = feedparser.parse((tmp_path / "kb-alerts" / "big-moves.atom").read_bytes())
    assert sorted(e.title for e in feed.entries) == sorted(f"[big-moves] {t}" for _, t, _ in matches)
    assert sorted(e.link for e in feed.entries) == [server.base + "/a/talvix", server.base + "/a/velmora"]
    for path in ARTICLES:  # each article fetched once, whatever the number of polls
        assert server.paths().count(path) == 1, (path, server.paths())
    assert server.paths().count("/feed.xml") >= 3
