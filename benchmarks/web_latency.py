"""Server time of every page, JSON twin and REST endpoint of the web application on a big store.

Run on demand (`make bench-web` runs it with the defaults):

    .venv/bin/python benchmarks/web_latency.py [--docs 100000] [--bases 600] [--workers 2]
        [--requests 200] [--db PATH [--reuse]] [--out benchmarks/out/web.json]

Method
------
Store. The store is search_latency.py's (`build()`): `--bases` generated documents through the
real pipeline, the rest variants of them written through the storage path of an ingest, the
search index built. `--db PATH` keeps it (with a `.build.json` beside it); `--reuse` measures
again on a kept store, which the app first brings to the current schema (the migration's time is
reported).

Server. The real app (`veille.web.create_app` over the store, no token, on loopback: reads are
open) is served by uvicorn in a process of its own, on a free port of 127.0.0.1, wrapped in an
ASGI middleware of this script's that adds a `Server-Timing` header: the time from the request
reaching the app to the response's start. No page streams its body, so by then the page is
rendered whole; what is left is writing bytes to the socket. That time is the figure reported;
the client's wall time over loopback (httpx, one connection, one request at a time) is
reported beside it.

Requests. For each route, `--requests` requests with parameters drawn from the store with a fixed
seed: overview since a day drawn over the last two years (and the default, four weeks); search
words, names, phrases and prefixes (search_latency.py's queries), with and without a facet
(fact type, entity, language, year); questions; the entities listing (first pages, a type, a
name search); the profiles of the 20 entities named in most documents ("big") and of entities
named in one to three ("small"); the facts table with filters (type, entity, dates, modality,
corroborated, in conflict); a fact's provenance; a document; the graph (default, a link type
and dates, around an entity); and the REST API's search, facts and entities. Pages and their
JSON twins are separate routes. Routes are interleaved round by round so that the machine's
drift spreads over all of them; a first round (not counted) warms the store's pages up.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlencode

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

TARGET_PAGE_MS = 150.0
TARGET_API_SEARCH_MS = 60.0
FACT_TYPES = ["launch", "stock_move", "funding", "agreement", "event", "metric", "target", "quote", "role"]


# --- the server ----------------------------------------------------------------------------
class ServerTiming:
    """ASGI middleware: `Server-Timing: app;dur=MS, cpu;dur=MS`: the time from the request to
    the response's start, and the CPU time the server process used meanwhile (requests come one
    at a time: it is the request's, whatever else the machine runs)."""

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started, cpu = time.perf_counter(), time.process_time()

        async def timed(message: Any) -> None:
            if message["type"] == "http.response.start":
                ms = (time.perf_counter() - started) * 1000
                used = (time.process_time() - cpu) * 1000
                message["headers"] = [*message.get("headers", []),
                                      (b"server-timing", f"app;dur={ms:.3f}, cpu;dur={used:.3f}".encode())]
            await send(message)

        await self.app(scope, receive, timed)


def serve(db: str, port: int) -> None:
    """The server process: the app over `db`, timed, on 127.0.0.1:`port`."""
    import uvicorn

    from veille.web import create_app

    started = time.perf_counter()
    app = create_app(db)  # opens the store once: brings it to the current schema
    print(json.dumps({"ready_s": round(time.perf_counter() - started, 2)}), flush=True)
    uvicorn.run(ServerTiming(app), host="127.0.0.1", port=port, log_level="warning", access_log=False)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def start_server(db: Path) -> tuple[subprocess.Popen[str], str, float]:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT / "src"), os.environ.get("PYTHONPATH", "")])}
    proc = subprocess.Popen([sys.executable, __file__, "--serve", str(db), "--port", str(port)],
                            stdout=subprocess.PIPE, text=True, env=env)
    assert proc.stdout is not None
    line = proc.stdout.readline()  # after the migration, if any
    ready = json.loads(line)["ready_s"] if line.startswith("{") else -1.0
    base = f"http://127.0.0.1:{port}"
    import httpx

    deadline = time.monotonic() + 120
    while True:
        try:
            if httpx.get(base + "/api/v1/health", timeout=5).status_code == 200:
                break
        except httpx.TransportError:
            pass
        if proc.poll() is not None or time.monotonic() > deadline:
            raise SystemExit("the server did not start")
        time.sleep(0.2)
    return proc, base, ready


