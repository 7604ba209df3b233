"""Peak memory and time of every export on a synthetic knowledge base.

Run on demand:

    .venv/bin/python benchmarks/export_memory.py [--docs 20000] [--bases 40] [--workers 2]
                                                 [--db STORE --reuse] [--out benchmarks/out/export.json]

The store is built as search_latency.py builds its own (`--bases` generated documents through
the real pipeline, the rest variants of them written through the ingest's storage path), without
the search index, which no export reads. `--docs 100000` builds the 100,000-document store of
the issue (about 20 minutes to store the variants on two cores); a store built by
search_latency.py can be given with `--db PATH --reuse`.

Each export (every kind in every format it takes, all facts: `--all`) runs in a fresh Python
process started by this script, through the CLI's own code path (`KnowledgeBase.export`), to a
file. The child reports its resident memory after importing what the format needs (`base`,
VmRSS) and its peak after the export (VmHWM of /proc/self/status: the high-water mark of its
own memory; `ru_maxrss` would carry over this script's, since Linux keeps it across exec);
`growth` is the difference: the memory the export itself took. Wall time is the export's alone.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

RUNS = [("entities", "jsonl"), ("entities", "csv"), ("entities", "parquet"), ("entities", "ftm"),
        ("mentions", "jsonl"), ("mentions", "csv"), ("mentions", "parquet"),
        ("facts", "jsonl"), ("facts", "csv"), ("facts", "parquet"), ("facts", "ftm"),
        ("graph", "jsonl"), ("graph", "graphml"), ("graph", "gexf")]

CHILD = """
import json, sys, time
kind, fmt, db, out = sys.argv[1:5]
def rss(field="VmRSS"):
    for line in open("/proc/self/status"):
        if line.startswith(field + ":"):
            return int(line.split()[1]) / 1024
from veille.api import KnowledgeBase
if fmt == "parquet":
    import pyarrow.parquet
if fmt == "ftm":
    import followthemoney.model
    from veille.export import ftm
if fmt in ("csv", "parquet"):
    from veille.export import tables
base = rss()
t = time.perf_counter()
with KnowledgeBase(db, create=False) as kb:
    n = kb.export(kind, fmt, out, show_all=True)
seconds = time.perf_counter() - t
peak = rss("VmHWM")
print(json.dumps({"rows": n, "seconds": seconds, "base_mb": base, "peak_mb": peak}))
"""


def build(db: Path, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    from search_latency import ingest_bases, load_annotations, store_variants

    from veille.kb.store import SQLiteStore

    store = SQLiteStore(db)
    print(f"ingesting {args.bases} generated documents ...", file=sys.stderr, flush=True)
    base_run = ingest_bases(store, args.bases, args.workers, args.seed, tmp / "bases")
    bases = load_annotations(store)
    print(f"storing {args.docs - len(bases)} variants ...", file=sys.stderr, flush=True)
    var_run = store_variants(store, bases, args.docs - len(bases), args.seed)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.execute("ANALYZE")
    store.close()
    return {"ingest_bases": base_run, "store_variants": var_run}


def counts(db: Path) -> dict[str, int]:
    from veille.kb.store import SQLiteStore

    store = SQLiteStore(db, create=False)
    try:
        return {t: store.query(f"SELECT count(*) FROM {t}")[0][0]
                for t in ("documents", "entities", "mentions", "facts", "evidence", "fact_entities")}
    finally:
        store.close()


def measure(db: Path, out_dir: Path) -> list[dict[str, Any]]:
    results = []
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    for kind, fmt in RUNS:
        out = out_dir / f"{kind}.{fmt}"
        done = subprocess.run([sys.executable, "-c", CHILD, kind, fmt, str(db), str(out)], env=env,
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            raise SystemExit(f"{kind} {fmt} failed: {done.stderr[-2000:]}")
        r = json.loads(done.stdout.strip().splitlines()[-1])
        r.update(kind=kind, format=fmt, out_mb=round(out.stat().st_size / 2**20, 1),
                 growth_mb=round(r["peak_mb"] - r["base_mb"], 1))
        for key in ("seconds", "base_mb", "peak_mb"):
            r[key] = round(r[key], 1)
        print(f"{kind:9} {fmt:8} {r['rows']:>10,} rows {r['seconds']:>7.1f} s  peak {r['peak_mb']:>6.1f} MB"
              f"  (base {r['base_mb']:.1f}, growth {r['growth_mb']:.1f})  {r['out_mb']} MB written", flush=True)
        out.unlink()
        results.append(r)
    return results


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=20_000, help="documents in the store")
    parser.add_argument("--bases", type=int, default=40, help="documents run through the pipeline")
    parser.add_argument("--workers", type=int, default=2, help="n_process of the real ingest")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--db", help="keep the store here (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="--db holds a store already: only measure")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "export.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="veille-export-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "kb.db"
        info: dict[str, Any] = {}
        if not args.reuse:
            if db.exists():
                raise SystemExit(f"{db} exists: give a new path to --db, or --reuse it")
            t = time.perf_counter()
            info = build(db, args, Path(tmp))
            info["build_seconds"] = round(time.perf_counter() - t)
        elif not db.exists():
            raise SystemExit(f"no store at {db}")
        info["counts"] = counts(db)
        info["store_mb"] = round(db.stat().st_size / 2**20)
        print(f"store: {info['counts']}, {info['store_mb']} MB", flush=True)
        runs = measure(db, Path(tmp))
    result = {"meta": {"python": platform.python_version(), "platform": platform.platform(),
                       "cpus": os.cpu_count()}, **info, "runs": runs}
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(json.dumps(result, indent=2), encoding="utf-8")
    print(f"peak over all exports: {max(r['peak_mb'] for r in runs)} MB; written to {args.out}")


if __name__ == "__main__":
    main()
