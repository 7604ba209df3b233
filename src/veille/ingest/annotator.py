"""Annotation of document batches, in this process or in worker processes.

Workers receive texts and send back only Veille's records (entities with their mentions,
facts): plain lists of dicts, a few kilobytes a document, instead of whole spaCy Docs. The
pool lives as long as the ingest, so its workers load (or, forked, inherit) the pipelines
once, and the caller keeps several batches in flight so that reading, resolving and storing
in the parent overlap with annotation in the workers.
"""

from __future__ import annotations

import multiprocessing
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from typing import Any

from veille.errors import VeilleError
from veille.nlp.pipeline import annotate

Item = tuple[str, dict[str, Any]]  # (text, context with at least "id")


@dataclass(frozen=True)
class Annotated:
    """What the pipeline found in one document, or why it failed."""

    id: str
    entities: list[dict[str, Any]] = field(default_factory=list)
    facts: list[dict[str, Any]] = field(default_factory=list)
    error: str | None = None


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
    for doc, ctx, error in annotate(items, lang):
        if doc is None:
            out.append(Annotated(ctx["id"], error=error or "annotation failed"))
            continue
        facts = doc._.veille_facts if doc.has_extension("veille_facts") else None
        out.append(Annotated(ctx["id"], list(doc._.veille_entities or []), list(facts or [])))
    return out


class Annotator:
    """Annotates batches in submission order: with one process, at once in this one; with
    more, in a pool of worker processes started on the first batch."""

    def __init__(self, n_process: int = 1) -> None:
        self.n_process = max(1, n_process)
        self._pool: ProcessPoolExecutor | None = None

    @property
    def in_flight(self) -> int:
        """How many batches the caller should keep submitted to keep every worker busy."""
        return 1 if self.n_process == 1 else 2 * self.n_process

    def submit(self, lang: str, items: list[Item]) -> Future[list[Annotated]]:
        if self.n_process == 1:
            done: Future[list[Annotated]] = Future()
            try:
                done.set_result(annotate_batch(lang, items))
            except Exception as e:  # noqa: BLE001 - re-raised by result(), as a worker's would be
                done.set_exception(e)
            return done
        if self._pool is None:
            self._pool = self._start()
        try:
            return self._pool.submit(annotate_batch, lang, items)
        except BrokenProcessPool:  # a worker died earlier: start a new pool for what follows
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = self._start()
            return self._pool.submit(annotate_batch, lang, items)

    def _start(self) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(self.n_process, mp_context=_context(),
                                   initializer=_leave_interrupts_to_the_parent)

    def close(self, wait: bool = True) -> None:
        """Stop the workers: once their batches are done, or (without `wait`, after an
        error or Ctrl-C) at once. Workers never write to the store, so stopping them
        loses nothing stored."""
        if self._pool is None:
            return
        pool, self._pool = self._pool, None
        if not wait:
            terminate = getattr(pool, "terminate_workers", None)  # Python 3.14
            if terminate is not None:
                terminate()
                return
            processes: dict[int, Any] = getattr(pool, "_processes", None) or {}
            for process in list(processes.values()):
                process.terminate()
        pool.shutdown(wait=wait, cancel_futures=True)

    def __enter__(self) -> Annotator:
        return self

    def __exit__(self, exc_type: type[BaseException] | None, *exc: object) -> None:
        self.close(wait=exc_type is None)


def _leave_interrupts_to_the_parent() -> None:
    """Ctrl-C reaches every process of the terminal's group: the workers ignore it and the
    main process stops them, so an interrupted ingest ends with one message, no tracebacks."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


def _context() -> multiprocessing.context.BaseContext:
    """Fork where there is fork (workers inherit loaded pipelines), spawn elsewhere."""
    methods = multiprocessing.get_all_start_methods()
    return multiprocessing.get_context("fork" if "fork" in methods else "spawn")