# --- what is requested ----------------------------------------------------------------------
def q(path: str, **params: Any) -> str:
    params = {k: v for k, v in params.items() if v not in (None, "", False)}
    return path + ("?" + urlencode(params, doseq=True) if params else "")


def draw(db: Path, seed: int) -> dict[str, Callable[[random.Random], str]]:
    """Route name -> a function drawing one URL of it."""
    from search_latency import draw_questions, draw_searches, sample

    from veille.kb.store import SQLiteStore

    store = SQLiteStore(db)
    rng = random.Random(seed)
    searches = [s for s in draw_searches(store, rng, 400)]
    questions = draw_questions(store, rng, 150)
    last = store.query("SELECT max(coalesce(published, substr(ingested_at, 1, 10))) FROM documents")[0][0]
    counted = "(SELECT entity_id, count(DISTINCT doc) AS n FROM doc_entities GROUP BY entity_id)"
    popular = [dict(r) for r in store.query(
        f"SELECT e.id, e.name, e.type FROM {counted} c JOIN entities e ON e.id = c.entity_id"
        " ORDER BY c.n DESC LIMIT 300")]
    big = popular[:20]
    small = [{"id": i} for i in sample(rng, [r[0] for r in store.query(
        f"SELECT entity_id FROM {counted} WHERE n <= 3")], 300)]
    facts: list[str] = []  # ids are hashes: the first sure fact from a random id on is a random fact
    while len(facts) < 400:
        row = store.query("SELECT id FROM facts WHERE id >= ? AND confidence >= 0.4 ORDER BY id LIMIT 1",
                          (f"{rng.getrandbits(64):016x}",))
        facts += [row[0][0]] if row and row[0][0] not in facts else []
    docs = sample(rng, [r[0] for r in store.query("SELECT name FROM documents")], 400)
    names = sample(rng, [r[0] for r in store.query("SELECT alias FROM aliases")], 300)
    store.close()
    from datetime import date, timedelta

    end = date.fromisoformat(str(last)[:10])

    def since_day(r: random.Random) -> str:
        return (end - timedelta(days=r.randint(7, 730))).isoformat()

    def month(r: random.Random) -> str:
        return f"{r.randint(2023, 2026)}-{r.randint(1, 12):02d}"

    def search_words(r: random.Random) -> str:
        return str(r.choice(searches)["text"])

    def facet(r: random.Random) -> dict[str, Any]:
        kind = r.randrange(4)
        if kind == 0:
            return {"type": r.choice(["funding", "stock_move", "launch", "agreement", "event"])}
        if kind == 1:
            return {"entity": r.choice(popular)["name"]}
        if kind == 2:
            return {"lang": r.choice(["fr", "en"])}
        return {"since": str(r.randint(2023, 2026)), "until": str(r.randint(2023, 2026) + 1)}

    def entities(r: random.Random, path: str = "/entities") -> str:
        kind = r.randrange(4)
        if kind == 0:
            return q(path, page=r.randint(1, 5))
        if kind == 1:
            return q(path, type=r.choice(["organization", "person", "place", "product"]))
        if kind == 2:
            return q(path, search=r.choice(names)[:6])
        return path

    def fact_filters(r: random.Random) -> dict[str, Any]:
        params: dict[str, Any] = {}
        if r.random() < 0.6:
            params["type"] = r.choice(FACT_TYPES)
        if r.random() < 0.3:
            params["entity"] = r.choice(popular)["id"]
        if r.random() < 0.4:
            params["since"] = month(r)
        if r.random() < 0.2:
            params["until"] = str(r.randint(2024, 2027))
        if r.random() < 0.15:
            params["modality"] = r.choice(["asserted", "reported", "claimed", "projected"])
        if r.random() < 0.15:
            params["corroborated"] = "true"
        elif r.random() < 0.1:
            params["conflicts"] = "true"
        return params

    def graph(r: random.Random, path: str) -> str:
        kind = r.randrange(3)
        if kind == 0:
            return path
        if kind == 1:
            return q(path, type=r.choice(["funding", "agreement", "role", "launch"]), since=str(r.randint(2023, 2026)))
        return q(path, entity=r.choice(popular)["id"], mentions=10)

    routes: dict[str, Callable[[random.Random], str]] = {
        "overview": lambda r: q("/", since=since_day(r) if r.random() < 0.75 else None),
        "search": lambda r: q("/search", q=search_words(r)),
        "search+facet": lambda r: q("/search", q=search_words(r), **facet(r)),
        "ask": lambda r: q("/ask", q=r.choice(questions)),
        "entities": entities,
        "entity big": lambda r: "/entities/" + quote(r.choice(big)["id"], safe=""),
        "entity small": lambda r: "/entities/" + quote(r.choice(small)["id"], safe=""),
        "facts": lambda r: q("/facts", **fact_filters(r)),
        "fact": lambda r: "/facts/" + quote(r.choice(facts), safe=""),
        "document": lambda r: "/documents/" + quote(r.choice(docs), safe=""),
        "graph": lambda r: graph(r, "/graph"),
    }
    out: dict[str, Callable[[random.Random], str]] = {}
    for name, fn in routes.items():
        out[name] = fn
        out[name + " .json"] = _twin(fn)
    out["api search"] = lambda r: q("/api/v1/search", q=search_words(r), **(facet(r) if r.random() < 0.3 else {}))
    out["api facts"] = lambda r: q("/api/v1/facts", **fact_filters(r))
    out["api entities"] = lambda r: entities(r, "/api/v1/entities").replace("page=", "offset=")
    return out


