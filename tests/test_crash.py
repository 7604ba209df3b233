"""Crashes: an ingest of a few hundred generated documents with two workers is killed (SIGKILL,
no chance to clean up) at random moments, again and again, each time run again; the store
passes SQLite's integrity check after every kill, no worker outlives its main process, and
once an ingest finishes, the exports equal those of a clean run line for line."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from generated import write_generated

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = 240
KILLS = 20


def veille(*args: str) -> list[str]:
    return [sys.executable, "-m", "veille", *args]


def env() -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200"}


def stored(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=5)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0  # being created


def exports(db: Path) -> dict[str, list[str]]:
    out = {}
    for what in ("facts", "entities"):
        proc = subprocess.run(veille("export", what, "--db", str(db), *(["--all"] if what == "facts" else [])),
                              capture_output=True, text=True, env=env(), timeout=120)
        assert proc.returncode == 0, proc.stderr
        out[what] = proc.stdout.splitlines()
    return out


def integrity(db: Path) -> str:
    conn = sqlite3.connect(db, timeout=30)
    try:
        return str(conn.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        conn.close()


def session_gone(pgid: int, seconds: float) -> bool:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            os.killpg(pgid, 0)
        except ProcessLookupError:
            return True
        time.sleep(0.05)
    return False


@pytest.mark.slow
def test_an_ingest_killed_twenty_times_ends_as_a_clean_one(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_generated(folder, DOCUMENTS, first=1000)
    clean = tmp_path / "clean.db"
    proc = subprocess.run(veille("ingest", "--db", str(clean), "-q", "-j", "2", str(folder)), capture_output=True,
                          text=True, env=env(), timeout=600)
    assert proc.returncode == 0, proc.stderr
    expected = exports(clean)
    assert len(expected["facts"]) > DOCUMENTS and len(expected["entities"]) > DOCUMENTS

    db = tmp_path / "crashed.db"
    rng = random.Random(20260)
    kills, progress = 0, []
    while kills < KILLS:
        before = stored(db)
        main = subprocess.Popen(veille("ingest", "--db", str(db), "-q", "-j", "2", str(folder)),
                                stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env(), start_new_session=True)
        if kills % 2:  # at any moment: starting, loading the models, reading, storing, indexing
            time.sleep(rng.uniform(0.2, 9.0))
        else:  # while documents are being stored
            deadline = time.monotonic() + 60
            while stored(db) == before and main.poll() is None and time.monotonic() < deadline:
                time.sleep(0.05)
            time.sleep(rng.uniform(0.0, 1.5))
        if main.poll() is not None:  # it finished first: the rest is stored; start again to kill it later
            out, err = main.communicate()
            assert main.returncode == 0, err
            assert stored(db) == DOCUMENTS
            db.unlink()  # all stored before the kills were done: start over, to kill it more
            for extra in ("-wal", "-shm"):
                Path(str(db) + extra).unlink(missing_ok=True)
            continue
        os.kill(main.pid, signal.SIGKILL)
        main.wait(timeout=30)
        main.communicate()
        kills += 1
        assert session_gone(main.pid, 10), "a worker outlived its main process"
        assert integrity(db) == "ok"
        progress.append(stored(db))
    print(f"killed {kills} times; documents stored after each kill: {progress}")
    assert kills == KILLS and len(set(progress)) >= KILLS // 4, progress  # killed while storing, not only before

    proc = subprocess.run(veille("ingest", "--db", str(db), "-j", "2", str(folder)), capture_output=True, text=True,
                          env=env(), timeout=600)
    assert proc.returncode == 0 and "Traceback" not in proc.stderr, proc.stderr
    assert integrity(db) == "ok"
    assert stored(db) == DOCUMENTS
    got = exports(db)
    assert got["facts"] == expected["facts"]
    assert got["entities"] == expected["entities"]
    again = subprocess.run(veille("ingest", "--db", str(db), "-q", str(folder)), capture_output=True, text=True,
                           env=env(), timeout=600)
    assert again.returncode == 0 and f"0 added (0 entities, 0 facts), {DOCUMENTS} unchanged" in again.stdout
    conn = sqlite3.connect(db)
    assert conn.execute("SELECT count(*) FROM failures").fetchone()[0] == 0
    conn.close()
