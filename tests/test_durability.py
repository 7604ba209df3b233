"""The store under pressure: a disk that fills up during an ingest (a small tmpfs, mounted in a
user namespace of its own, and a file size limit), and readers (search, ask, export, docs) run
while an ingest writes. Nothing stored is lost, the store stays sound, and running the ingest
again ends as a clean run does; a reader never meets a locked store."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from generated import write_generated

ROOT = Path(__file__).resolve().parent.parent
FIRST, REST = 10, 40  # documents stored before the disk fills, and given after

# `veille` with the size of any file it writes limited to $LIMIT bytes (what `ulimit -f` does),
# set once the language identifier has unpacked its model (a temporary file larger than that).
LIMITED = """
import os, resource, sys
from veille.ingest.clean import detect_language
detect_language("Bonjour à tous, voici un texte en français.")
limit = int(os.environ["LIMIT"])
resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))
from veille.cli import app
app(sys.argv[1:], prog_name="veille")
"""

# The store on a tmpfs of $SIZE kilobytes, mounted in a user and mount namespace of its own (no
# privilege needed where the system allows user namespaces): the disk is really full (ENOSPC).
TMPFS = """
mount -t tmpfs -o size="$SIZE"k tmpfs "$MNT" || exit 99
cp "$STORE" "$MNT/kb.db"
"$PYTHON" -m veille ingest --db "$MNT/kb.db" "$FOLDER" > "$OUT/stdout" 2> "$OUT/stderr"
echo $? > "$OUT/rc"
cp "$MNT"/kb.db* "$OUT/"
"""


def veille(*args: str) -> list[str]:
    return [sys.executable, "-m", "veille", *args]


def env(**extra: str) -> dict[str, str]:
    return {**os.environ, "PYTHONPATH": str(ROOT / "src"), "COLUMNS": "200", **extra}


def ingest(db: Path, folder: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(veille("ingest", "--db", str(db), "-q", str(folder)), capture_output=True, text=True,
                          env=env(), timeout=600)


def exports(db: Path) -> dict[str, list[str]]:
    out = {}
    for what, extra in (("facts", ["--all"]), ("entities", [])):
        proc = subprocess.run(veille("export", what, "--db", str(db), *extra), capture_output=True, text=True,
                              env=env(), timeout=120)
        assert proc.returncode == 0, proc.stderr
        out[what] = proc.stdout.splitlines()
    return out


def sound(db: Path) -> tuple[str, int, int]:
    """SQLite's integrity check, the documents and the failures of a store."""
    conn = sqlite3.connect(db, timeout=30)
    try:
        return (conn.execute("PRAGMA integrity_check").fetchone()[0],
                conn.execute("SELECT count(*) FROM documents").fetchone()[0],
                conn.execute("SELECT count(*) FROM failures").fetchone()[0])
    finally:
        conn.close()


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, Path, dict[str, list[str]]]:
    """(the folder of the rest, a store of the first documents, a clean store of all, its exports)."""
    root = tmp_path_factory.mktemp("durability")
    write_generated(root / "first", FIRST, first=2000)
    write_generated(root / "rest", REST, first=3000)
    base = root / "base.db"
    assert ingest(base, root / "first").returncode == 0
    clean = root / "clean.db"
    shutil.copy(base, clean)
    proc = ingest(clean, root / "rest")
    assert proc.returncode == 0, proc.stderr
    return root / "rest", base, clean, exports(clean)


