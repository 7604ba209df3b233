"""The time to keep a document's graph edges (kb/graph.py's `relink`) against a growing graph,
in SQLite and in PostgreSQL, before and after schema 24 (graph_links_fact).

Run on demand:

    .venv/bin/python benchmarks/relink_time.py [--sizes 10000,100000,1000000] [--docs 40]
        [--backend sqlite|postgresql|both] [--out benchmarks/out/relink.json]

Method
------
Each time a document's facts are stored (kb/facts.py) or withdrawn (kb/withdraw.py), `relink`
reads the graph's edges of those facts (`graph_links` by `fact_id`), draws them again from the
facts' links to entities, and writes the difference. Its time is measured here against a
`graph_links` of each size in `--sizes`, filled with made-up edges (ids of 16 hex digits, as
Veille's, the four link types in turn, 50,000 entities), then `ANALYZE`d as a store in use is.

A document is made like the average one of `store_size.py`'s store: 11 new facts and 15 links
to entities, four of the facts (one of each link type) giving an edge each. Its facts and links
are written, then `relink` is timed alone, inside the write transaction, for `--docs` documents
at each size (the median, the 90th percentile and the mean are reported). The plan of the
lookup by fact is reported too.

Each store is first made by the migrations up to schema 23 (the newer ones hidden from the
store's code for the time: `relink` itself did not change), measured, then opened by this
code, which migrates it in place to schema 24 (the time of `veille migrate` is reported), and
measured again on the same rows. The sizes are reached in turn in the same store.

PostgreSQL runs in a throwaway cluster (tests/pgcluster.py), as in `store_size.py`.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

KINDS = (("funding", "subject", "recipient"), ("agreement", "parties", "parties"), ("role", "person", "org"),
         ("launch", "subject", "product"))
LOOKUP = ("SELECT kind, source, target, fact_id, date_start, date_end, confidence FROM graph_links a"
          " WHERE a.fact_id IN (SELECT value FROM json_each(?))")
CHUNK = 50_000


def hexid(*parts: int) -> str:
    """A made-up id of 16 hex digits, spread as Veille's (a hash)."""
    import hashlib

    return hashlib.sha1(repr(parts).encode()).hexdigest()[:16]


@contextmanager
def schema_up_to(version: int | None) -> Iterator[None]:
    """The store's code sees the migrations up to `version` only (None: all of them)."""
    from veille.kb import postgres, store

    real = {module: module._scripts for module in (store, postgres)}
    for module, scripts in real.items():
        if version is not None:
            kept = [(name, path) for name, path in scripts() if int(name.split("_", 1)[0]) <= version]
            module._scripts = lambda kept=kept: kept  # type: ignore[misc]
    try:
        yield
    finally:
        for module, scripts in real.items():
            module._scripts = scripts  # type: ignore[method-assign]

