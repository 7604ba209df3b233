"""Annotation of document batches, in this process or in worker processes.

Workers receive texts and send back only Veille's records (entities with their mentions,
facts): plain lists of dicts, a few kilobytes a document, instead of whole spaCy Docs. The
workers live as long as the ingest, so they load (or, forked, inherit) the pipelines once,
and the caller keeps several batches in flight so that reading, resolving and storing in the
parent overlap with annotation in the workers.

With a time limit, every batch is annotated in a worker process, and a batch that takes
longer than its documents' budget (see `budget`) has its worker killed; its documents are
then annotated one by one, each within its own budget, so that only the stuck one fails. A
worker that dies (a crash in a model, the memory killer) is replaced the same way. Workers
never outlive the main process.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from concurrent.futures import Future
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from typing import Any

from veille.errors import VeilleError
from veille.nlp.pipeline import annotate, get_nlp

Item = tuple[str, dict[str, Any]]  # (text, context with at least "id")


@dataclass(frozen=True)
class Annotated:
    """What the pipeline found in one document, or why it failed."""

    id: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None
    timed_out: float | None = None  # the seconds it was given, when it was stopped for taking longer


def annotate_batch(lang: str, items: list[Item]) -> list[Annotated]:
    """Annotate a batch; a document the pipeline fails on is returned with its error and
    the others are annotated all the same."""
    try:
        return _annotate(lang, items)
    except VeilleError:
        raise  # a missing model: no document of this language can be annotated
    except Exception:  # noqa: BLE001 - one document broke the batch: annotate them one by one
        pass
    out = []
    for item in items:
        try:
            out.extend(_annotate(lang, [item]))
        except VeilleError:
            raise
        except Exception as e:  # noqa: BLE001 - recorded on that document, the batch goes on
            out.append(Annotated(item[1]["id"], error=f"{type(e).__name__}: {e}"))
    return out


def _annotate(lang: str, items: list[Item]) -> list[Annotated]:
    out = []
    for found, ctx, error in annotate(items, lang):
        if found is None:
            out.append(Annotated(ctx["id"], error=error or "annotation failed"))
            continue
        out.append(Annotated(ctx["id"], list(found.entities), list(found.facts)))
    return out


LOADING = 600.0  # seconds a worker may take to load a language's pipeline


def budget(items: list[Item], timeout: float) -> float:
    """Seconds a batch may take: `timeout` per document and one more second per 10,000
    characters (annotation runs at about 15,000 a second: a text of a million characters
    takes a minute and has 160 seconds)."""
    return sum(timeout + len(text) / 10_000 for text, _ in items)


class Annotator:
    """Annotates batches in submission order: with one process and no time limit, at once in
    this one; else in `n_process` worker processes started on the first batch, each batch
    within its budget (`timeout` seconds a document, see `budget`)."""

    def __init__(self, n_process: int = 1, timeout: float | None = None) -> None:
        self.n_process = max(1, n_process)
        self.timeout = timeout if timeout and timeout > 0 else None
        self._pool: _Pool | None = None

    @property
    def in_flight(self) -> int:
        """How many batches the caller should keep submitted to keep every worker busy."""
        return 1 if self.n_process == 1 and self.timeout is None else 2 * self.n_process

    def submit(self, lang: str, items: list[Item]) -> Future[list[Annotated]]:
        if self.n_process == 1 and self.timeout is None:
            done: Future[list[Annotated]] = Future()
            try:
                done.set_result(annotate_batch(lang, items))
            except Exception as e:  # noqa: BLE001 - re-raised by result(), as a worker's would be
                done.set_exception(e)
            return done
        if self._pool is None:
            self._pool = _Pool(self.n_process, self.timeout)
        return self._pool.submit(lang, items)

    def close(self, wait: bool = True) -> None:
        """Stop the workers: once their batches are done, or (without `wait`, after an
        error or Ctrl-C) at once. Workers never write to the store, so stopping them
        loses nothing stored."""
        if self._pool is not None:
            pool, self._pool = self._pool, None
            pool.close(wait)

    def __enter__(self) -> Annotator:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(wait=exc_type is None)


@dataclass
class _Job:
    """A batch to annotate, or one document of a batch being retried alone (`parent`)."""

    lang: str
    items: list[Item]
    future: Future[list[Annotated]] | None = None  # a batch's: set once every document is done
    parent: _Job | None = None
    results: dict[str, Annotated] = field(default_factory=dict)

    def ids(self) -> list[str]:
        return [str(ctx["id"]) for _, ctx in self.items]

    def done(self, found: list[Annotated]) -> None:
        top = self.parent or self
        for result in found:
            top.results[result.id] = result
        if top.future is not None and len(top.results) == len(top.items) and not top.future.done():
            top.future.set_result([top.results[i] for i in top.ids()])

    def fail(self, error: BaseException) -> None:
        top = self.parent or self
        if top.future is not None and not top.future.done():
            top.future.set_exception(error)


@dataclass
class _Worker:
    process: Any  # multiprocessing.Process (fork or spawn)
    conn: Connection
    job: _Job | None = None
    deadline: float = 0.0


class _Pool:
    """Worker processes fed one job at a time by a manager thread that enforces each job's
    budget: a job over it, or whose worker dies, has its worker replaced and its documents
    retried one by one; a document that fails alone is returned with its error."""

    def __init__(self, n_process: int, timeout: float | None) -> None:
        self.n_process, self.timeout = n_process, timeout
        self.context = _context()
        self.pending: deque[_Job] = deque()
        self.workers: list[_Worker] = []
        self.lock = threading.Lock()
        self.wake_r, self.wake_w = self.context.Pipe(duplex=False)
        self.closing = False
        for _ in range(n_process):  # forked from the caller's thread; replacements from the manager's
            self._start()
        self.thread = threading.Thread(target=self._run, name="veille-annotator", daemon=True)
        self.thread.start()

    def submit(self, lang: str, items: list[Item]) -> Future[list[Annotated]]:
        job = _Job(lang, list(items), Future())
        with self.lock:
            self.pending.append(job)
        self._wake()
        assert job.future is not None
        return job.future

    def close(self, wait: bool) -> None:
        with self.lock:
            self.closing = True
            if not wait:
                for job in self.pending:
                    job.fail(VeilleError("annotation stopped"))
                self.pending.clear()
        self._wake()
        if wait:
            self.thread.join()
        else:
            self.thread.join(timeout=5)
            for w in list(self.workers):
                _kill(w)

    def _wake(self) -> None:
        try:
            self.wake_w.send(None)
        except (OSError, ValueError):
            pass

    # --- the manager thread -------------------------------------------------------------
    def _run(self) -> None:
        try:
            while True:
                with self.lock:
                    busy = any(w.job for w in self.workers)
                    if self.closing and not self.pending and not busy:
                        break
                    self._assign()
                now = time.monotonic()
                deadlines = [w.deadline for w in self.workers if w.job and self.timeout]
                wait_for = max(0.0, min(deadlines) - now) if deadlines else None
                ready = wait([self.wake_r, *(w.conn for w in self.workers if w.job)], wait_for)
                if self.wake_r in ready:
                    while self.wake_r.poll():
                        self.wake_r.recv()
                for w in list(self.workers):
                    if w.job is None:
                        continue
                    if w.conn in ready:
                        self._receive(w)
                    elif self.timeout and time.monotonic() >= w.deadline:
                        self._overrun(w)
        except BaseException as e:  # noqa: BLE001 - the caller waits on futures: give them the error
            for job in [*self.pending, *(w.job for w in self.workers if w.job)]:
                job.fail(e)
        finally:
            for w in self.workers:
                try:
                    w.conn.send(None)
                except (OSError, ValueError):
                    pass
            for w in self.workers:
                w.process.join(timeout=10)
                if w.process.is_alive():
                    _kill(w)
            self.workers.clear()

    def _assign(self) -> None:
        while self.pending:
            idle = next((w for w in self.workers if w.job is None), None)
            if idle is None and len(self.workers) < self.n_process:
                idle = self._start()
            if idle is None:
                return
            job = self.pending.popleft()
            idle.job = job
            idle.deadline = time.monotonic() + LOADING  # until it says its pipeline is loaded
            try:
                idle.conn.send((job.lang, job.items))
            except (OSError, ValueError):  # died while idle: the job goes back, the worker away
                idle.job = None
                self.pending.appendleft(job)
                self._drop(idle)

    def _start(self) -> _Worker:
        parent, child = self.context.Pipe()
        process = self.context.Process(  # type: ignore[attr-defined]
            target=_serve, args=(child, os.getpid()), daemon=True, name="veille-annotate")
        process.start()
        child.close()
        worker = _Worker(process, parent)
        self.workers.append(worker)
        return worker

    def _receive(self, w: _Worker) -> None:
        job = w.job
        assert job is not None
        try:
            kind, payload = w.conn.recv()
        except (EOFError, OSError):  # the worker died in the middle of the job
            w.job = None
            code = w.process.exitcode if not w.process.is_alive() else None
            self._drop(w)
            self._retry(job, f"annotation worker failed (exit code {code}); ingest this item again, "
                             "or with --workers 1")
            return
        if kind == "started":  # the pipeline is loaded: the job's own time starts now
            w.deadline = time.monotonic() + budget(job.items, self.timeout or 0)
            return
        w.job = None
        if kind == "ok":
            job.done(payload)
        else:
            job.fail(payload)

    def _overrun(self, w: _Worker) -> None:
        job = w.job
        assert job is not None and self.timeout is not None
        w.job = None
        self._drop(w)
        seconds = budget(job.items, self.timeout)
        self._retry(job, f"stopped after {seconds:.0f} s", seconds)

    def _retry(self, job: _Job, error: str, timed_out: float | None = None) -> None:
        """A job whose worker died or ran out of time: one document fails with the error, a
        batch is tried again one document at a time, ahead of the rest."""
        if len(job.items) == 1:
            job.done([Annotated(job.ids()[0], error=error, timed_out=timed_out)])
            return
        top = job.parent or job
        for item in reversed(job.items):
            self.pending.appendleft(_Job(job.lang, [item], parent=top))

    def _drop(self, w: _Worker) -> None:
        _kill(w)
        if w in self.workers:
            self.workers.remove(w)


def _kill(w: _Worker) -> None:
    try:
        if w.process.is_alive():
            w.process.kill()
        w.process.join(timeout=5)
    except (OSError, ValueError, AssertionError):
        pass
    try:
        w.conn.close()
    except OSError:
        pass


def _serve(conn: Connection, parent: int) -> None:
    """A worker process: annotate each batch received, send back the results, until told to
    stop (None) or the parent goes away."""
    _leave_interrupts_to_the_parent(parent)
    while True:
        try:
            task = conn.recv()
        except (EOFError, OSError):
            return
        if task is None:
            return
        lang, items = task
        try:
            get_nlp(lang)  # loaded once: not counted in the batch's time
            conn.send(("started", None))
            reply: tuple[str, Any] = ("ok", annotate_batch(lang, items))
        except VeilleError as e:
            reply = ("error", e)
        except Exception as e:  # noqa: BLE001 - sent to the parent, which records it
            reply = ("error", VeilleError(f"annotation failed ({type(e).__name__}: {e})"))
        try:
            conn.send(reply)
        except (OSError, ValueError):
            return


def _leave_interrupts_to_the_parent(parent: int) -> None:
    """Ctrl-C reaches every process of the terminal's group: the workers ignore it and the
    main process stops them, so an interrupted ingest ends with one message, no tracebacks.
    A worker never outlives the main process, even one killed with SIGKILL: see `_die_with`."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    _die_with(parent)


def _die_with(parent: int) -> None:
    """End this process when `parent` ends: at once on Linux (the kernel sends SIGKILL when
    the parent dies, prctl PR_SET_PDEATHSIG), else within a second (a thread watching the
    parent's id, which changes when the process is adopted)."""
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the line above
        os._exit(1)

    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(1.0)
        os._exit(1)

    threading.Thread(target=watch, name="veille-parent-watch", daemon=True).start()


def _context() -> multiprocessing.context.BaseContext:
    """Fork where there is fork (workers inherit loaded pipelines), spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
