"""What is new in the knowledge base since a date: the facts stated in the documents of the
period (the latest of each type), the entities named in more and more documents week after
week, where the documents come from, and the inputs that failed.

A document's day is its publication date, else the day it was ingested; a partial date
('2024-12') counts as its first day."""

from __future__ import annotations

from datetime import date, timedelta

from veille.kb.details import facts_by_id
from veille.kb.listing import failures
from veille.kb.store import Store
from veille.records import Overview, SourceCount, Trend

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
    mentions grew most over the last `weeks` weeks, the sources and the failures."""
    until = last_day(store)
    if not since:
        since = (date.fromisoformat(until) - timedelta(days=27)).isoformat()
    since = (since + "-01-01")[:10]
    total = store.query("SELECT count(*) FROM documents")[0][0]
    new_docs = store.query(f"SELECT count(*) FROM documents d WHERE {DAY} >= ?", (since,))[0][0]
    new_facts = store.query(
        "SELECT count(DISTINCT f.id) FROM facts f JOIN evidence ev ON ev.fact_id = f.id"
        f" JOIN documents d ON d.id = ev.doc_id WHERE f.confidence >= ? AND {DAY} >= ?",
        (min_confidence, since))[0][0]
    rows = store.query(
        "SELECT id, type FROM (SELECT f.id, f.type, row_number() OVER (PARTITION BY f.type"
        f" ORDER BY max({DAY}) DESC, f.date DESC, f.id) AS n FROM facts f"
        " JOIN evidence ev ON ev.fact_id = f.id JOIN documents d ON d.id = ev.doc_id"
        f" WHERE f.confidence >= ? AND {DAY} >= ? GROUP BY f.id) WHERE n <= ? ORDER BY type, n",
        (min_confidence, since, per_type))
    found = facts_by_id(store, [r["id"] for r in rows])
    latest: dict[str, list] = {}
    for r in rows:
        if r["id"] in found:
            latest.setdefault(r["type"], []).append(found[r["id"]])
    return Overview(since, until, total, new_docs, new_facts, latest,
                    trends(store, until, weeks, rising), sources(store), failures(store)[-20:][::-1])


def trends(store: Store, until: str, weeks: int = 8, limit: int = 10) -> list[Trend]:
    """The entities named in more documents in the recent half of the last `weeks` weeks
    (ending on `until`) than in the earlier half, most risen first (then most named), with
    their documents per week, oldest first."""
    window = f"{DAY} > date(?, ?) AND {DAY} <= ?"
    params = (until, f"-{weeks * 7} days", until)
    ago = f"CAST((julianday(?) - julianday({DAY})) / 7 AS INTEGER)"
    half = weeks // 2
    top = store.query(
        f"SELECT de.entity_id, e.name, e.type, count(DISTINCT d.id) AS total,"
        f" count(DISTINCT CASE WHEN {ago} < ? THEN d.id END)"
        f" - count(DISTINCT CASE WHEN {ago} >= ? THEN d.id END) AS rise"
        " FROM documents d JOIN doc_entities de ON de.doc_id = d.id JOIN entities e ON e.id = de.entity_id"
        f" WHERE {window} GROUP BY de.entity_id ORDER BY rise DESC, total DESC, e.name LIMIT ?",
        (until, half, until, weeks - half, *params, limit))
    if not top:
        return []
    ids = [r["entity_id"] for r in top]
    series = {i: [0] * weeks for i in ids}
    for r in store.query(
            f"SELECT de.entity_id, {ago} AS ago, count(DISTINCT d.id) AS n FROM documents d"
            f" JOIN doc_entities de ON de.doc_id = d.id WHERE {window}"
            f" AND de.entity_id IN ({','.join('?' * len(ids))}) GROUP BY de.entity_id, ago",
            (until, *params, *ids)):
        if 0 <= r["ago"] < weeks:
            series[r["entity_id"]][weeks - 1 - r["ago"]] = r["n"]
    return [Trend(r["entity_id"], r["name"], r["type"], series[r["entity_id"]], r["total"], r["rise"])
            for r in top]


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
