"""Ingest throughput: Veille's full ingest against bare spaCy, on a generated corpus.

Run on demand:

    .venv/bin/python benchmarks/ingest_throughput.py [--docs 2000] [--workers 1 2]
                                                     [--modes bare veille dask]
                                                     [--out benchmarks/out/ingest.json]

Method
------
Corpus. Every document is generated from one article of examples/corpus (the .txt files as
they are, the .html files through trafilatura's article extraction), the "primary", mixed
with one or two paragraphs from each of one or two other articles of the same language (the
primaries go round the 16 articles in turn, so the language mix is the corpus's: 10 French,
6 English). Paragraphs of the primary are sampled (45-75 % kept), their order and the order of sentences inside them are
shuffled, and then, with one mapping per document, entity names found by the bare model's
NER in the sources (ORG, PER/PERSON, LOC/GPE) are replaced by made-up company, person and
place names (about a quarter keep their real name, so the gazetteer still fires), numbers,
percentages, years, days, months and weekdays are redrawn. A candidate is rejected and drawn
again when its MinHash (Veille's own `dedup.minhash`, 3-word shingles, 128 permutations) has
an estimated Jaccard >= 0.6 with any document already accepted (Veille flags near duplicates
at 0.7), or when Veille's language identification does not give the primary's language. The
texts are written through Veille's `normalise_text`, so the text a .txt file holds is exactly
the text Veille's ingest hands to its pipeline, and the same strings are given to bare spaCy.
Documents go into a temporary folder as .txt files, deleted at the end (--keep-corpus DIR to
keep them). Tokens are counted once, with the bare model's tokenizer of each language.

Configurations. Each configuration runs in its own fresh Python process (started by this
script), so that peak memory is that of the configuration alone:

- bare, W workers: `load_model(lang)` (the statistical pipeline, no Veille component), then
  per language `nlp.pipe(texts, n_process=W, batch_size=16)` over all the texts of that
  language, consumed to the end. The time is the sum over the languages.
- veille, W workers: `ingest(SQLiteStore(fresh_db), [folder], n_process=W)`: reading the files,
  cleaning, language identification, exact and near-duplicate checks, the full pipeline
  (Veille's sentence, entity and fact components) and the SQLite writes, one transaction per
  document.

- dask, W workers (`--modes dask`): the same `ingest`, with `dask=` the address of a
  LocalCluster of W single-threaded worker processes, as `veille ingest --dask local:W` starts
  it. The cluster is started and each worker builds both pipelines and annotates the example
  articles before the clock starts (a cluster in use is already up); its workers' CPU time is
  read in them (getrusage, through `Client.run`) before and after, and added to "cores".

Model loading is excluded. Before the clock starts, each process loads its models and runs
them once over the 16 original example articles: bare runs `nlp.pipe` over them with
n_process=1; veille ingests examples/corpus into a throw-away store with n_process=1, which
builds and caches the full pipelines (`get_nlp` is cached per process) and also warms
trafilatura, py3langid, dateparser and Veille's lexicons. With n_process=2, bare spaCy forks
its workers at its `nlp.pipe` call and deserialises the annotated Docs in the parent; Veille's
ingest starts its own pool of worker processes once (`veille.ingest.annotator`, forked on
Linux, so they inherit the warm pipelines), sends them batches of texts and gets back only its
entity and fact records, while the parent reads the next documents and resolves and stores the
annotated ones. Starting the workers and every transfer are inside the measured time.

Measures. Wall time with time.perf_counter around the measured part only; documents/s is the
number of documents given (all of them, whatever their outcome) over that time; tokens/s
uses the bare tokenizer counts. "cores" is the CPU time of the process and its workers
(getrusage SELF + CHILDREN) over the wall time; "other" is the CPU time the rest of the
machine used meanwhile (/proc/stat minus ours) over the wall time: above ~0.1 something else
competed for the CPUs and the figures are disturbed. Peak memory is the RSS high-water mark
from resource.getrusage: RUSAGE_SELF for the configuration's process (it includes the
loading and warm-up, since the high-water mark cannot be reset; "RSS warm" is VmRSS from
/proc/self/status just before the clock starts) and RUSAGE_CHILDREN for its workers, which is
the peak of the largest single worker, not a sum (workers are reaped before reading it).
A forked worker's RSS counts the pages it shares copy-on-write with its parent, so
self + W x worker overstates the total (kept in the JSON as peak_rss_total_upper_mb); the
table's "PSS tree" is the peak of the proportional set size of the process plus its workers
(/proc/PID/smaps_rollup), sampled every 0.5 s while measured, which counts shared pages once.
psutil is not a dependency of Veille, so it is not used. Ratios are Veille / bare at the
same number of workers: < 1 for throughput means Veille is slower.

Each measuring process records a digest of src/veille; the script warns when it changed
between configurations (someone edited Veille during the run) and when Veille's per-document
outcomes (status, entity and fact counts) differ between numbers of workers. --repeat N runs
N rounds, each measuring every configuration once, bare and Veille one after the other at each
number of workers; the table keeps each configuration's fastest run, and the ratio of Veille to
bare within each round is printed after it (all runs are in the JSON).
"""

