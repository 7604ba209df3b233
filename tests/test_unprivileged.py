"""What a user who may not read or write everything meets, with the kernel's own permission
checks: each case runs `veille` in a forked child process without privileges (when the tests
run as root, the child gives up root's capabilities before it starts, so that the files'
modes apply to it as to their owner). Other hostile-input tests simulate these refusals;
these make them for real.

Every case: the exit status, one clear line naming the item, no traceback, and the readable
documents of the same batch stored."""

from __future__ import annotations

import ctypes
import json
import os
import shutil
import sqlite3
import traceback
from pathlib import Path
from typing import Any

import pytest
from conftest import dedent
from typer.testing import CliRunner

from veille.cli import app

pytestmark = pytest.mark.skipif(not hasattr(os, "fork"), reason="needs fork")

ARTICLE = dedent("""
    Tessaly ouvre une usine à Lyon

    La start-up Tessaly Robotique a levé 12 millions d'euros auprès de Corvant Partners, a
    annoncé jeudi sa directrice générale Inès Varga.
    """)


def drop_privileges() -> None:
    """Give up every capability of this process (root's power to read and write any file):
    the kernel then checks its permissions as for an ordinary user, the owner of the files
    root made. It keeps its uid, so that it may still read the interpreter and the modules it
    imports from root's private home."""
    if os.geteuid() != 0:
        return
    libc = ctypes.CDLL(None, use_errno=True)
    header = (ctypes.c_uint32 * 2)(0x20080522, 0)  # _LINUX_CAPABILITY_VERSION_3, this process
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable, twice: all empty
    if libc.capset(header, data) != 0:
        raise OSError(ctypes.get_errno(), "capset failed")


def as_user(*args: Any) -> dict[str, Any]:
    """`veille ARGS...` run in a forked child that is not root: exit code, stdout, stderr."""
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: drop root, run, report, and leave without pytest's cleanup
        code = 70
        report: dict[str, Any] = {"crash": "the child stopped before it ran the command"}
        try:
            os.close(read)
            drop_privileges()
            result = CliRunner().invoke(app, [str(a) for a in args],
                                        env={"COLUMNS": "500", "VEILLE_GAZETTEER": None})
            report = {"exit_code": result.exit_code, "stdout": result.stdout, "stderr": result.stderr}
            if result.exception is not None and not isinstance(result.exception, SystemExit):
                report["crash"] = "".join(traceback.format_exception(result.exception))
            code = 0
        except BaseException:
            report = {"crash": traceback.format_exc()}
        finally:
            with os.fdopen(write, "w", encoding="utf-8") as out:
                json.dump(report, out)
            os._exit(code)
    os.close(write)
    with os.fdopen(read, encoding="utf-8") as pipe:
        data = pipe.read()
    _, status = os.waitpid(pid, 0)
    got: dict[str, Any] = json.loads(data)
    assert "crash" not in got, got["crash"]
    assert os.waitstatus_to_exitcode(status) == 0, "the child process failed"
    assert "Traceback" not in got["stdout"] + got["stderr"], got
    return got


def error_lines(report: dict[str, Any]) -> list[str]:
    return [line for line in report["stderr"].splitlines() if line.strip()]


@pytest.fixture
def space(tmp_path: Path, annotate_fr: Any) -> Path:
    """A folder the unprivileged user may enter and write (the pipeline is loaded first, so
    that the child inherits it instead of reading the model again)."""
    annotate_fr(ARTICLE)
    folder = tmp_path / "space"
    folder.mkdir()
    tmp_path.chmod(0o755)
    return folder


def documents(db: Path) -> list[str]:
    conn = sqlite3.connect(db)
    try:
        return [r[0] for r in conn.execute("SELECT name FROM documents ORDER BY name")]
    finally:
        conn.close()


@pytest.mark.slow
def test_unreadable_files_and_folders_are_named_and_the_rest_is_stored(space: Path) -> None:
    folder = space / "in"
    folder.mkdir()
    (folder / "lisible.txt").write_text(ARTICLE, encoding="utf-8")
    secret = folder / "secret.txt"
    secret.write_text(ARTICLE.replace("Lyon", "Nantes"), encoding="utf-8")
    secret.chmod(0o000)
    locked = folder / "verrouille"
    locked.mkdir()
    (locked / "dedans.txt").write_text(ARTICLE.replace("Lyon", "Lille"), encoding="utf-8")
    locked.chmod(0o000)
    db = space / "kb.db"
    report = as_user("ingest", "-q", "--db", db, folder)
    assert report["exit_code"] == 1, report
    lines = error_lines(report)
    assert any(str(secret) in line and "permission" in line for line in lines), lines
    assert any(str(locked) in line and "permission" in line for line in lines), lines
    assert all(line.startswith("Error: [V") for line in lines if line.startswith("Error"))
    assert documents(db) == ["lisible"]


@pytest.mark.slow
def test_a_store_the_user_may_not_write_is_read_and_not_changed(space: Path, tmp_path: Path) -> None:
    (space / "a.txt").write_text(ARTICLE, encoding="utf-8")
    db = tmp_path / "owned" / "kb.db"
    db.parent.mkdir()
    report = as_user("ingest", "-q", "--db", space / "kb.db", space / "a.txt")
    assert report["exit_code"] == 0, report
    shutil.copy(space / "kb.db", db)  # then neither it nor its folder may be written
    db.chmod(0o444)
    db.parent.chmod(0o555)
    before = db.read_bytes()
    for args in (["docs"], ["entities"], ["facts"], ["search", "usine"], ["ask", "Qui a levé des fonds ?"],
                 ["export", "facts"]):
        report = as_user(*args, "--db", db)
        assert report["exit_code"] == 0, (args, report)
    (space / "b.txt").write_text(ARTICLE.replace("Lyon", "Lille"), encoding="utf-8")
    report = as_user("ingest", "-q", "--db", db, space / "b.txt")
    assert report["exit_code"] == 1
    [line] = error_lines(report)
    assert line.startswith("Error: [V203]") and "read-only" in line and str(db) in line, line
    assert db.read_bytes() == before
    assert not (db.parent / "kb.db-wal").exists()


@pytest.mark.slow
def test_a_store_in_a_folder_the_user_may_not_write_is_an_error_naming_it(space: Path, tmp_path: Path) -> None:
    closed = tmp_path / "closed"
    closed.mkdir()
    closed.chmod(0o555)
    (space / "a.txt").write_text(ARTICLE, encoding="utf-8")
    report = as_user("ingest", "-q", "--db", closed / "kb.db", space / "a.txt")
    assert report["exit_code"] == 1, report
    [line] = error_lines(report)
    assert line.startswith("Error: [V200]") and str(closed / "kb.db") in line, line
    assert f"the folder {closed} may not be written" in line and "--db" in line
    assert not (closed / "kb.db").exists()
