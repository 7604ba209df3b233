"""Annotation of document batches on a Dask cluster (`veille ingest --dask ADDRESS`).

`DaskAnnotator` has the interface of `annotator.Annotator`: the ingest submits batches of one
language and gets back futures of their records, which it resolves and stores in the order
it submitted them, whatever the order the cluster finishes them in. So the store is written
by this process only, through the same path as with `-j N`, whatever the store's backend.

Each batch is one Dask task running `annotate_batch` on a worker, which returns Veille's
records (entities with their mentions, facts), not spaCy Docs. The pipelines are built once
per worker process (`get_nlp` is cached per process) on its first batch of a language. A
worker that dies under a batch (killed, out of memory) has its tasks given to another by the
scheduler, up to its `allowed-failures` (3 by default); a batch that still fails is split and
its documents annotated one by one, so that only the one that brings workers down fails.
Nothing is stored twice: documents are stored here, once each, keyed by their content.

The per-document time limit of local workers (`VEILLE_ANNOTATE_TIMEOUT`) is not enforced on
a cluster: a Dask task cannot be stopped from outside.
"""

from __future__ import annotations

import logging
import os
import re
import signal
import threading
import uuid
from concurrent.futures import Future
from dataclasses import dataclass, field
from typing import Any

from veille import config
from veille.errors import ClusterError, VeilleError
from veille.ingest.annotator import Annotated, Item, annotate_batch

RETRIES = 2  # a task that raises (a lost connection while sending its result) is run again
CONNECT_TIMEOUT = 10.0  # seconds to reach the scheduler and see a worker ($VEILLE_DASK_TIMEOUT)
INSTALL = "Install Dask with: pip install 'veille[dask]' (dask and distributed, the same version as the cluster's)"
_ADDRESS = re.compile(r"^(?:(tcp|tls)://)?(\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+):(\d{1,5})$")


def parse(spec: str) -> tuple[str, str | int]:
    """('local', N) for 'local:N' (N worker processes on this machine; 'local' alone, one a
    core), else ('address', the scheduler's address) for 'tcp://host:port', 'tls://host:port'
    or 'host:port'."""
    spec = spec.strip()
    if spec == "local" or spec.startswith("local:"):
        count = spec.partition(":")[2] or str(os.cpu_count() or 1)
        if not count.isdigit() or not 1 <= int(count) <= 256:
            raise ClusterError(f"not a number of worker processes from 1 to 256 in --dask {spec!r}",
                               "For example: --dask local:2")
        return "local", int(count)
    match = _ADDRESS.match(spec)
    if match is None or not 0 < int(match.group(3)) < 65536:
        raise ClusterError(f"not a Dask scheduler address: --dask {spec!r}",
                           "Give tcp://HOST:PORT (the address `dask scheduler` prints), or local:N "
                           "for N worker processes on this machine")
    return "address", spec if match.group(1) else f"tcp://{spec}"


@dataclass
class _Batch:
    """A batch submitted by the ingest, gathered from one task or, after its task failed, from
    one task per document."""

    lang: str
    items: list[Item]
    future: Future[list[Annotated]] = field(default_factory=Future)
    results: dict[str, Annotated] = field(default_factory=dict)

    def add(self, found: list[Annotated]) -> None:
        for result in found:
            self.results[result.id] = result
        if len(self.results) == len(self.items) and not self.future.done():
            self.future.set_result([self.results[str(ctx["id"])] for _, ctx in self.items])

    def fail(self, error: BaseException) -> None:
        if not self.future.done():
            self.future.set_exception(error)