from __future__ import annotations

import argparse
import hashlib
import json
import multiprocessing
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import threading
import time
import traceback
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "examples" / "corpus"
BATCH_SIZE = 16
REJECT_JACCARD = 0.6
KEEP_REAL_NAME = 0.25

COMPANIES = [
    "Norvalis", "Quantex Labs", "Brindlewood AI", "Kestrel Dynamics", "Helionyx",
    "Solvane Robotics", "Tarrow Systems", "Veridia Compute", "Lumoria", "Pellucid Networks",
    "Orvane Capital", "Zephyra Semiconductors", "Calderon Analytics", "Mirevo", "Astrelle AI",
    "Novacrest Holdings", "Thistledown Partners", "Ombrel Technologies", "Kairona",
    "Feldspar Ventures", "Velmora Cloud", "Istrana Bank", "Corvanta", "Sablewing Robotics",
    "Quillon Data", "Harrowgate Group", "Pyxalis", "Drennic Labs", "Aubrelle Industries",
    "Tanzor Microsystems", "Grisvale Investments", "Lyricon", "Marquessa Telecom",
    "Nimbrook", "Oblivane Energy", "Rostavel", "Syntaria", "Tessaline Motors", "Umbrix",
    "Valtoria Systems",
]
PEOPLE = [
    "Élodie Marchetti", "Tomas Rivaldo", "Hana Kisaragi", "Minh Tran Vo", "Priya Ramanathan",
    "Jun-seo Park", "Lucas Berthier", "Mei Lin Zhao", "Arnaud Delvaux", "Sofia Kallenberg",
    "Kenji Morohashi", "Aditi Verkade", "Wen Hsu Tai", "Camille Orsenna", "Daniel Okonkwo",
    "Ingrid Solheim", "Rafael Montiel", "Yuna Takebe", "Bastien Lorrain", "Chloé Vantard",
    "Viktor Halvorsen", "Anjali Deshmane", "Hugo Ferrand", "Seo-yeon Ha", "Margaux Pellerin",
    "Tariq Bensalem", "Nora Lindqvist", "Kaito Enomura", "Léa Brissac", "Samuel Adeyemi",
]
PLACES = [
    "Valcrest", "Port-Aurel", "Nova Brennis", "Saint-Liran", "Kaldemar", "Ossiva",
    "Merrowfield", "Tarquenne", "Lysandra Bay", "Vorhaven", "Castelmire", "Brenmoor",
    "Quessany", "Aldoria", "Estrevant", "Pallisade", "Norwenna", "Silvercombe", "Drumavel",
    "Hesperine",
]
NER_KIND = {"ORG": "company", "PER": "person", "PERSON": "person", "LOC": "place",
            "GPE": "place"}
FAKE = {"company": COMPANIES, "person": PEOPLE, "place": PLACES}
MONTHS = {
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
           "septembre", "octobre", "novembre", "décembre"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"],
}
WEEKDAYS = {
    "fr": ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"],
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"],
}
DATE_LINE = {"fr": "Publié le {d} {m} {y}", "en": "Published {d} {m} {y}"}
_HEADER = re.compile(r"^(?:publié|published|posted|mis en ligne|par |by )", re.IGNORECASE)
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[«\"A-ZÀ-Ý])")
_NUMBER = re.compile(r"(?<![\w])\d+(?![\w])")


