"""Ingests started from the web interface run in the background, one at a time (they share
the language pipelines), each a job whose progress a page polls: queued, running (the items
done so far), then done or failed with the error's code, message and hint."""

from __future__ import annotations

import logging
import secrets
import threading
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from veille.errors import VeilleError

if TYPE_CHECKING:
    from veille.api import KnowledgeBase
    from veille.ingest.run import Outcome, Report
    from veille.web.app import Settings

log = logging.getLogger("veille.web")
KEEP = 50  # finished jobs remembered

Work = Callable[["KnowledgeBase", Callable[["Outcome"], None]], "Report"]


def _now() -> str:
    return datetime.now(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


@dataclass
class Job:
    """One ingest from the interface: what it ingests (`kind`, `label`), its state, the items
    done (`outcomes`, as the REST API reports them) out of `total` when known, its error."""

    id: str
    kind: str  # text | file | url
    label: str
    total: int | None = None
    status: str = "queued"  # queued | running | done | failed
    created: str = field(default_factory=_now)
    finished: str | None = None
    outcomes: list[dict[str, Any]] = field(default_factory=list)
    error: dict[str, str] | None = None

    @property
    def done(self) -> bool:
        return self.status in ("done", "failed")

    def to_dict(self) -> dict[str, Any]:
        counts: dict[str, int] = {}
        for o in self.outcomes:
            counts[o["status"]] = counts.get(o["status"], 0) + 1
        return {"id": self.id, "kind": self.kind, "label": self.label, "status": self.status,
                "created": self.created, "finished": self.finished, "total": self.total,
                "items": len(self.outcomes), "counts": counts, "outcomes": list(self.outcomes),
                "error": self.error}


class Jobs:
    """The server's jobs, newest last; the oldest finished ones are forgotten."""

    def __init__(self) -> None:
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._lock = threading.Lock()

    def get(self, job_id: str) -> Job | None:
        with self._lock:
            return self._jobs.get(job_id)

    def recent(self, n: int = 10) -> list[Job]:
        with self._lock:
            return list(self._jobs.values())[-n:][::-1]

    def start(self, settings: Settings, kind: str, label: str, work: Work, total: int | None = None) -> Job:
        """Run `work(kb, progress)` in a thread, after the ingests before it."""
        job = Job(secrets.token_urlsafe(12), kind, label, total)
        with self._lock:
            self._jobs[job.id] = job
            finished = [k for k, j in self._jobs.items() if j.done]
            for k in finished[:max(0, len(self._jobs) - KEEP)]:
                del self._jobs[k]
        threading.Thread(target=self._run, args=(settings, job, work), name=f"ingest-{job.id}",
                         daemon=True).start()
        return job

    def _run(self, settings: Settings, job: Job, work: Work) -> None:
        from veille.web.errors import from_domain

        def progress(outcome: Outcome) -> None:
            job.outcomes.append(outcome.to_dict())

        try:
            with settings.ingest_lock, settings.kb() as kb:
                job.status = "running"
                report = work(kb, progress)
            job.outcomes = [o.to_dict() for o in report.outcomes]
            job.status = "done"
        except VeilleError as e:
            error = from_domain(e)
            job.error = {"code": error.code, "message": error.message, "hint": error.hint}
            job.status = "failed"
        except Exception as e:  # a job's failure is recorded on it, never lost
            log.exception("ingest job %s failed", job.id)
            job.error = {"code": "internal_error", "message": f"an unexpected error occurred ({type(e).__name__})",
                         "hint": "See the server's log"}
            job.status = "failed"
        job.finished = _now()