class DaskAnnotator:
    """Annotates batches on a Dask cluster: a LocalCluster of N single-threaded worker
    processes started here for 'local:N' (closed with the annotator), or the cluster whose
    scheduler is at the address given (left running). Connects at once: a scheduler that
    cannot be reached, or that has no worker within `connect_timeout` seconds, is a
    ClusterError before any document is read."""

    def __init__(self, spec: str, connect_timeout: float | None = None) -> None:
        self.kind, self.target = parse(spec)
        self.connect_timeout = connect_timeout or config.env_number("VEILLE_DASK_TIMEOUT", CONNECT_TIMEOUT)
        self.cluster: Any = None
        self.client: Any = None
        self.threads = 1
        self._lock = threading.Lock()
        self._tasks: dict[str, tuple[Any, _Batch]] = {}  # key -> (Dask future, its batch)
        self._closing = False
        self._open()

    @property
    def in_flight(self) -> int:
        """How many batches the caller should keep submitted: two for each worker thread."""
        return max(2, 2 * self.threads)

    @property
    def address(self) -> str:
        return str(self.client.scheduler.address) if self.client is not None else str(self.target)

    def _open(self) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError as e:
            raise ClusterError("Dask is not installed, and --dask needs it", INSTALL) from e
        address = str(self.target)
        try:
            if self.kind == "local":  # its processes' logs silenced: outcomes say what failed
                self.cluster = LocalCluster(n_workers=int(self.target), threads_per_worker=1, processes=True,
                                            host="127.0.0.1", scheduler_port=0, dashboard_address="127.0.0.1:0",
                                            silence_logs=logging.CRITICAL)
                address = self.cluster.scheduler_address
            self.client = Client(address, timeout=self.connect_timeout, set_as_default=False)
            if self.kind == "local":
                self.client.register_plugin(_WorkerSetup(), name="veille-worker-setup")
            self.client.wait_for_workers(1, timeout=self.connect_timeout)
            self.threads = sum(self.client.nthreads().values()) or 1
        except (OSError, TimeoutError) as e:
            self.close(wait=False)
            if self.kind == "address" and "worker" in str(e).lower():
                raise ClusterError(f"the Dask scheduler at {address} has no worker "
                                   f"(waited {self.connect_timeout:g} s)",
                                   "Start workers with: dask worker " + address) from e
            raise ClusterError(f"cannot reach the Dask scheduler at {address} within {self.connect_timeout:g} s "
                               f"({type(e).__name__})",
                               "Check that `dask scheduler` runs there and that this machine may connect to "
                               "it ($VEILLE_DASK_TIMEOUT seconds are allowed), or use --dask local:N") from e
        except BaseException:
            self.close(wait=False)
            raise

    def submit(self, lang: str, items: list[Item]) -> Future[list[Annotated]]:
        batch = _Batch(lang, list(items))
        self._send(batch, batch.items)
        return batch.future

    def _send(self, batch: _Batch, items: list[Item]) -> None:
        if self._closing or self.client is None:
            batch.fail(VeilleError("annotation stopped"))
            return
        key = f"veille-annotate-{batch.lang}-{uuid.uuid4().hex}"
        task = self.client.submit(annotate_batch, batch.lang, items, key=key, pure=False, retries=RETRIES)
        with self._lock:
            self._tasks[key] = (task, batch)
        task.add_done_callback(lambda done: self._done(batch, items, done))

    def _done(self, batch: _Batch, items: list[Item], task: Any) -> None:
        """A task ended (in Dask's callback thread): its records join its batch; a task that
        failed because its workers died is split, one task per document."""
        with self._lock:
            self._tasks.pop(task.key, None)
        if batch.future.done():
            return
        if self._closing or task.status == "cancelled":
            batch.fail(VeilleError("annotation stopped"))
            return
        try:
            found: list[Annotated] = task.result()
        except VeilleError as e:  # a missing model: no document of this language can be annotated
            batch.fail(e)
            return
        except Exception as e:  # noqa: BLE001 - its workers died (KilledWorker) or the result was lost
            if len(items) > 1:
                for item in items:
                    self._send(batch, [item])
                return
            found = [Annotated(str(items[0][1]["id"]), error=f"annotation worker failed ({type(e).__name__}: {e}); "
                                                            "ingest this item again, or without --dask")]
        batch.add(found)

    def close(self, wait: bool = True) -> None:
        """Disconnect, and stop the LocalCluster started here. Without `wait` (after an error or
        Ctrl-C) the tasks still running are cancelled first. Workers never write to the store,
        so stopping them loses nothing stored."""
        self._closing = True
        with self._lock:
            tasks, self._tasks = list(self._tasks.values()), {}
        client, cluster, self.client, self.cluster = self.client, self.cluster, None, None
        if client is not None:
            try:
                if tasks and not wait:
                    client.cancel([task for task, _ in tasks])
                client.close(timeout=10)
            except Exception:  # noqa: BLE001, S110 - the scheduler went away: nothing left to close
                pass
        if cluster is not None:
            try:
                cluster.close(timeout=20)
            except Exception:  # noqa: BLE001, S110 - the processes are killed with the interpreter
                pass
        for _, batch in tasks:
            batch.fail(VeilleError("annotation stopped"))

    def __enter__(self) -> DaskAnnotator:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(wait=exc_type is None)


def _plugin_base() -> type:
    try:
        from distributed import WorkerPlugin
    except ImportError:  # this module is imported without Dask too (the CLI's --help)
        return object
    return WorkerPlugin  # type: ignore[no-any-return]


class _WorkerSetup(_plugin_base()):  # type: ignore[misc]
    """Run in each worker process of a LocalCluster as it starts (restarted ones too): Ctrl-C
    in the terminal reaches the workers too; they ignore it and the ingest closes the cluster,
    so an interrupted ingest ends with one message, no tracebacks."""

    def setup(self, worker: Any) -> None:
        try:
            signal.signal(signal.SIGINT, signal.SIG_IGN)
        except ValueError:  # not the main thread of the worker process
            pass