# --- corpus ------------------------------------------------------------------------------
def source_articles() -> list[dict[str, Any]]:
    """The example articles as (lang, title, header lines, body paragraphs)."""
    import trafilatura

    out = []
    for path in sorted(CORPUS.glob("*.txt")) + sorted(CORPUS.glob("*.html")):
        lang = path.name.split("-", 1)[0]
        if path.suffix == ".html":
            html = path.read_text(encoding="utf-8")
            text = trafilatura.extract(html, favor_precision=True, include_comments=False) or ""
            meta = trafilatura.extract_metadata(html)
            lines = [ln.strip() for ln in text.splitlines() if ln.strip()]
            title = meta.title if meta and meta.title else lines[0]
            if lines and lines[0] == title:
                lines = lines[1:]
            header = [DATE_LINE[lang].format(d=5, m=MONTHS[lang][4], y=2024)]
            body = lines
        else:
            paras = [p.strip() for p in re.split(r"\n\s*\n", path.read_text(encoding="utf-8"))
                     if p.strip()]
            title, rest = paras[0], paras[1:]
            header = []
            while rest and (_HEADER.match(rest[0]) or (len(rest[0]) < 100
                                                       and not rest[0].endswith("."))):
                header.append(rest.pop(0))
            body = rest
        out.append({"name": path.stem, "lang": lang, "title": title, "header": header,
                    "body": body, "text": "\n\n".join([title, *header, *body])})
    return out


def entity_names(sources: list[dict[str, Any]], models: dict[str, Any]) -> None:
    """Adds to each source the names its bare NER finds, by kind (company, person, place)."""
    for src in sources:
        found: dict[str, str] = {}
        for ent in models[src["lang"]](src["text"]).ents:
            kind = NER_KIND.get(ent.label_)
            name = ent.text.strip()
            if kind and len(name) > 2 and not any(c.isdigit() for c in name) and "\n" not in name:
                found.setdefault(name, kind)
        src["entities"] = found


def _sentences(paragraph: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(paragraph) if s]


def _redraw_numbers(text: str, lang: str, rng: random.Random) -> str:
    month_names = "|".join(MONTHS[lang])
    followed_by_month = re.compile(rf"\s+(?:{month_names})\b", re.IGNORECASE)

    def one(m: re.Match[str]) -> str:
        digits = m.group(0)
        if len(digits) == 4 and digits[:2] in ("19", "20"):
            return str(rng.randint(2016, 2027))
        if len(digits) <= 2 and followed_by_month.match(text, m.end()):
            return str(rng.randint(1, 28))
        if len(digits) == 1:
            return str(rng.randint(1, 9))
        if digits.startswith("0"):
            return "".join(str(rng.randint(0, 9)) for _ in digits)
        return str(rng.randint(10 ** (len(digits) - 1), 10 ** len(digits) - 1))

    return _NUMBER.sub(one, text)


def _redraw_words(text: str, words: list[str], rng: random.Random) -> str:
    # French names are lower case (any case matches); English ones only capitalised ("may").
    flags = re.IGNORECASE if words[0].islower() else 0
    pattern = re.compile(r"\b(" + "|".join(words) + r")\b", flags)

    def one(m: re.Match[str]) -> str:
        new = rng.choice(words)
        return new.capitalize() if m.group(0)[0].isupper() else new.lower()

    return pattern.sub(one, text)


def _swap_names(text: str, names: dict[str, str], rng: random.Random) -> str:
    if not names:
        return text
    mapping = {}
    for name, kind in names.items():
        mapping[name] = name if rng.random() < KEEP_REAL_NAME else rng.choice(FAKE[kind])
    ordered = sorted(mapping, key=len, reverse=True)
    pattern = re.compile(r"(?<!\w)(" + "|".join(re.escape(n) for n in ordered) + r")(?!\w)")
    return pattern.sub(lambda m: mapping[m.group(0)], text)


def make_document(primary: dict[str, Any], others: list[dict[str, Any]],
                  rng: random.Random) -> str:
    """One varied article from a primary source and paragraphs of others of its language."""
    lang = primary["lang"]
    keep = rng.uniform(0.45, 0.75)
    body = [p for p in primary["body"] if rng.random() < keep]
    if len(body) < 3:
        body = rng.sample(primary["body"], min(3, len(primary["body"])))
    donors = rng.sample(others, min(len(others), rng.randint(1, 2)))
    for donor in donors:
        for para in rng.sample(donor["body"], min(len(donor["body"]), rng.randint(1, 2))):
            body.insert(rng.randint(0, len(body)), para)
    if rng.random() < 0.6:
        rng.shuffle(body)
    body = [" ".join(rng.sample(s, len(s))) if rng.random() < 0.6 else " ".join(s)
            for s in map(_sentences, body)]
    text = "\n\n".join([primary["title"], *primary["header"], *body])
    names = dict(primary["entities"])
    for donor in donors:
        for name, kind in donor["entities"].items():
            names.setdefault(name, kind)
    text = _swap_names(text, names, rng)
    text = _redraw_numbers(text, lang, rng)
    text = _redraw_words(text, MONTHS[lang], rng)
    return _redraw_words(text, WEEKDAYS[lang], rng)


