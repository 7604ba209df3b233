"""Search and ask latency on a synthetic knowledge base of 100,000 documents.

Run on demand:

    .venv/bin/python benchmarks/search_latency.py [--docs 100000] [--bases 600] [--workers 2]
                                                  [--out benchmarks/out/search.json]

Method
------
Bases. `--bases` documents are generated from the example corpus by ingest_throughput.py's
generator (paragraphs of one article mixed with some of others of its language, shuffled,
names swapped for made-up ones, numbers, days and months redrawn) and ingested into a fresh
store by Veille's real ingest (`veille.ingest.run.ingest`, full pipeline, `--workers`
processes). Their wall time gives the measured ingest time per document.

Variants. Running the pipeline over 100,000 documents takes hours on two cores, so the other
documents are variants of the ingested bases, written through the same storage path as an
ingest (`add_document`, `resolve_document`, `save_facts`) with the annotations of their base:
every entity that is not in the gazetteer is renamed with a made-up name drawn for that
variant (organisations, people, products and places each from a pool of generated names,
about one per five documents), in the text, its mentions, aliases, facts and evidence, with
all offsets moved accordingly; the publication date is redrawn between 2023 and 2026.
Gazetteer entities keep their names, so Zhipu AI or Mistral AI recur across thousands of
documents as they would in a real watch. The near-duplicate check is not run on the variants
(variants of one base share most of their words). Their storage time is measured, and the
search index is then built over all the documents (`ensure_index`) and timed.

Queries. Searches and questions are drawn from the store itself: names of entities with
their documents (gazetteer names and made-up ones), topic words and phrases in French and
English, prefix and phrase queries, and the filters (--entity, --type, --since, --lang);
questions ask amounts raised, stock moves, who holds a title, what was launched, job counts,
in French and English, and a few about names the corpus does not hold. Each is run once as a
warm-up (not counted), then timed; latencies are wall time of `search()` / `ask()` in
process on the open store, p50 and p95 over all queries. The first query after opening the
store (cold page cache of SQLite, not of the OS) is reported apart.

Index size is the store file's size and, per table, SQLite's dbstat figures when available.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import random
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))

SYLLABLES = ["ka", "lo", "ve", "ri", "ta", "mo", "zen", "qua", "bri", "dal", "nor", "vek", "sol",
             "tri", "an", "el", "os", "ur", "pha", "xen", "li", "dra", "gor", "mi", "sa", "ton"]
ORG_SUFFIX = ["AI", "Labs", "Robotics", "Technologies", "Systems", "Capital", "Group",
              "Semiconductors", "Cloud", "Data", "Dynamics", "Intelligence", "Holdings", ""]
FIRST = ["Élodie", "Tomas", "Hana", "Minh", "Priya", "Jun-seo", "Lucas", "Mei", "Arnaud",
         "Sofia", "Kenji", "Aditi", "Wen", "Camille", "Daniel", "Ingrid", "Rafael", "Yuna",
         "Bastien", "Chloé", "Viktor", "Anjali", "Hugo", "Margaux", "Tariq", "Nora", "Kaito",
         "Léa", "Samuel", "Zhang", "Li", "Olivier", "Fatou", "Ines", "Marco", "Aiko"]
TOPICS = {
    "fr": ["levée de fonds", "modèle de langue", "actions", "bourse", "emplois", "salon",
           "accord", "protocole d'accord", "intelligence artificielle", "robot*", "puces",
           '"modèle de langue"', "objectif 2030", "centre de données", "investisseurs"],
    "en": ["funding round", "shares", "language model", "agreement", "jobs", "fair",
           '"language model"', "chips", "data centre", "investors", "launch*"],
}
QUESTIONS = {
    "funding": ["Combien {x} a-t-elle levé ?", "How much did {x} raise?",
                "Quel montant {x} a-t-elle levé ?"],
    "stock_move": ["De combien l'action de {x} a-t-elle progressé ?",
                   "By how much did {x} shares rise?"],
    "role": ["Qui dirige {x} ?", "Who is the chief executive of {x}?"],
    "launch": ["Quel modèle {x} a-t-elle lancé ?", "What model did {x} launch?"],
    "event": ["Combien d'emplois ont été proposés au salon de {x} ?",
              "When did {x} take place?"],
}
UNKNOWN = ["Combien Zorblaxx Quantum a-t-elle levé ?", "Who runs Plimvane Orbital?",
           "Quel modèle Trevolux a-t-elle lancé ?"]


# --- names ---------------------------------------------------------------------------------
class Names:
    """Pools of made-up names, one per type, drawn per variant."""

    def __init__(self, rng: random.Random, size: int) -> None:
        self.rng = rng
        size = min(size, 100_000)  # each kind can make several hundred thousand names
        self.pools: dict[str, list[str]] = {}
        for kind in ("organization", "person", "product", "place"):
            seen: set[str] = set()
            while len(seen) < size:
                seen.add(self._make(kind))
            self.pools[kind] = sorted(seen)

    def _word(self, n: int) -> str:
        return "".join(self.rng.choice(SYLLABLES) for _ in range(n)).capitalize()

    def _make(self, kind: str) -> str:
        if kind == "person":
            return f"{self.rng.choice(FIRST)} {self._word(self.rng.randint(2, 3))}"
        if kind == "product":
            return f"{self._word(self.rng.randint(2, 3))}-{self.rng.randint(1, 99)}"
        if kind == "place":
            return self._word(self.rng.randint(2, 4))
        return f"{self._word(self.rng.randint(2, 3))} {self.rng.choice(ORG_SUFFIX)}".strip()

    def draw(self, kind: str) -> str:
        return self.rng.choice(self.pools.get(kind) or self.pools["organization"])


# --- bases: real ingest --------------------------------------------------------------------
def ingest_bases(store: Any, n: int, workers: int, seed: int, folder: Path) -> dict[str, Any]:
    from ingest_throughput import build_corpus

    from veille.ingest.run import ingest
    from veille.nlp.pipeline import MODELS, load_model

    models = {lang: load_model(lang) for lang in MODELS}
    folder.mkdir(parents=True, exist_ok=True)
    manifest, stats = build_corpus(n, folder, seed, models)
    del models
    started = time.perf_counter()
    report = ingest(store, [str(folder)], n_process=workers)
    seconds = time.perf_counter() - started
    return {"docs": n, "seconds": round(seconds, 1), "docs_per_s": round(n / seconds, 2),
            "added": report.count("added"), "duplicates": report.count("duplicate"),
            "failed": len(report.failed), "tokens": stats["tokens"]}


def load_annotations(store: Any) -> list[dict[str, Any]]:
    """Each annotated document with its entities, mentions and facts, as stored, in an order
    both stores give alike: a variant draws its names entity by entity, so a base read in
    another order would make other variants (SQLite read a document's entities in the order of
    its index on (doc_id, entity_id), PostgreSQL in the order of its plan)."""
    from veille.kb.facts import load_args
    from veille.kb.packed import unzip_text
    from veille.kb.store import mention_words

    out = []
    for d in store.query("SELECT * FROM documents WHERE status = 'annotated' ORDER BY id"):
        ents = {}
        for r in store.query("SELECT de.*, e.gazetteer_id, e.kind FROM doc_entities de JOIN entities e"
                             " ON e.id = de.entity_id WHERE de.doc = (SELECT rowid FROM documents WHERE id = ?)"
                             " ORDER BY de.entity_id, de.key", (d["id"],)):
            ents[r["key"]] = {"key": r["key"], "name": r["name"], "type": r["type"],
                              "aliases": json.loads(r["aliases"]), "gazetteer_id": r["gazetteer_id"],
                              "kind": r["kind"], "entity_id": r["entity_id"], "mentions": []}
        text = unzip_text(d["text"])  # compressed in SQLite since schema 17
        key_of_ref = {r["ref"]: r["key"] for r in store.query(  # a mention names its entity by number (schema 26)
            "SELECT key, ref FROM doc_entities WHERE doc = (SELECT rowid FROM documents WHERE id = ?)", (d["id"],))}
        for m in store.query("SELECT * FROM mentions WHERE doc = (SELECT rowid FROM documents WHERE id = ?)"
                             " ORDER BY start", (d["id"],)):
            key = key_of_ref.get(m["ref"])
            if key in ents:  # a mention's words are the text's (schema 22)
                words = mention_words(text or "", m["text"], m["start"], m["end"])
                ents[key]["mentions"].append({**dict(m), "text": words})
        key_of = {e["entity_id"]: k for k, e in ents.items()}
        facts = []
        for f in store.query("SELECT f.*, ev.start, ev.end, ev.text AS ev_text, ev.sentence FROM facts f"
                             " JOIN evidence ev ON ev.fact_id = f.id WHERE ev.doc_id = ?"
                             " ORDER BY ev.start, ev.end, f.id", (d["id"],)):
            roles: dict[str, list[str]] = defaultdict(list)
            for r in store.query("SELECT role, entity_id FROM fact_entities WHERE fact_id = ?"
                                 " ORDER BY role, entity_id", (f["id"],)):
                if r["entity_id"] in key_of:
                    roles[r["role"]].append(key_of[r["entity_id"]])
            facts.append({"type": f["type"], "args": load_args(f["args"]), "date": f["date"],
                          "date_precision": f["date_precision"], "modality": f["modality"],
                          "confidence": f["confidence"], "rule": f["rule"],
                          "rule_version": f["rule_version"],
                          "evidence": {"start": f["start"], "end": f["end"], "text": f["ev_text"],
                                       "sentence": f["sentence"]},
                          "entities": {k: v[0] if len(v) == 1 else v for k, v in roles.items()}})
        doc = dict(d)
        doc["text"] = text
        out.append({"doc": doc, "entities": list(ents.values()), "facts": facts})
    return out


# --- variants ------------------------------------------------------------------------------
def _rename(value: Any, table: list[tuple[str, str]]) -> Any:
    if isinstance(value, str):
        for old, new in table:
            if old in value:
                value = value.replace(old, new)
        return value
    if isinstance(value, list):
        return [_rename(v, table) for v in value]
    if isinstance(value, dict):
        return {k: _rename(v, table) for k, v in value.items()}
    return value


def variant(base: dict[str, Any], n: int, names: Names, rng: random.Random) -> tuple[Any, list[Any],
                                                                                      list[dict[str, Any]]]:
    """A renamed copy of a base document: Document, DocEntity list, facts."""
    from veille.models import DocEntity, Document, Mention, content_id

    mapping: dict[str, str] = {}
    for e in base["entities"]:
        if e["gazetteer_id"] or e["type"] not in names.pools:
            continue
        new = names.draw(e["type"])
        mapping[e["name"]] = new
        first = new.split()[0]
        for alias in e["aliases"]:
            if alias != e["name"]:
                mapping.setdefault(alias, first if e["name"].startswith(alias) else new)
        for m in e["mentions"]:
            mapping.setdefault(m["text"], first if e["name"].startswith(m["text"]) else new)
    text: str = base["doc"]["text"]
    spans = sorted({(m["start"], m["end"]) for e in base["entities"] for m in e["mentions"]
                    if m["text"] in mapping})
    pieces, shifts, at, delta = [], [], 0, 0  # shifts: (old start, old end, new start, new end)
    for s, e in spans:
        if s < at:
            continue  # overlapping mentions: keep the first
        new = mapping[text[s:e]]
        pieces += [text[at:s], new]
        shifts.append((s, e, s + delta, s + delta + len(new)))
        delta += len(new) - (e - s)
        at = e
    pieces.append(text[at:])
    new_text = "".join(pieces)

    def move(pos: int, end: bool = False) -> int:
        d = 0
        for s, e, ns, ne in shifts:
            if pos <= s:
                break
            if pos < e:  # inside a renamed span
                return ne if end else ns
            d = ne - e
        return pos + d

    table = sorted(mapping.items(), key=lambda kv: -len(kv[0]))
    doc = Document(id=content_id(new_text), name=f"syn{n:06d}", source=f"synthetic:{n}",
                   text=new_text, title=_rename(base["doc"]["title"], table),
                   published=f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}",
                   lang=base["doc"]["lang"], status="annotated")
    found = []
    for e in base["entities"]:
        mentions = [Mention(move(m["start"]), move(m["end"], True),
                            mapping.get(m["text"], m["text"]), e["type"], m["source"])
                    for m in e["mentions"]]
        found.append(DocEntity(key=e["key"], name=mapping.get(e["name"], e["name"]), type=e["type"],
                               aliases=[mapping.get(a, a) for a in e["aliases"]], mentions=mentions,
                               gazetteer_id=e["gazetteer_id"], kind=e["kind"]))
    facts = []
    for f in base["facts"]:
        g = _rename(f, table)
        ev = dict(g["evidence"])
        ev["start"], ev["end"] = move(f["evidence"]["start"]), move(f["evidence"]["end"], True)
        g["evidence"] = ev
        facts.append(g)
    return doc, found, facts


def store_variants(store: Any, bases: list[dict[str, Any]], count: int, seed: int) -> dict[str, Any]:
    from veille.kb.facts import save_facts
    from veille.kb.resolve import resolve_document

    rng = random.Random(seed)
    names = Names(rng, max(200, count // 5))
    started, stored, skipped, n = time.perf_counter(), 0, 0, 0
    while stored < count:
        chunk = min(1000, count - stored)
        with store.write():
            for _ in range(chunk):
                base = bases[n % len(bases)]
                n += 1
                doc, found, facts = variant(base, n, names, rng)
                if store.has_document(doc.id):
                    skipped += 1
                    continue
                store.add_document(doc, None)
                keys = resolve_document(store, doc.id, found)
                save_facts(store, doc, facts, keys)
                stored += 1
        if stored % 10000 < chunk:
            print(f"  {stored} variants stored ({time.perf_counter() - started:.0f} s)",
                  file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    return {"docs": stored, "seconds": round(seconds, 1), "docs_per_s": round(stored / seconds, 1),
            "same_text_skipped": skipped}


# --- queries -------------------------------------------------------------------------------
def sample(rng: random.Random, values: list[Any], n: int) -> list[Any]:
    """n of the values drawn by `rng` (SQLite's random() has no seed: runs would differ)."""
    values = sorted(set(values))
    return rng.sample(values, min(n, len(values)))


def draw_searches(store: Any, rng: random.Random, n: int) -> list[dict[str, Any]]:
    popular = [r[0] for r in store.query(
        "SELECT e.name FROM entities e JOIN doc_entities de ON de.entity_id = e.id"
        " WHERE e.type IN ('organization', 'person', 'product') GROUP BY e.id"
        " ORDER BY count(*) DESC LIMIT 200")]
    rare = sample(rng, [r[0] for r in store.query(
        "SELECT name FROM entities WHERE type IN ('organization', 'person') AND gazetteer_id IS NULL")], 400)
    aliases = sample(rng, [r[0] for r in store.query(
        "SELECT alias FROM aliases WHERE reason LIKE 'gazetteer%'")], 200)
    out: list[dict[str, Any]] = []
    for i in range(n):
        lang = "fr" if rng.random() < 0.65 else "en"
        topic = rng.choice(TOPICS[lang])
        kind = i % 8
        if kind == 0:
            out.append({"text": rng.choice(popular)})
        elif kind == 1:
            out.append({"text": rng.choice(rare)})
        elif kind == 2:
            out.append({"text": rng.choice(aliases or popular)})
        elif kind == 3:
            out.append({"text": topic})
        elif kind == 4:
            out.append({"text": f"{rng.choice(popular)} {topic.strip(chr(34)).rstrip('*')}"})
        elif kind == 5:
            out.append({"text": topic, "entity": rng.choice(popular)})
        elif kind == 6:
            out.append({"text": topic, "fact_type": rng.choice(["funding", "stock_move", "launch",
                                                                "agreement", "event"])})
        else:
            out.append({"text": topic, "since": f"{rng.randint(2023, 2026)}-{rng.randint(1, 12):02d}",
                        "lang": lang})
    return out


def draw_questions(store: Any, rng: random.Random, n: int) -> list[str]:
    subjects: dict[str, list[str]] = {}
    for ftype in QUESTIONS:
        role = {"event": "name"}.get(ftype, "subject")
        if ftype == "role":
            role = "org"
        rows = store.query(
            "SELECT DISTINCT e.name FROM fact_entities fe JOIN facts f ON f.id = fe.fact_id"
            " JOIN entities e ON e.id = fe.entity_id WHERE f.type = ? AND fe.role = ?", (ftype, role))
        subjects[ftype] = sample(rng, [r[0] for r in rows], 100)
    out = []
    kinds = [k for k, v in subjects.items() if v]
    for i in range(n):
        if i % 15 == 14:
            out.append(rng.choice(UNKNOWN))
            continue
        ftype = rng.choice(kinds)
        out.append(rng.choice(QUESTIONS[ftype]).format(x=rng.choice(subjects[ftype])))
    return out


def timed(fn: Any, items: list[Any]) -> tuple[list[float], list[Any]]:
    times, results = [], []
    for item in items:
        t = time.perf_counter()
        results.append(fn(item))
        times.append((time.perf_counter() - t) * 1000)
    return times, results


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return round(ordered[min(len(ordered) - 1, int(round(p / 100 * (len(ordered) - 1))))], 1)


def sizes(path: Path, store: Any) -> dict[str, Any]:
    out: dict[str, Any] = {"file_mb": round(path.stat().st_size / 2**20, 1)}
    try:
        rows = store.query("SELECT name, sum(pgsize) FROM dbstat GROUP BY name ORDER BY 2 DESC")
    except Exception:  # dbstat not compiled in
        return out
    search = sum(r[1] for r in rows if r[0].startswith("search_"))
    out["search_index_mb"] = round(search / 2**20, 1)
    out["tables_mb"] = {r[0]: round(r[1] / 2**20, 1) for r in rows[:12]}
    return out


def build(db: Path, args: argparse.Namespace, tmp: Path) -> dict[str, Any]:
    """Ingest the bases, store the variants, index; return what was measured."""
    from veille.kb.search import ensure_index
    from veille.kb.store import SQLiteStore

    store = SQLiteStore(db)
    print(f"ingesting {args.bases} generated documents ...", file=sys.stderr, flush=True)
    base_run = ingest_bases(store, args.bases, args.workers, args.seed, tmp / "bases")
    print(f"  {base_run}", file=sys.stderr, flush=True)
    bases = load_annotations(store)
    print(f"storing {args.docs - len(bases)} variants ...", file=sys.stderr, flush=True)
    var_run = store_variants(store, bases, args.docs - len(bases), args.seed)
    t = time.perf_counter()
    indexed = ensure_index(store)
    index_s = time.perf_counter() - t
    print(f"  indexed {indexed} documents in {index_s:.0f} s", file=sys.stderr, flush=True)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.conn.execute("ANALYZE")
    info = {
        "docs": store.query("SELECT count(*) FROM documents")[0][0],
        "ingest_bases": base_run,
        "ingest_extrapolated_100k_hours": round(100_000 / base_run["docs_per_s"] / 3600, 1),
        "store_variants": var_run,
        "index": {"docs": indexed, "seconds": round(index_s, 1)},
        "counts": {t: store.query(f"SELECT count(*) FROM {t}")[0][0]
                   for t in ("entities", "aliases", "mentions", "facts")}
        | {"search_sentences": store.query("SELECT coalesce(sum(sentences), 0) FROM search_docs")[0][0]},
        "size": sizes(db, store),
    }
    store.close()
    return info


def measure(db: Path, args: argparse.Namespace) -> dict[str, Any]:
    """Search and ask latencies on the store."""
    from veille.answer import ask
    from veille.kb.search import search
    from veille.kb.store import SQLiteStore

    store = SQLiteStore(db)
    rng = random.Random(args.seed)
    searches = draw_searches(store, rng, args.searches)
    questions = draw_questions(store, rng, args.questions)
    store.close()
    store = SQLiteStore(db)

    def run_search(q: dict[str, Any]) -> int:
        return len(search(store, q["text"], entity=q.get("entity"), fact_type=q.get("fact_type"),
                          since=q.get("since"), lang=q.get("lang"), limit=20))

    cold_search, _ = timed(run_search, searches[:1])
    cold_ask, _ = timed(lambda q: ask(store, q), questions[:1])
    timed(run_search, searches[:20])
    timed(lambda q: ask(store, q), questions[:10])
    s_times, s_hits = timed(run_search, searches)
    a_times, answers = timed(lambda q: ask(store, q), questions)
    store.close()
    slowest = sorted(zip(s_times, (json.dumps(q, ensure_ascii=False) for q in searches),
                         strict=True), reverse=True)[:5]
    return {
        "search_ms": {"n": len(s_times), "p50": pct(s_times, 50), "p95": pct(s_times, 95),
                      "max": round(max(s_times), 1), "cold_first": round(cold_search[0], 1),
                      "with_hits": sum(1 for h in s_hits if h)},
        "ask_ms": {"n": len(a_times), "p50": pct(a_times, 50), "p95": pct(a_times, 95),
                   "max": round(max(a_times), 1), "cold_first": round(cold_ask[0], 1),
                   "answered": sum(a.found for a in answers)},
        "slowest_searches": [[round(t, 1), q] for t, q in slowest],
        "slowest_questions": [[round(t, 1), q] for t, q in
                              sorted(zip(a_times, questions, strict=True), reverse=True)[:5]],
        "sample_answers": [[q, a.short or a.answer[:80]] for q, a in
                           list(zip(questions, answers, strict=True))[:8]],
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=100_000, help="documents in the store")
    parser.add_argument("--bases", type=int, default=600, help="documents run through the pipeline")
    parser.add_argument("--workers", type=int, default=2, help="n_process of the real ingest")
    parser.add_argument("--searches", type=int, default=400)
    parser.add_argument("--questions", type=int, default=150)
    parser.add_argument("--seed", type=int, default=29)
    parser.add_argument("--db", help="keep the store here (default: a temporary file)")
    parser.add_argument("--reuse", action="store_true",
                        help="--db was built by an earlier run: only measure the queries")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "search.json"))
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="veille-search-") as tmp:
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
        result = {"meta": {"python": platform.python_version(), "platform": platform.platform(),
                           "cpus": os.cpu_count(), "seed": args.seed}, **info, **measure(db, args)}
    size, base_run, var_run = info["size"], info["ingest_bases"], info["store_variants"]
    print(f"documents {info['docs']:,} ({base_run['docs']} through the pipeline), store "
          f"{size['file_mb']} MB (search index {size.get('search_index_mb', '?')} MB)")
    print(f"ingest (real pipeline, {args.workers} workers): {base_run['docs_per_s']} docs/s; "
          f"variants stored at {var_run['docs_per_s']} docs/s; index built in "
          f"{info['index']['seconds']:.0f} s")
    for name in ("search_ms", "ask_ms"):
        r = result[name]
        print(f"{name[:-3]:>6}: p50 {r['p50']} ms  p95 {r['p95']} ms  max {r['max']} ms  "
              f"cold {r['cold_first']} ms  (n={r['n']})")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