def _fill_tmpfs(store: Path, folder: Path, out: Path) -> tuple[int, str]:
    if shutil.which("unshare") is None:
        pytest.skip("no unshare command to mount a small tmpfs")
    mnt = out / "mnt"
    mnt.mkdir()
    size = store.stat().st_size // 1024 + 512  # room for a few documents more
    proc = subprocess.run(["unshare", "--user", "--map-root-user", "--mount", "sh", "-c", TMPFS],
                          env=env(SIZE=str(size), MNT=str(mnt), STORE=str(store), FOLDER=str(folder), OUT=str(out),
                                  PYTHON=sys.executable), capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs in a user namespace here: {proc.stderr.strip()[:200]}")
    return int((out / "rc").read_text()), (out / "stderr").read_text()


def _fill_size_limit(store: Path, folder: Path, out: Path) -> tuple[int, str]:
    shutil.copy(store, out / "kb.db")
    limit = store.stat().st_size + 300_000
    proc = subprocess.run([sys.executable, "-c", LIMITED, "ingest", "--db", str(out / "kb.db"), str(folder)],
                          env=env(LIMIT=str(limit)), capture_output=True, text=True, timeout=600)
    return proc.returncode, proc.stderr


@pytest.mark.slow
@pytest.mark.parametrize("how", ["tmpfs", "file-size-limit"])
def test_a_full_disk_stops_the_ingest_with_one_line_and_loses_nothing(
        tmp_path: Path, stores: tuple[Path, Path, Path, dict[str, list[str]]], how: str) -> None:
    folder, base, _clean, expected = stores
    code, stderr = (_fill_tmpfs if how == "tmpfs" else _fill_size_limit)(base, folder, tmp_path)
    lines = [line for line in stderr.splitlines() if line.strip()]
    assert code == 1 and "Traceback" not in stderr, stderr
    assert len(lines) == 1, stderr
    assert lines[0].startswith("Error: [V200] the store ") and "cannot grow" in lines[0], lines[0]
    assert "Free some space" in lines[0] and "what is stored is kept" in lines[0]
    db = tmp_path / "kb.db"
    check, documents, failures = sound(db)
    assert check == "ok" and failures == 0
    assert FIRST < documents < FIRST + REST  # some stored before the disk filled, none lost
    proc = ingest(db, folder)  # space again: the rest is stored
    assert proc.returncode == 0, proc.stderr
    assert sound(db) == ("ok", FIRST + REST, 0)
    assert exports(db) == expected


@pytest.mark.slow
def test_readers_during_an_ingest_never_meet_a_locked_store(tmp_path: Path) -> None:
    from veille.api import KnowledgeBase

    write_generated(tmp_path / "first", 5, first=4000)
    write_generated(tmp_path / "in", 100, first=4100)
    db = tmp_path / "kb.db"
    assert ingest(db, tmp_path / "first").returncode == 0
    writer = subprocess.Popen(veille("ingest", "--db", str(db), "-q", "-j", "2", str(tmp_path / "in")),
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env())
    problems: list[str] = []
    library_reads: list[int] = []  # documents seen by each read of the library, in a thread

    def read_with_the_library() -> None:
        while writer.poll() is None:
            try:
                with KnowledgeBase(db, create=False) as kb:
                    kb.search("usine")
                    library_reads.append(len(kb.documents(limit=1000)))
                    sum(1 for _ in kb.export_facts())
            except Exception as e:  # noqa: BLE001 - any failure of a reader is what this test looks for
                problems.append(f"library: {type(e).__name__}: {e}")
            time.sleep(0.05)

    thread = threading.Thread(target=read_with_the_library)
    thread.start()
    commands = [["search", "usine"], ["ask", "Qui a levé des fonds ?"], ["export", "facts", "--all"],
                ["export", "entities"], ["docs"], ["facts"]]
    runs = 0
    try:
        while writer.poll() is None:
            args = commands[runs % len(commands)]
            proc = subprocess.run(veille(*args, "--db", str(db)), capture_output=True, text=True, env=env(),
                                  timeout=120)
            runs += 1
            if proc.returncode != 0 or proc.stderr.strip():
                problems.append(f"{' '.join(args)}: exit {proc.returncode}: {proc.stderr.strip()[:300]}")
    finally:
        _, stderr = writer.communicate(timeout=600)
        thread.join(timeout=60)
    print(f"{runs} commands and {len(library_reads)} reads of the library during the ingest")
    assert writer.returncode == 0, stderr
    assert problems == []
    assert runs >= len(commands) and len(library_reads) >= 10, (runs, len(library_reads))
    assert len(set(library_reads)) >= 3, library_reads  # the reads saw the store grow: they ran during the ingest
    assert sound(db) == ("ok", 105, 0)
