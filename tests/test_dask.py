"""Ingest on a Dask cluster (`veille ingest --dask`): a worker killed in the middle of a
batch loses nothing and stores nothing twice, the store ending as a single-process ingest's,
export for export; a cluster that cannot be used is one coded line."""

from __future__ import annotations

import os
import shutil
import signal
import socket
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import Cli, table_counts
from generated import write_generated
from test_order import QUERIES

from veille.api import KnowledgeBase
from veille.errors import ClusterError
from veille.ingest.annotator import Annotated
from veille.ingest.cluster import DaskAnnotator, parse
from veille.kb.store import add_functions

EXAMPLES = Path(__file__).resolve().parent.parent / "examples" / "corpus"


def test_cluster_addresses() -> None:
    assert parse("local:2") == ("local", 2)
    assert parse("local")[0] == "local"
    assert parse("tcp://127.0.0.1:8786") == ("address", "tcp://127.0.0.1:8786")
    assert parse("127.0.0.1:8786") == ("address", "tcp://127.0.0.1:8786")
    assert parse("tls://[::1]:8786") == ("address", "tls://[::1]:8786")
    for bad in ("local:0", "local:two", "http://127.0.0.1:8786", "127.0.0.1", "tcp://127.0.0.1:99999", ""):
        with pytest.raises(ClusterError, match=r"\[V104\]"):
            parse(bad)


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_a_scheduler_that_cannot_be_reached_is_one_coded_line(cli: Cli, tmp_path: Path,
                                                               monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("VEILLE_DASK_TIMEOUT", "1")
    address = f"tcp://127.0.0.1:{_closed_port()}"
    db = tmp_path / "kb.db"
    started = time.monotonic()
    result = cli("ingest", "--db", db, "--dask", address, EXAMPLES)
    assert time.monotonic() - started < 30
    assert result.exit_code == 1
    lines = result.output.strip().splitlines()
    assert lines == [f"Error: [V104] cannot reach the Dask scheduler at {address} within 1 s (OSError). Check that "
                     "`dask scheduler` runs there and that this machine may connect to it ($VEILLE_DASK_TIMEOUT "
                     "seconds are allowed), or use --dask local:N"]
    assert "Traceback" not in result.output
    assert table_counts(db).get("documents", 0) == 0  # nothing read before the cluster was there


def test_a_scheduler_without_workers_is_one_coded_line(cli: Cli, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    distributed = pytest.importorskip("distributed")
    monkeypatch.setenv("VEILLE_DASK_TIMEOUT", "1")
    with distributed.LocalCluster(n_workers=0, host="127.0.0.1", dashboard_address="127.0.0.1:0") as cluster:
        address = cluster.scheduler_address
        result = cli("ingest", "--db", tmp_path / "kb.db", "--dask", address, EXAMPLES)
    assert result.exit_code == 1
    assert result.output.strip() == (f"Error: [V104] the Dask scheduler at {address} has no worker (waited 1 s). "
                                     f"Start workers with: dask worker {address}")


def test_dask_not_installed_and_bad_options_are_one_line_each(cli: Cli, tmp_path: Path,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    result = cli("ingest", "--db", tmp_path / "kb.db", "-j", "2", "--dask", "local:2", EXAMPLES)
    assert result.exit_code == 2 and "--dask, not both" in result.output
    result = cli("ingest", "--db", tmp_path / "kb.db", "--dask", "local:none", EXAMPLES)
    assert result.exit_code == 1 and result.output.startswith("Error: [V104] not a number of worker processes")
    monkeypatch.setitem(sys.modules, "distributed", None)  # import distributed raises ImportError
    result = cli("ingest", "--db", tmp_path / "kb.db", "--dask", "local:2", EXAMPLES)
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: [V104] Dask is not installed, and --dask needs it. Install Dask with: "
                                     "pip install 'veille[dask]' (dask and distributed, the same version as the "
                                     "cluster's)")


def _exports(cli: Cli, db: Path) -> dict[str, list[str]]:
    out = {}
    for what in ("facts", "entities"):
        result = cli("export", what, "--db", db, "--format", "jsonl", *(["--all"] if what == "facts" else []))
        assert result.exit_code == 0, result.output
        out[what] = result.stdout.splitlines()
    return out


def _tables(db: Path) -> dict[str, list[Any]]:
    conn = sqlite3.connect(db)
    add_functions(conn)  # the text is compressed, the view `evidence` reads it through them
    try:
        return {name: conn.execute(sql).fetchall() for name, sql in QUERIES.items()}
    finally:
        conn.close()


def _stored(db: Path) -> int:
    try:
        conn = sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1)
        try:
            return int(conn.execute("SELECT count(*) FROM documents").fetchone()[0])
        finally:
            conn.close()
    except sqlite3.Error:
        return 0


def _kill_a_busy_worker(client: Any, db: Path, after: int, killed: list[tuple[str, int, int]]) -> None:
    """Once `after` documents are stored, SIGKILL the process of a worker that is annotating
    a batch; `killed` gets its address, its process id and the documents stored then."""
    pids = client.run(os.getpid)  # worker address -> process id
    deadline = time.monotonic() + 600
    while time.monotonic() < deadline:
        if _stored(db) >= after:
            busy = {w: keys for w, keys in client.processing().items()
                    if any(str(k).startswith("veille-annotate") for k in keys)}
            if busy:
                worker = sorted(busy)[0]
                os.kill(pids[worker], signal.SIGKILL)
                killed.append((worker, pids[worker], _stored(db)))
                return
        time.sleep(0.05)


@pytest.mark.slow
def test_a_worker_killed_mid_batch_loses_nothing_and_stores_nothing_twice(cli: Cli, tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    shutil.copytree(EXAMPLES, folder)  # HTML and text, French and English, a near duplicate
    write_generated(folder, 200)
    ref = tmp_path / "single.db"
    with KnowledgeBase(ref) as kb:  # one process, no worker
        report = kb.ingest([folder], timeout=0)
        assert not report.failed and report.count("added") == 215
    expected = _exports(cli, ref)
    assert len(expected["facts"]) > 500 and len(expected["entities"]) > 500

    db = tmp_path / "dask.db"
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address="127.0.0.1:0") as cluster, \
            distributed.Client(cluster, set_as_default=False) as client:
        killed: list[tuple[str, int, int]] = []
        killer = threading.Thread(target=_kill_a_busy_worker, args=(client, db, 32, killed), daemon=True)
        killer.start()
        result = cli("ingest", "--db", db, "--dask", cluster.scheduler_address, folder)
        killer.join(timeout=5)
        assert killed, "no worker was killed: the ingest ended first"
        assert killed[0][2] < 200  # in the middle of the run: batches were still to come
        assert result.exit_code == 0, result.output
        assert result.stdout.startswith("215 added (")
        assert result.stdout.rstrip().endswith(", 0 unchanged, 1 duplicates, 0 not annotated, 0 failed")
        client.wait_for_workers(2, timeout=120)  # the nanny started another in its place
        assert killed[0][1] not in client.run(os.getpid).values()

    got = _exports(cli, db)
    for what in ("facts", "entities"):
        assert len(got[what]) == len(expected[what]), what
        for n, (line, want) in enumerate(zip(got[what], expected[what], strict=True)):
            assert line == want, f"{what}, line {n + 1}"
    assert _tables(db) == _tables(ref)
    counts = table_counts(db)
    assert counts["documents"] == 216 and counts == table_counts(ref)


# Ctrl-C as at a terminal, even when this test runs in the background (see test_ingest.py)
INGEST = """
import signal, sys
signal.signal(signal.SIGINT, signal.default_int_handler)
from veille.cli import app
if __name__ == "__main__":
    app(sys.argv[1:], prog_name="veille")
"""


@pytest.mark.slow
def test_ctrl_c_stops_an_ingest_on_a_local_cluster_cleanly(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    write_generated(folder, 400)
    db = tmp_path / "kb.db"
    script = tmp_path / "ingest.py"
    script.write_text(INGEST, encoding="utf-8")
    proc = subprocess.Popen([sys.executable, str(script), "ingest", "--db", str(db), "-q", "--dask", "local:2",
                             str(folder)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        deadline = time.monotonic() + 300
        while _stored(db) < 16:  # the first batch is in: the workers are at work
            assert proc.poll() is None and time.monotonic() < deadline, proc.communicate()
            time.sleep(0.1)
        os.killpg(proc.pid, signal.SIGINT)  # what Ctrl-C does: the whole process group
        _, stderr = proc.communicate(timeout=60)
        time.sleep(1)
        ps = subprocess.run(["ps", "-o", "pid=,stat=,args=", "-g", str(proc.pid)], capture_output=True, text=True)
        alive = [line for line in ps.stdout.splitlines() if not line.split()[1].startswith("Z")]
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == 130, stderr
    assert stderr.startswith("Interrupted: the store keeps its"), stderr
    assert "Traceback" not in stderr and "KeyboardInterrupt" not in stderr
    assert alive == []  # the cluster's processes are gone
    kept = _stored(db)
    assert 16 <= kept < 400
    again = cli("ingest", "--db", db, "-q", folder)
    assert again.exit_code == 0, again.output
    assert f"{400 - kept} added" in again.stdout and f"{kept} unchanged" in again.stdout


class _Task:
    """A finished Dask task, as `DaskAnnotator` sees it: its key, status and result."""

    def __init__(self, key: str, result: Any) -> None:
        self.key, self._result = key, result
        self.status = "error" if isinstance(result, BaseException) else "finished"

    def result(self) -> Any:
        if isinstance(self._result, BaseException):
            raise self._result
        return self._result

    def add_done_callback(self, callback: Any) -> None:
        callback(self)


class _Client:
    """Runs each task at once; a batch of several documents, or the document 'bad', brings
    its worker down (the scheduler's KilledWorker after its allowed failures)."""

    def __init__(self) -> None:
        self.sent: list[list[str]] = []

    def submit(self, fn: Any, lang: str, items: list[Any], key: str, **kwargs: Any) -> _Task:
        ids = [ctx["id"] for _, ctx in items]
        self.sent.append(ids)
        if len(ids) > 1 or ids == ["bad"]:
            return _Task(key, RuntimeError(f"KilledWorker: {key}"))
        return _Task(key, [Annotated(ids[0], entities=[{"name": ids[0]}])])


def test_a_batch_whose_workers_keep_dying_is_annotated_one_document_at_a_time() -> None:
    annotator = object.__new__(DaskAnnotator)  # a cluster's annotator, on a stand-in client
    annotator.client, annotator.cluster, annotator._closing = _Client(), None, False
    annotator._lock, annotator._tasks = threading.Lock(), {}
    items = [(f"text {i}", {"id": i}) for i in ("a", "bad", "c")]
    results = annotator.submit("fr", items).result(timeout=1)
    assert annotator.client.sent == [["a", "bad", "c"], ["a"], ["bad"], ["c"]]
    assert [r.id for r in results] == ["a", "bad", "c"]  # in the batch's order
    assert [r.error is None for r in results] == [True, False, True]
    assert results[1].error is not None and results[1].error.startswith("annotation worker failed (RuntimeError")
    assert annotator._tasks == {}