def build_corpus(n_docs: int, folder: Path, seed: int,
                 models: dict[str, Any]) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    """Writes n_docs .txt files into folder; returns their manifest and corpus statistics."""
    import numpy as np
    from datasketch import MinHashLSH

    from veille.ingest import dedup
    from veille.ingest.clean import detect_language, normalise_text

    rng = random.Random(seed)
    sources = source_articles()
    entity_names(sources, models)
    by_lang: dict[str, list[dict[str, Any]]] = {}
    for src in sources:
        by_lang.setdefault(src["lang"], []).append(src)
    lsh = MinHashLSH(threshold=REJECT_JACCARD - 0.1, num_perm=dedup.NUM_PERM)
    hashes: dict[str, Any] = {}
    manifest: list[dict[str, Any]] = []
    rejected = Counter[str]()
    i = 0
    while len(manifest) < n_docs:
        primary = sources[i % len(sources)]
        i += 1
        others = [s for s in by_lang[primary["lang"]] if s is not primary]
        for _attempt in range(50):
            text = normalise_text(make_document(primary, others, rng))
            if detect_language(text) != primary["lang"]:
                rejected["language"] += 1
                continue
            m = dedup.minhash(text)
            if any(m.jaccard(hashes[k]) >= REJECT_JACCARD for k in lsh.query(m)):
                rejected["near_duplicate"] += 1
                continue
            break
        else:
            raise SystemExit(f"cannot draw a new distinct document from {primary['name']}; "
                             "lower --docs")
        key = f"{len(manifest):05d}"
        lsh.insert(key, m)
        hashes[key] = m
        path = folder / f"{key}-{primary['name']}.txt"
        path.write_text(text, encoding="utf-8")
        lang = primary["lang"]
        manifest.append({"path": str(path), "lang": lang, "chars": len(text),
                         "tokens": len(models[lang].tokenizer(text))})
    matrix = np.stack([hashes[k].hashvalues for k in sorted(hashes)])
    top = 0.0
    for row in range(len(matrix) - 1):
        top = max(top, float((matrix[row + 1:] == matrix[row]).mean(axis=1).max()))
    stats = {
        "sources": len(sources),
        "max_pairwise_minhash_jaccard": round(top, 3),
        "rejected_candidates": dict(rejected),
        "docs_by_lang": dict(Counter(d["lang"] for d in manifest)),
        "tokens": sum(d["tokens"] for d in manifest),
        "chars": sum(d["chars"] for d in manifest),
        "distinct_texts": len({content_key(Path(d["path"])) for d in manifest}),
    }
    return manifest, stats


def content_key(path: Path) -> str:
    from veille.models import content_id

    return content_id(path.read_text(encoding="utf-8"))


# --- measured runs (each in its own process) ---------------------------------------------
def _rss_now_kb() -> int | None:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return None