def fill(store: Any, first: int, last: int) -> None:
    """Edges `first` .. `last` - 1 of the made-up graph."""
    for start in range(first, last, CHUNK):
        rows = []
        for i in range(start, min(start + CHUNK, last)):
            kind = KINDS[i % 4][0]
            source, target = hexid(0, i * 7 % 50_000), hexid(0, i * 13 % 49_999 + 1)
            day = f"20{15 + i % 12:02d}-{1 + i % 12:02d}-01"
            rows.append((kind, source, target, hexid(1, i), day, day, 0.4 + i % 6 / 10))
        with store.write():
            store.execute_many("INSERT INTO graph_links (kind, source, target, fact_id, date_start, date_end,"
                               " confidence) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)


def document(store: Any, size: int, n: int) -> list[str]:
    """Write the facts and links of made-up document `n` (of the round at `size` edges); return
    the fact ids as kb/facts.py gives them to `relink` (one per link)."""
    facts, links = [], []
    for k in range(11):
        fid = hexid(2, size, n, k)
        kind, first, second = KINDS[k] if k < 4 else ("metric", "subject", "")
        facts.append((fid, kind, "2026-03", "2026-03-01", "2026-03-31"))
        links.append((fid, first, hexid(3, size, n, k, 0), kind))
        if second:
            links.append((fid, second, hexid(3, size, n, k, 1), kind))
    store.execute_many("INSERT INTO facts (id, type, args, date, date_start, date_end, modality, confidence, rule,"
                       " rule_version, n_sources) VALUES (?, ?, '{}', ?, ?, ?, 'asserted', 0.8, 'bench', 1, 1)",
                       facts)
    store.execute_many("INSERT INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
                       " VALUES (?, ?, ?, ?, '2026-03', 0.8)", links)
    return [link[0] for link in links]


def plan(store: Any, backend: str) -> str:
    """The lookup's plan, on one line."""
    ids = json.dumps([hexid(1, 5), hexid(1, 6)])
    if backend == "sqlite":
        return "; ".join(r[3] for r in store.query("EXPLAIN QUERY PLAN " + LOOKUP, (ids,)))
    return "; ".join(r[0].strip() for r in store.query("EXPLAIN " + LOOKUP, (ids,)))


def time_relink(store: Any, backend: str, size: int, docs: int, tag: str) -> dict[str, Any]:
    from veille.kb.graph import relink

    times = []
    for n in range(docs):
        with store.write():
            ids = document(store, size, n if tag == "before" else docs + n)
            start = time.perf_counter()
            relink(store, ids)
            times.append((time.perf_counter() - start) * 1000)
    times.sort()
    return {"median_ms": round(statistics.median(times), 3), "p90_ms": round(times[int(0.9 * (len(times) - 1))], 3),
            "mean_ms": round(statistics.mean(times), 3), "plan": plan(store, backend)}


def analyze(store: Any, backend: str) -> None:
    if backend == "sqlite":
        store.execute("ANALYZE")
    else:
        store.execute("ANALYZE graph_links")


def measure(location: str, backend: str, sizes: list[int], docs: int) -> dict[str, Any]:
    from veille.kb.store import open_store

    out: dict[str, Any] = {}
    filled = 0
    for size in sizes:
        with schema_up_to(23):
            store = open_store(location)
            assert store.schema_version() == 23, store.schema_version()
            fill(store, filled, size)
            filled = size
            analyze(store, backend)
            before = time_relink(store, backend, size, docs, "before")
            rows = store.query("SELECT count(*) FROM graph_links")[0][0]
            store.close()
        with schema_up_to(24):  # this code's migration, in place (then taken back for the next size)
            start = time.perf_counter()
            store = open_store(location)
            migrate_s = time.perf_counter() - start
            analyze(store, backend)
            after = time_relink(store, backend, size, docs, "after")
            store.execute("DROP INDEX graph_links_fact")
            store.execute("DELETE FROM schema_version WHERE version = 24")
            store.close()
        out[str(size)] = {"rows": rows, "before": before, "after": after, "migrate_s": round(migrate_s, 2)}
        print(f"{backend} {size:>9,} edges: relink {before['median_ms']:.2f} -> {after['median_ms']:.2f} ms"
              f" (median), migration {migrate_s:.2f} s\n  before: {before['plan']}\n  after:  {after['plan']}",
              file=sys.stderr, flush=True)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="10000,100000,1000000", help="edges in graph_links, in turn")
    parser.add_argument("--docs", type=int, default=40, help="documents timed at each size, before and after")
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "relink.json"))
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    backends = ("sqlite", "postgresql") if args.backend == "both" else (args.backend,)
    result: dict[str, Any] = {"meta": {"python": platform.python_version(), "platform": platform.platform(),
                                       "cpus": os.cpu_count(), "sizes": sizes, "docs": args.docs}}
    with tempfile.TemporaryDirectory(prefix="veille-relink-") as tmp:
        for backend in backends:
            if backend == "sqlite":
                result[backend] = measure(str(Path(tmp) / "kb.db"), backend, sizes, args.docs)
                continue
            from pgcluster import Cluster

            cluster = Cluster().start()
            try:
                result[backend] = measure(cluster.create("veille_relink"), backend, sizes, args.docs)
            finally:
                cluster.stop()
    print("\n| edges | backend | before median (p90) | after median (p90) | migration |")
    for backend in backends:
        for size, r in result[backend].items():
            b, a = r["before"], r["after"]
            print(f"| {int(size):,} | {backend} | {b['median_ms']:.2f} ({b['p90_ms']:.2f}) ms"
                  f" | {a['median_ms']:.2f} ({a['p90_ms']:.2f}) ms | {r['migrate_s']:.2f} s |")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    print(f"\nwritten {out}")


if __name__ == "__main__":
    main()
