"""What is new in the knowledge base since a date: the facts stated in the documents of the
period (the latest of each type), the entities named in more and more documents week after
week, where the documents come from, and the inputs that failed.

A document's day is its publication date, else the day it was ingested; a partial date
('2024-12') counts as its first day."""

from __future__ import annotations

from datetime import date, timedelta

from veille.kb.listing import facts_by_id, failures
from veille.kb.store import DOC_DAY, Store
from veille.models import FACT_TYPES
from veille.records import Fact, Overview, SourceCount, Trend

DAY = DOC_DAY


def last_day(store: Store) -> str:
    """The day of the newest document, or today for an empty store."""
    value = store.query(f"SELECT max({DAY}) FROM documents d")[0][0]
    return str(value) if value else date.today().isoformat()


def overview(store: Store, since: str | None, min_confidence: float, weeks: int = 8,
             per_type: int = 5, rising: int = 10) -> Overview:
    """What is new since `since` (YYYY-MM-DD; default: four weeks before the newest
    document): counts, the `per_type` latest facts of each type, the `rising` entities whose
    mentions grew most over the last `weeks` weeks, the sources and the failures.

    The documents of the period are a range of their day's index; a fact is stated in the
    period when the newest document stating it is (`facts.stated`, kept by kb/facts.py), so
    the period's facts and the latest of each type are ranges of indexes too."""
    until = last_day(store)
    if not since:
        since = (date.fromisoformat(until) - timedelta(days=27)).isoformat()
    since = (since + "-01-01")[:10]
    total = store.query("SELECT count(*) FROM documents")[0][0]
    new_docs = store.query(f"SELECT count(*) FROM documents d WHERE {DAY} >= ?", (since,))[0][0]
    new_facts = store.query("SELECT count(*) FROM facts WHERE stated >= ? AND confidence >= ?",
                            (since, min_confidence))[0][0]
    rows = []
    for kind in FACT_TYPES:
        rows += store.query("SELECT id, type FROM facts WHERE type = ? AND stated >= ? AND confidence >= ?"
                            " ORDER BY stated DESC, date DESC, id LIMIT ?", (kind, since, min_confidence, per_type))
    found = facts_by_id(store, [r["id"] for r in rows])
    latest: dict[str, list[Fact]] = {}
    for r in sorted(rows, key=lambda r: r["type"]):
        if r["id"] in found:
            latest.setdefault(r["type"], []).append(found[r["id"]])
    return Overview(since, until, total, new_docs, new_facts, latest,
                    trends(store, until, weeks, rising), sources(store), failures(store)[-20:][::-1])


def trends(store: Store, until: str, weeks: int = 8, limit: int = 10) -> list[Trend]:
    """The entities named in more documents in the recent half of the last `weeks` weeks
    (ending on `until`) than in the earlier half, most risen first (then most named), with
    their documents per week, oldest first."""
    rows = store.query(
        f"WITH w AS MATERIALIZED (SELECT d.rowid AS doc, CAST(julianday(?) - julianday({DAY}) AS INTEGER) / 7 AS ago"
        f" FROM documents d WHERE {DAY} > ? AND {DAY} <= ?)"
        " SELECT de.entity_id, w.ago, count(DISTINCT w.doc) AS n FROM w JOIN doc_entities de ON de.doc = w.doc"
        " GROUP BY de.entity_id, w.ago", (until, (date.fromisoformat(until[:10]) - timedelta(weeks=weeks)).isoformat(),
                                          until))
    series: dict[str, list[int]] = {}
    for r in rows:
        if 0 <= r["ago"] < weeks:
            series.setdefault(r["entity_id"], [0] * weeks)[weeks - 1 - r["ago"]] = r["n"]
    half = weeks - weeks // 2  # the older weeks; the recent half is the rest

    def rise(counts: list[int]) -> int:
        return sum(counts[half:]) - sum(counts[:half])

    if not series:
        return []
    ranked = sorted(series, key=lambda e: (-rise(series[e]), -sum(series[e]), e))[:limit * 4]
    names = {r["id"]: r for r in store.query(
        f"SELECT id, name, type FROM entities WHERE id IN ({','.join('?' * len(ranked))})", tuple(ranked))}
    ranked = sorted((e for e in ranked if e in names),
                    key=lambda e: (-rise(series[e]), -sum(series[e]), names[e]["name"]))[:limit]
    return [Trend(e, names[e]["name"], names[e]["type"], series[e], sum(series[e]), rise(series[e]))
            for e in ranked]


def sources(store: Store, limit: int = 12) -> list[SourceCount]:
    """Documents by source: the site a page names, else the host of its address, else the kind
    of input (file, pasted text, upload); the largest first. Counted as documents are stored
    (kb/store.py)."""
    rows = store.query("SELECT label, kind, n, latest FROM document_sources ORDER BY n DESC, label, kind LIMIT ?",
                       (limit,))
    return [SourceCount(r["label"], r["kind"], r["n"], r["latest"]) for r in rows]