def _machine_busy_seconds() -> float | None:
    """CPU time all processes of the machine have used since boot (Linux /proc/stat)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return None
    user, nice, system, _idle, _iowait, irq, softirq, steal = (int(f) for f in fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


class Clock:
    """Wall time, CPU time of this process and its workers, and CPU time of everything else."""

    def __enter__(self) -> Clock:
        self.cpu0, self.machine0 = _cpu_seconds(), _machine_busy_seconds()
        self.sampler = PssSampler()
        self.sampler.start()
        self.t0 = time.perf_counter()
        return self

    def __exit__(self, *exc: object) -> None:
        self.seconds = time.perf_counter() - self.t0
        self.pss_kb = self.sampler.stop()
        self.cpu = _cpu_seconds() - self.cpu0
        machine = _machine_busy_seconds()
        self.other = (None if machine is None or self.machine0 is None
                      else max(machine - self.machine0 - self.cpu, 0.0))

    def result(self) -> dict[str, Any]:
        return {"seconds": self.seconds, "cpu_seconds": round(self.cpu, 2),
                "other_cpu_seconds": None if self.other is None else round(self.other, 2),
                "peak_pss_kb": self.pss_kb}


def _cpu_seconds() -> float:
    """User + system CPU time of this process and of its reaped children."""
    multiprocessing.active_children()
    total = 0.0
    for who in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN):
        usage = resource.getrusage(who)
        total += usage.ru_utime + usage.ru_stime
    return total


def _tree_pss_kb() -> int | None:
    """Proportional set size of this process and its direct children (Linux only)."""
    me = os.getpid()
    pids = [me]
    try:
        for task in Path(f"/proc/{me}/task").iterdir():
            pids += [int(p) for p in (task / "children").read_text().split()]
    except OSError:
        return None
    total = 0
    for pid in pids:
        try:
            for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
                if line.startswith("Pss:"):
                    total += int(line.split()[1])
                    break
        except OSError:  # a worker that just exited
            continue
    return total


class PssSampler(threading.Thread):
    """Samples the process tree's PSS while the measured part runs; keeps the maximum."""

    def __init__(self, interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak: int | None = _tree_pss_kb()
        self.done = threading.Event()

    def run(self) -> None:
        while not self.done.wait(self.interval):
            value = _tree_pss_kb()
            if value is not None:
                self.peak = max(self.peak or 0, value)

    def stop(self) -> int | None:
        self.done.set()
        self.join()
        return self.peak


def _peaks_kb() -> tuple[int, int]:
    multiprocessing.active_children()  # reap finished workers so RUSAGE_CHILDREN counts them
    scale = 1024 if sys.platform == "darwin" else 1  # bytes on macOS, KiB on Linux
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // scale,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // scale)


def run_bare(spec: dict[str, Any]) -> dict[str, Any]:
    from veille.nlp.pipeline import load_model

    manifest = spec["manifest"]
    langs = sorted({d["lang"] for d in manifest})
    models = {lang: load_model(lang) for lang in langs}
    for src in source_articles():  # warm-up, n_process=1, on the original articles
        if src["lang"] in models:
            for _ in models[src["lang"]].pipe([src["text"]], batch_size=BATCH_SIZE):
                pass
    rss_warm = _rss_now_kb()
    texts = {lang: [Path(d["path"]).read_text(encoding="utf-8")
                    for d in manifest if d["lang"] == lang] for lang in langs}
    per_lang = {}
    with Clock() as clock:
        for lang in langs:
            n = 0
            start = time.perf_counter()
            for _doc in models[lang].pipe(texts[lang], n_process=spec["workers"],
                                          batch_size=BATCH_SIZE):
                n += 1
            per_lang[lang] = {"docs": n, "seconds": round(time.perf_counter() - start, 3),
                              "tokens": sum(d["tokens"] for d in manifest
                                            if d["lang"] == lang)}
    self_kb, child_kb = _peaks_kb()
    return {**clock.result(), "docs": sum(v["docs"] for v in per_lang.values()),
            "per_lang": per_lang, "rss_after_warmup_kb": rss_warm, "peak_self_kb": self_kb,
            "peak_child_kb": child_kb}


def _worker_cpu_seconds() -> float:
    """User + system CPU time of the Dask worker process this runs in (by `Client.run`)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def _warm_worker() -> int:
    """In a Dask worker: build both pipelines and run them over the example articles, as the
    other configurations' warm-up does."""
    from veille.ingest.annotator import annotate_batch

    sources = source_articles()
    for lang in sorted({s["lang"] for s in sources}):
        annotate_batch(lang, [(s["text"], {"id": s["name"]}) for s in sources if s["lang"] == lang])
    return os.getpid()


def start_cluster(workers: int) -> tuple[Any, Any, float]:
    """A LocalCluster as `veille ingest --dask local:W` starts it, its workers warmed; the
    seconds it took to start (with the pipelines loaded)."""
    from distributed import Client, LocalCluster

    started = time.perf_counter()
    cluster = LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, host="127.0.0.1",
                           dashboard_address="127.0.0.1:0")
    client = Client(cluster, set_as_default=False)
    client.run(_warm_worker)
    return cluster, client, time.perf_counter() - started


