"""`veille watch`: one process that polls the sources when they are due, stores their new
articles (the watch rules evaluated on each), writes the Atom feeds and sends the deliveries.

Everything it knows is in the store (each source's next poll, validators, items fetched;
matches and deliveries waiting), so a watch stopped (SIGTERM, Ctrl-C: the current article is
finished first) and started again resumes where it stopped. `once` polls what is due, sends
what is due and returns: what cron wants.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

from veille import config
from veille.ingest.annotator import Annotator
from veille.ingest.fetch import FetchPolicy
from veille.kb import monitor
from veille.kb.store import Store
from veille.watch.deliver import Delivered, after_ingest
from veille.watch.sources import PacedFetcher, Polled, poll

MAX_SLEEP = 60.0  # seconds: a new source or rule is seen within this even when nothing is due


@dataclass
class Cycle:
    """One round: the sources polled, the matches found and the deliveries made."""

    polled: list[Polled] = field(default_factory=list)
    matches: dict[str, int] = field(default_factory=dict)
    delivered: Delivered = field(default_factory=Delivered)


def cycle(store: Store, db: str | Path, fetcher: PacedFetcher, annotator: Annotator | None,
          stop: threading.Event, report: Callable[[Polled], None] | None = None) -> Cycle:
    """Poll every source due now, then write the feeds and send the deliveries due."""
    done = Cycle()
    before = monitor.last_match(store)
    for row in monitor.due_sources(store, monitor.iso(datetime.now(UTC))):
        if stop.is_set():
            break
        result = poll(store, row, fetcher, annotator, stop)
        done.polled.append(result)
        if report:
            report(result)
    if any(p.added for p in done.polled):
        from veille.kb.search import ensure_index

        ensure_index(store)  # type: ignore[arg-type]
    done.matches = monitor.matches_since(store, before)
    done.delivered = after_ingest(store, db, before, fetcher.policy)
    return done


def watch(store: Store, db: str | Path, policy: FetchPolicy, once: bool = False, workers: int = 1,
          stop: threading.Event | None = None, report: Callable[[Polled], None] | None = None,
          on_cycle: Callable[[Cycle], None] | None = None) -> list[Cycle]:
    """Poll and deliver until `stop` is set (or once); the cycles run (kept only when `once`)."""
    stop = stop or threading.Event()
    cycles: list[Cycle] = []
    timeout = config.annotate_timeout() or None
    fetcher = PacedFetcher(policy, stop=stop)
    with fetcher, Annotator(workers, timeout) as annotator:
        while not stop.is_set():
            result = cycle(store, db, fetcher, annotator, stop, report)
            if on_cycle:
                on_cycle(result)
            if once:
                cycles.append(result)
                break
            stop.wait(_sleep(store))
    return cycles


def _sleep(store: Store) -> float:
    """Seconds until the next source is due (at most MAX_SLEEP, at least a tenth of a second)."""
    due = monitor.next_due(store)
    pending = monitor.next_delivery(store)
    times = [t for t in (due, pending) if t]
    if not times:
        return MAX_SLEEP
    moment = datetime.strptime(min(times), "%Y-%m-%dT%H:%M:%SZ").replace(tzinfo=UTC)
    return max(0.1, min(MAX_SLEEP, (moment - datetime.now(UTC)).total_seconds()))
