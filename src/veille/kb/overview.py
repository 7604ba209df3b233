"""What is new in the knowledge base since a date: the facts stated in the documents of the
period (the latest of each type), the entities named in more and more documents week after
week, where the documents come from, and the inputs that failed.

A document's day is its publication date, else the day it was ingested; a partial date
('2024-12') counts as its first day."""

from __future__ import annotations

from datetime import date, timedelta

from veille.kb.listing import facts_by_id, failures
from veille.kb.store import Store
from veille.records import Fact, Overview, SourceCount, Trend

DAY = "substr(coalesce(d.published, substr(d.ingested_at, 1, 10)) || '-01-01', 1, 10)"
KIND = ("CASE WHEN d.source LIKE 'http://%' OR d.source LIKE 'https://%' THEN 'url'"
        " WHEN d.source LIKE 'text:%' THEN 'text' WHEN d.source LIKE 'upload:%' THEN 'upload'"
        " ELSE 'file' END")


def last_day(store: Store) -> str:
    """The day of the newest document, or today for an empty store."""
    value = store.query(f"SELECT max({DAY}) FROM documents d")[0][0]
    return str(value) if value else date.today().isoformat()


def overview(store: Store, since: str | None, min_confidence: float, weeks: int = 8,
             per_type: int = 5, rising: int = 10) -> Overview:
    """What is new since `since` (YYYY-MM-DD; default: four weeks before the newest
    document): counts, the `per_type` latest facts of each type, the `rising` entities whose
    mentions grew most over the last `weeks` weeks, the sources and the failures.

    Every query starts from the documents of the period (one scan of `documents`), then
    follows the indexes: evidence by document, facts and entities by id."""
    until = last_day(store)
    if not since:
        since = (date.fromisoformat(until) - timedelta(days=27)).isoformat()
    since = (since + "-01-01")[:10]
    period = f"WITH p AS MATERIALIZED (SELECT d.id, {DAY} AS day FROM documents d WHERE {DAY} >= ?)"
    total = store.query("SELECT count(*) FROM documents")[0][0]
    new_docs = store.query(f"SELECT count(*) FROM documents d WHERE {DAY} >= ?", (since,))[0][0]
    stated = (f"{period}, s AS MATERIALIZED (SELECT f.id, f.type, f.date, max(p.day) AS day FROM p"
              " JOIN evidence ev ON ev.doc_id = p.id JOIN facts f ON f.id = ev.fact_id"
              " WHERE f.confidence >= ? GROUP BY f.id)")
    new_facts = store.query(f"{stated} SELECT count(*) FROM s", (since, min_confidence))[0][0]
    rows = store.query(
        f"{stated} SELECT id, type FROM (SELECT id, type, row_number() OVER (PARTITION BY type"
        " ORDER BY day DESC, date DESC, id) AS n FROM s) WHERE n <= ? ORDER BY type, n",
        (since, min_confidence, per_type))
    found = facts_by_id(store, [r["id"] for r in rows])
    latest: dict[str, list[Fact]] = {}
    for r in rows:
        if r["id"] in found:
            latest.setdefault(r["type"], []).append(found[r["id"]])
    return Overview(since, until, total, new_docs, new_facts, latest,
                    trends(store, until, weeks, rising), sources(store), failures(store)[-20:][::-1])


def trends(store: Store, until: str, weeks: int = 8, limit: int = 10) -> list[Trend]:
    """The entities named in more documents in the recent half of the last `weeks` weeks
    (ending on `until`) than in the earlier half, most risen first (then most named), with
    their documents per week, oldest first."""
    rows = store.query(
        f"WITH w AS MATERIALIZED (SELECT d.id, CAST((julianday(?) - julianday({DAY})) / 7 AS INTEGER) AS ago"
        f" FROM documents d WHERE {DAY} > date(?, ?) AND {DAY} <= ?)"
        " SELECT de.entity_id, w.ago, count(DISTINCT w.id) AS n FROM w JOIN doc_entities de ON de.doc_id = w.id"
        " GROUP BY de.entity_id, w.ago", (until, until, f"-{weeks * 7} days", until))
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
    of input (file, pasted text, upload); the largest first."""
    rows = store.query(
        f"WITH s AS (SELECT d.site, {KIND} AS kind, {DAY} AS day,"
        " substr(coalesce(d.url, d.source), instr(coalesce(d.url, d.source), '://') + 3) AS rest"
        " FROM documents d)"
        " SELECT coalesce(nullif(site, ''), CASE WHEN kind = 'url' THEN CASE WHEN instr(rest, '/') > 0"
        " THEN substr(rest, 1, instr(rest, '/') - 1) ELSE rest END ELSE kind END) AS label,"
        " kind, count(*) AS n, max(day) AS latest FROM s GROUP BY label, kind ORDER BY n DESC, label LIMIT ?",
        (limit,))
    return [SourceCount(r["label"], r["kind"], r["n"], r["latest"]) for r in rows]