def run_veille(spec: dict[str, Any]) -> dict[str, Any]:
    from veille.ingest.run import ingest
    from veille.kb.store import SQLiteStore

    dask = spec["mode"] == "dask"
    with tempfile.TemporaryDirectory(prefix="veille-bench-db-") as tmp:
        warm_store = SQLiteStore(Path(tmp) / "warmup.db")  # loads and warms the pipelines
        ingest(warm_store, [str(CORPUS)], n_process=1)
        warm_store.close()
        if dask:  # the cluster runs and its workers are warm before the clock starts
            cluster, client, startup = start_cluster(spec["workers"])
            address = cluster.scheduler_address
            workers_cpu = sum(client.run(_worker_cpu_seconds).values())
        rss_warm = _rss_now_kb()
        store = SQLiteStore(Path(tmp) / "bench.db")
        done = Counter[str]()

        def progress(outcome: Any) -> None:
            done[outcome.status] += 1
            total = sum(done.values())
            if total % 250 == 0:
                print(f"    veille W={spec['workers']}: {total} documents", file=sys.stderr,
                      flush=True)

        with Clock() as clock:
            report = ingest(store, [spec["folder"]], n_process=spec["workers"],
                            progress=progress, dask=address if dask else None)
        extra: dict[str, Any] = {}
        if dask:  # the workers are alive: their CPU time is not in RUSAGE_CHILDREN yet
            workers_cpu = sum(client.run(_worker_cpu_seconds).values()) - workers_cpu
            clock.cpu += workers_cpu
            if clock.other is not None:
                clock.other = max(clock.other - workers_cpu, 0.0)
            extra = {"cluster_startup_seconds": round(startup, 1), "workers_cpu_seconds": round(workers_cpu, 2)}
            client.close()
            cluster.close()
        self_kb, child_kb = _peaks_kb()
        entities = store.query("SELECT COUNT(*) FROM entities")[0][0]
        db_bytes = sum(p.stat().st_size for p in Path(tmp).glob("bench.db*"))
        store.close()
    statuses = Counter(o.status for o in report.outcomes)
    per_doc = sorted((Path(o.source).name, o.status, o.entities, o.facts)
                     for o in report.outcomes)
    return {
        **clock.result(), "docs": len(report.outcomes), "statuses": dict(statuses),
        "entities_found": sum(o.entities for o in report.outcomes),
        "facts_stored": sum(o.facts for o in report.outcomes),
        "entities_in_store": entities, "db_bytes": db_bytes,
        "outcomes_digest": hashlib.sha256(json.dumps(per_doc).encode()).hexdigest()[:12],
        "failures": [{"source": o.source, "message": o.message} for o in report.failed],
        "duplicates": [{"source": o.source, "message": o.message}
                       for o in report.outcomes if o.status == "duplicate"],
        "rss_after_warmup_kb": rss_warm, "peak_self_kb": self_kb, "peak_child_kb": child_kb,
        **extra,
    }


def source_digest() -> str:
    """A digest of Veille's source and data, to see whether they changed during a run."""
    h = hashlib.sha256()
    for path in sorted((ROOT / "src" / "veille").rglob("*")):
        if path.is_file() and "__pycache__" not in path.parts:
            h.update(str(path.relative_to(ROOT)).encode() + b"\0" + path.read_bytes())
    return h.hexdigest()[:12]


def child_main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    digest = source_digest()
    try:
        result = (run_bare if spec["mode"] == "bare" else run_veille)(spec)
    except Exception:
        result = {"error": traceback.format_exc()}
    result["veille_source"] = digest
    Path(spec["result"]).write_text(json.dumps(result))


def measure(mode: str, workers: int, folder: Path, manifest: list[dict[str, Any]],
            work: Path) -> dict[str, Any]:
    spec_path = work / f"spec-{mode}-{workers}.json"
    result_path = work / f"result-{mode}-{workers}.json"
    spec = {"mode": mode, "workers": workers, "folder": str(folder), "manifest": manifest,
            "result": str(result_path)}
    spec_path.write_text(json.dumps(spec))
    proc = subprocess.run([sys.executable, __file__, "--child", str(spec_path)], check=False)
    if not result_path.exists():
        return {"error": f"the measuring process exited with code {proc.returncode}"}
    return dict(json.loads(result_path.read_text()))


# --- report ------------------------------------------------------------------------------
def _mb(kb: int | None) -> float | None:
    return None if kb is None else round(kb / 1024, 1)


def summarise(mode: str, workers: int, raw: dict[str, Any], tokens: int) -> dict[str, Any]:
    row: dict[str, Any] = {"mode": mode, "workers": workers}
    if "error" in raw:
        row["error"] = raw["error"]
        return row
    seconds = raw["seconds"]
    self_mb = raw["peak_self_kb"] / 1024
    child_mb = raw["peak_child_kb"] / 1024 if workers > 1 else 0.0
    row.update({
        "docs": raw["docs"], "seconds": round(seconds, 2),
        "docs_per_s": round(raw["docs"] / seconds, 2),
        "tokens_per_s": round(tokens / seconds, 1),
        "cores_busy": round(raw["cpu_seconds"] / seconds, 2),
        "other_cores_busy": (None if raw.get("other_cpu_seconds") is None
                             else round(raw["other_cpu_seconds"] / seconds, 2)),
        "rss_after_warmup_mb": _mb(raw.get("rss_after_warmup_kb")),
        "peak_rss_self_mb": round(self_mb, 1),
        "peak_rss_largest_worker_mb": round(child_mb, 1),
        "peak_rss_total_upper_mb": round(self_mb + child_mb * workers, 1),
        "peak_pss_tree_mb": _mb(raw.get("peak_pss_kb")),
    })
    row.update({k: v for k, v in raw.items() if k not in row and not k.endswith("_kb")
                and k != "seconds"})
    return row