def _twin(fn: Callable[[random.Random], str]) -> Callable[[random.Random], str]:
    def twin(r: random.Random) -> str:
        url = fn(r)
        path, _, query = url.partition("?")
        path = "/.json" if path == "/" else path + ".json"
        return path + ("?" + query if query else "")

    return twin


# --- measuring ------------------------------------------------------------------------------
def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 1)


def measure(base: str, routes: dict[str, Callable[[random.Random], str]], n: int, seed: int,
            warm: int) -> dict[str, Any]:
    import httpx

    rng = random.Random(seed)
    plan = [(name, fn(rng)) for _ in range(warm + n) for name, fn in routes.items()]
    server: dict[str, list[float]] = {name: [] for name in routes}
    client: dict[str, list[float]] = {name: [] for name in routes}
    cpus: dict[str, list[float]] = {name: [] for name in routes}
    slowest: dict[str, tuple[float, str]] = {}
    errors: dict[str, list[str]] = {}
    sizes: dict[str, list[int]] = {name: [] for name in routes}
    headers = {"Accept": "text/html", "Accept-Language": "fr"}
    with httpx.Client(base_url=base, timeout=120, headers=headers) as http:
        for i, (name, url) in enumerate(plan):
            started = time.perf_counter()
            response = http.get(url)
            wall = (time.perf_counter() - started) * 1000
            if response.status_code >= 400 and response.status_code != 404:
                errors.setdefault(name, []).append(f"{response.status_code} {url}")
            if i < warm * len(routes):
                continue
            timing = response.headers.get("server-timing", "app;dur=nan, cpu;dur=nan")
            ms, used = (float(part.split("dur=")[1]) for part in timing.split(","))
            server[name].append(ms)
            cpus[name].append(used)
            client[name].append(wall)
            sizes[name].append(len(response.content))
            if ms > slowest.get(name, (0.0, ""))[0]:
                slowest[name] = (ms, url)
    result = {}
    for name in routes:
        s = server[name]
        result[name] = {"n": len(s), "p50": pct(s, 50), "p95": pct(s, 95), "max": round(max(s), 1),
                        "client_p50": pct(client[name], 50), "client_p95": pct(client[name], 95),
                        "cpu_p50": pct(cpus[name], 50), "cpu_p95": pct(cpus[name], 95),
                        "kb_p50": round(sorted(sizes[name])[len(sizes[name]) // 2] / 1024, 1),
                        "slowest": slowest[name][1], "errors": errors.get(name, [])[:5]}
    return result


def target(name: str) -> float:
    return TARGET_API_SEARCH_MS if name == "api search" else TARGET_PAGE_MS


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents in the store")
    parser.add_argument("--bases", type=int, default=600, help="documents run through the pipeline")
    parser.add_argument("--workers", type=int, default=2, help="n_process of the real ingest")
    parser.add_argument("--requests", type=int, default=200, help="requests per route")
    parser.add_argument("--warm", type=int, default=3, help="rounds before the clock (not counted)")
    parser.add_argument("--routes", help="only the routes whose name contains one of these (comma separated)")
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--db", help="keep the store here (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true", help="--db was built by an earlier run: only measure")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "web.json"))
    parser.add_argument("--serve", help=argparse.SUPPRESS)
    parser.add_argument("--port", type=int, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.serve:
        serve(args.serve, args.port)
        return

    from search_latency import build

    with tempfile.TemporaryDirectory(prefix="veille-web-") as tmp:
        db = Path(args.db) if args.db else Path(tmp) / "kb.db"
        sidecar = db.with_name(db.name + ".build.json")
        if args.reuse:
            if not sidecar.exists():
                raise SystemExit(f"{sidecar} not found: build the store first with --db {db}")
            info = json.loads(sidecar.read_text(encoding="utf-8"))
        elif db.exists():
            raise SystemExit(f"{db} exists: give a new path to --db, or --reuse it")
        else:
            info = build(db, args, Path(tmp))
            sidecar.write_text(json.dumps(info, indent=2), encoding="utf-8")
        proc, base, ready = start_server(db)
        try:
            routes = draw(db, args.seed)
            if args.routes:
                wanted = args.routes.split(",")
                routes = {k: v for k, v in routes.items() if any(w in k for w in wanted)}
            started = time.perf_counter()
            figures = measure(base, routes, args.requests, args.seed, args.warm)
            seconds = time.perf_counter() - started
        finally:
            proc.terminate()
            proc.wait(timeout=30)
    result = {"meta": {"python": platform.python_version(), "platform": platform.platform(),
                       "cpus": os.cpu_count(), "seed": args.seed, "requests": args.requests,
                       "transport": "uvicorn on 127.0.0.1, httpx client, one request at a time",
                       "server_ready_s": ready, "measure_s": round(seconds, 1)},
              "docs": info.get("docs"), "counts": info.get("counts"), "routes": figures}
    print(f"{info.get('docs', '?'):,} documents; server ready in {ready} s (store opened and migrated); "
          f"{args.requests} requests per route in {seconds:.0f} s")
    print(f"{'route':<20} {'p50':>8} {'p95':>8} {'max':>8} {'client p95':>11} {'cpu p50':>8} {'cpu p95':>8}"
          f" {'KB':>7}  target")
    for name, r in figures.items():
        ok = "ok" if r["p95"] <= target(name) else f"MISSED ({target(name):.0f})"
        print(f"{name:<20} {r['p50']:>8} {r['p95']:>8} {r['max']:>8} {r['client_p95']:>11} {r['cpu_p50']:>8}"
              f" {r['cpu_p95']:>8} {r['kb_p50']:>7}  {ok}")
        for e in r["errors"]:
            print(f"    error: {e}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