def _ratio(a: float | None, b: float | None, digits: int = 2) -> float | None:
    return round(a / b, digits) if a and b else None


def add_ratios(rows: list[dict[str, Any]]) -> None:
    bare = {r["workers"]: r for r in rows if r["mode"] == "bare" and "error" not in r}
    for r in rows:
        b = bare.get(r["workers"])
        if r["mode"] not in ("veille", "dask") or "error" in r or b is None:
            continue
        r["ratio_vs_bare"] = {
            "docs_per_s": _ratio(r["docs_per_s"], b["docs_per_s"], 3),
            "slowdown": _ratio(b["docs_per_s"], r["docs_per_s"]),
            "peak_rss_self": _ratio(r["peak_rss_self_mb"], b["peak_rss_self_mb"]),
            "peak_rss_total_upper": _ratio(r["peak_rss_total_upper_mb"],
                                           b["peak_rss_total_upper_mb"]),
            "peak_pss_tree": _ratio(r["peak_pss_tree_mb"], b["peak_pss_tree_mb"]),
        }


def _num(value: float | None, width: int, fmt: str = ".0f") -> str:
    return f"{value:>{width}{fmt}}" if value is not None else f"{'-':>{width}}"


def table(rows: list[dict[str, Any]]) -> str:
    head = (f"{'config':<7} {'W':>2} {'docs':>5} {'time s':>7} {'docs/s':>7} {'tokens/s':>8} "
            f"{'cores':>5} {'other':>5} {'RSS warm':>8} {'peak self':>9} {'peak wkr':>8} {'PSS tree':>8} "
            f"{'Veille/bare docs/s':>18} {'mem':>5}")
    lines = [head, "-" * len(head)]
    for r in rows:
        if "error" in r:
            first = r["error"].strip().splitlines()[-1]
            lines.append(f"{r['mode']:<7} {r['workers']:>2}  FAILED: {first}")
            continue
        ratio = r.get("ratio_vs_bare") or {}
        rtxt = (f"{ratio['docs_per_s']:.3f} (x{ratio['slowdown']:.2f})" if ratio else "")
        lines.append(
            f"{r['mode']:<7} {r['workers']:>2} {r['docs']:>5} {r['seconds']:>7.1f} "
            f"{r['docs_per_s']:>7.2f} {r['tokens_per_s']:>8.0f} {r['cores_busy']:>5.2f} "
            f"{_num(r['other_cores_busy'], 5, '.2f')} "
            f"{_num(r['rss_after_warmup_mb'], 8)} {r['peak_rss_self_mb']:>9.0f} "
            f"{r['peak_rss_largest_worker_mb']:>8.0f} {_num(r['peak_pss_tree_mb'], 8)} "
            f"{rtxt:>18} {_num(ratio.get('peak_pss_tree'), 5, '.2f') if ratio else '':>5}")
    lines.append("time: measured part only (models loaded and warmed before); cores: CPU time "
                 "of the process and its workers / wall time; other: CPU time of the rest of "
                 "the machine / wall time (> 0.1: the figures are disturbed)")
    lines.append("memory in MB: RSS after warm-up; peak RSS (getrusage) of the process and of "
                 "its largest worker; PSS tree: peak of the sampled PSS sum of the process and "
                 "its workers while measured; mem: PSS tree Veille / bare")
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--docs", type=int, default=2000, help="documents to generate")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2],
                        help="n_process values to measure")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "out" / "ingest.json"))
    parser.add_argument("--modes", nargs="+", default=["bare", "veille"],
                        choices=["bare", "veille", "dask"])
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--repeat", type=int, default=1,
                        help="runs per configuration; the table keeps the fastest")
    parser.add_argument("--keep-corpus", metavar="DIR",
                        help="write the corpus here and keep it (default: a temporary folder)")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child_main(args.child)
        return

    from spacy import __version__ as spacy_version

    from veille.nlp.pipeline import MODELS, load_model

    with tempfile.TemporaryDirectory(prefix="veille-bench-") as tmp:
        work = Path(tmp)
        folder = Path(args.keep_corpus) if args.keep_corpus else work / "corpus"
        folder.mkdir(parents=True, exist_ok=True)
        print(f"building {args.docs} documents in {folder} ...", file=sys.stderr, flush=True)
        started = time.perf_counter()
        models = {lang: load_model(lang) for lang in MODELS}
        manifest, stats = build_corpus(args.docs, folder, args.seed, models)
        del models
        stats["build_seconds"] = round(time.perf_counter() - started, 1)
        print(f"  {json.dumps(stats)}", file=sys.stderr, flush=True)
        tokens = stats["tokens"]
        # Rounds: each round measures every configuration once, bare and Veille side by side
        # at each number of workers, so that a machine that slows down or speeds up during
        # the run (a shared virtual machine does) weighs on both sides of a ratio alike.
        modes = [m for m in ("bare", "veille", "dask") if m in args.modes]
        runs: dict[tuple[str, int], list[dict[str, Any]]] = {}
        for n in range(args.repeat):
            for workers in args.workers:
                for mode in modes:
                    print(f"measuring {mode} n_process={workers} (round {n + 1}/{args.repeat})"
                          " ...", file=sys.stderr, flush=True)
                    raw = measure(mode, workers, folder, manifest, work)
                    runs.setdefault((mode, workers), []).append(
                        summarise(mode, workers, raw, tokens))
                    brief = {k: v for k, v in runs[(mode, workers)][-1].items()
                             if k not in ("failures", "duplicates")}
                    print(f"  {json.dumps(brief)}", file=sys.stderr, flush=True)
        rows = []
        for mode in modes:
            for workers in args.workers:
                done = runs[(mode, workers)]
                ok = [r for r in done if "error" not in r]
                best = dict(max(ok, key=lambda r: r["docs_per_s"]) if ok else done[0])
                if args.repeat > 1:
                    best["runs_docs_per_s"] = [r.get("docs_per_s") for r in done]
                if mode in ("veille", "dask") and ("bare", workers) in runs:
                    # Veille / bare within each round: the ratio the machine's drift spares
                    best["round_ratios"] = [
                        round(v["docs_per_s"] / b["docs_per_s"], 3)
                        for v, b in zip(done, runs[("bare", workers)], strict=True)
                        if v.get("docs_per_s") and b.get("docs_per_s")]
                if mode == "dask" and ("veille", workers) in runs:
                    # on Dask / on local worker processes, within each round
                    best["dask_vs_local"] = [
                        round(d["docs_per_s"] / v["docs_per_s"], 3)
                        for d, v in zip(done, runs[("veille", workers)], strict=True)
                        if d.get("docs_per_s") and v.get("docs_per_s")]
                rows.append(best)
    add_ratios(rows)
    print(table(rows))
    for r in rows:
        if r.get("round_ratios"):
            print(f"{'Veille' if r['mode'] == 'veille' else 'Veille on Dask'}/bare docs/s round by round, "
                  f"W={r['workers']}: " + ", ".join(f"{x:.3f}" for x in r["round_ratios"]))
    for r in rows:
        if r["mode"] == "dask" and r.get("dask_vs_local"):
            print(f"Veille on Dask / Veille -j {r['workers']} docs/s round by round: "
                  + ", ".join(f"{x:.3f}" for x in r["dask_vs_local"])
                  + f" (the cluster started and warmed in {r['cluster_startup_seconds']} s, not counted)")
    sources = {r.get("veille_source") for r in rows if r["mode"] in ("veille", "dask")} - {None}
    if len(sources) > 1:
        print(f"warning: Veille's source changed during the run ({', '.join(sorted(sources))}); "
              "the configurations did not measure the same code")
    veille_rows = [r for r in rows if r["mode"] in ("veille", "dask") and "outcomes_digest" in r]
    if len(sources) == 1 and len({r["outcomes_digest"] for r in veille_rows}) > 1:
        print("warning: Veille's per-document outcomes (status, entities, facts) differ "
              "between numbers of workers: " + ", ".join(
                  f"{r['mode']} W={r['workers']}: {r['entities_found']} entities, {r['facts_stored']} facts"
                  for r in veille_rows))
    for r in rows:
        for f in r.get("failures", []):
            print(f"failed: {f['source']}: {f['message']}")
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    result = {
        "meta": {"python": platform.python_version(), "spacy": spacy_version,
                 "platform": platform.platform(), "cpus": os.cpu_count(),
                 "batch_size": BATCH_SIZE, "models": MODELS, "docs": args.docs,
                 "seed": args.seed, "corpus": stats},
        "results": rows,
    }
    out.write_text(json.dumps(result, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(f"written {out}")


if __name__ == "__main__":
    main()
