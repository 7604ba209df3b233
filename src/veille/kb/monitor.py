"""The monitoring tables' SQL (schema 6): sources and their items, watch rules, their matches
and the deliveries of those matches; the digests sent on a schedule (schema 7). `veille.watch`
holds the logic; every statement is here."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from datetime import UTC, datetime, timedelta
from typing import Any

from veille.errors import RuleError, SourceError, UnknownRule
from veille.kb.store import Store, dumps, now


def iso(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def later(seconds: float, start: datetime | None = None) -> str:
    """The ISO time `seconds` after `start` (default: now)."""
    return iso((start or datetime.now(UTC)) + timedelta(seconds=seconds))


# --- sources -----------------------------------------------------------------------------------

def add_source(store: Store, url: str, kind: str, every: int, lang: str | None,
               tags: list[str]) -> tuple[sqlite3.Row, bool]:
    """Follow a source, or change how an already followed one is; (its row, whether it is new).
    A new source is due at once."""
    with store.write():
        known = store.query("SELECT id FROM sources WHERE url = ?", (url,))
        if known:
            store.execute("UPDATE sources SET kind = ?, every = ?, lang = ?, tags = ? WHERE id = ?",
                          (kind, every, lang, dumps(tags), known[0][0]))
        else:
            store.execute("INSERT INTO sources (url, kind, every, lang, tags, next_fetch, added_at)"
                          " VALUES (?, ?, ?, ?, ?, ?, ?)", (url, kind, every, lang, dumps(tags), now(), now()))
    return source(store, url), not known


def source(store: Store, url: str) -> sqlite3.Row:
    rows = store.query("SELECT * FROM sources WHERE url = ?", (url,))
    if not rows:
        raise SourceError(f"no source {url} is followed", "List the sources with: veille sources")
    return rows[0]


def remove_source(store: Store, url: str) -> None:
    source(store, url)
    with store.write():
        store.execute("DELETE FROM sources WHERE url = ?", (url,))


def sources(store: Store, tag: str | None = None) -> list[sqlite3.Row]:
    """The followed sources by address, with a tag when given."""
    if tag:
        return store.query("SELECT * FROM sources WHERE EXISTS (SELECT 1 FROM json_each(tags) WHERE value = ?)"
                           " ORDER BY url", (tag,))
    return store.query("SELECT * FROM sources ORDER BY url")


def due_sources(store: Store, at: str) -> list[sqlite3.Row]:
    """The sources whose next fetch is at or before `at`, the most overdue first."""
    return store.query("SELECT * FROM sources WHERE next_fetch <= ? ORDER BY next_fetch, id", (at,))


def next_due(store: Store) -> str | None:
    rows = store.query("SELECT min(next_fetch) FROM sources")
    return rows[0][0] if rows else None


def source_polled(store: Store, source_id: int, status: str, next_fetch: str, *, kind: str | None = None,
                  etag: str | None = None, last_modified: str | None = None, items: int = 0,
                  error: str | None = None) -> None:
    """What a fetch of a source gave: on success the validators for the next conditional GET and
    the failures in a row reset; on failure the error kept and one more failure counted."""
    with store.write():
        if status == "failed":
            store.execute("UPDATE sources SET status = ?, last_fetch = ?, next_fetch = ?, failures = failures + 1,"
                          " error = ? WHERE id = ?", (status, now(), next_fetch, error, source_id))
            return
        store.execute("UPDATE sources SET status = ?, last_fetch = ?, next_fetch = ?, failures = 0, error = ?,"
                      " items = items + ?, kind = coalesce(?, kind),"
                      " etag = CASE WHEN ? = 'not_modified' THEN etag ELSE ? END,"
                      " last_modified = CASE WHEN ? = 'not_modified' THEN last_modified ELSE ? END WHERE id = ?",
                      (status, now(), next_fetch, error, items, kind, status, etag, status, last_modified,
                       source_id))


def source_items(store: Store, source_id: int) -> dict[str, tuple[str, int]]:
    """The items of a source fetched already: url -> (status, attempts)."""
    return {r[0]: (r[1], r[2]) for r in store.query(
        "SELECT url, status, attempts FROM source_items WHERE source_id = ?", (source_id,))}


def record_item(store: Store, source_id: int, url: str, status: str, doc_id: str | None,
                error: str | None = None) -> None:
    """An item of a source was fetched (and ingested, or not); a second try counts an attempt."""
    with store.write():
        store.execute("INSERT INTO source_items (source_id, url, status, doc_id, error, at) VALUES (?, ?, ?, ?, ?, ?)"
                      " ON CONFLICT (source_id, url) DO UPDATE SET status = excluded.status,"
                      " doc_id = excluded.doc_id, error = excluded.error, at = excluded.at,"
                      " attempts = source_items.attempts + 1", (source_id, url, status, doc_id, error, now()))


# --- rules -------------------------------------------------------------------------------------

def add_rule(store: Store, name: str, spec: dict[str, Any], webhooks: list[dict[str, str]],
             emails: list[str], grouped: bool, replace: bool = False) -> None:
    with store.write():
        if store.query("SELECT 1 FROM alert_rules WHERE name = ?", (name,)) and not replace:
            raise RuleError(f"a rule named '{name}' exists already",
                            f"Choose another name, add --replace, or remove it with: veille alerts remove {name}")
        store.execute("INSERT OR REPLACE INTO alert_rules (name, spec, webhooks, emails, grouped, created_at)"
                      " VALUES (?, ?, ?, ?, ?, ?)",
                      (name, dumps(spec), dumps(webhooks), dumps(emails), int(grouped), now()))


def rule(store: Store, name: str) -> sqlite3.Row:
    rows = store.query("SELECT * FROM alert_rules WHERE name = ?", (name,))
    if not rows:
        names = [r[0] for r in store.query("SELECT name FROM alert_rules ORDER BY name")]
        raise UnknownRule(f"no rule named '{name}'",
                          ("The rules are: " + ", ".join(names)) if names else "Add one with: veille alerts add NAME")
    return rows[0]


def rules(store: Store) -> list[sqlite3.Row]:
    """Every rule with its numbers of matches, deliveries waiting and dead letters."""
    return store.query(
        "SELECT r.*, (SELECT count(*) FROM alert_matches m WHERE m.rule = r.name) AS matches,"
        " (SELECT max(m.at) FROM alert_matches m WHERE m.rule = r.name) AS last_match,"
        " (SELECT count(*) FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match_id"
        "  WHERE m.rule = r.name AND d.status = 'pending') AS pending,"
        " (SELECT count(*) FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match_id"
        "  WHERE m.rule = r.name AND d.status = 'dead') AS dead"
        " FROM alert_rules r ORDER BY r.name")


def remove_rule(store: Store, name: str) -> None:
    rule(store, name)
    with store.write():
        store.execute("DELETE FROM alert_rules WHERE name = ?", (name,))


# --- what rules are evaluated on ---------------------------------------------------------------

def facts_info(store: Store, fact_ids: Iterable[str]) -> list[sqlite3.Row]:
    """Facts as rules see them: type, args, date, modality, confidence, conflicts."""
    ids = list(fact_ids)
    if not ids:
        return []
    return store.query("SELECT id, type, args, date, modality, confidence, n_conflicts FROM facts"
                       " WHERE id IN (SELECT value FROM json_each(?)) ORDER BY rowid", (json.dumps(ids),))


def known_facts(store: Store, fact_ids: Iterable[str]) -> set[str]:
    return {r[0] for r in store.query("SELECT id FROM facts WHERE id IN (SELECT value FROM json_each(?))",
                                      (json.dumps(list(fact_ids)),))}


def fact_entities(store: Store, fact_id: str) -> list[sqlite3.Row]:
    """The entities in a fact's roles: role, id, type, name, and their aliases' keys (JSON)."""
    return store.query(
        "SELECT fe.role, e.id, e.type, e.name, (SELECT json_group_array(a.norm) FROM aliases a"
        " WHERE a.entity_id = e.id) AS norms FROM fact_entities fe JOIN entities e ON e.id = fe.entity_id"
        " WHERE fe.fact_id = ?", (fact_id,))


def document_places(store: Store, doc_id: str) -> set[str]:
    """The keys of every name of the places a document names."""
    return {r[0] for r in store.query(
        "SELECT DISTINCT a.norm FROM doc_entities de JOIN entities e ON e.id = de.entity_id"
        " JOIN aliases a ON a.entity_id = e.id WHERE de.doc = (SELECT rowid FROM documents WHERE id = ?)"
        " AND e.type = 'place'", (doc_id,))}


def fact_evidence(store: Store, fact_id: str, doc_id: str) -> sqlite3.Row | None:
    rows = store.query("SELECT ev.text, ev.sentence, d.url, d.source, d.published, d.title, d.name"
                       " FROM evidence ev JOIN documents d ON d.rowid = ev.doc WHERE ev.fact_id = ?"
                       " AND ev.doc = (SELECT rowid FROM documents WHERE id = ?)"  # its number (schema 28)
                       " ORDER BY ev.start, ev.end LIMIT 1", (fact_id, doc_id))
    return rows[0] if rows else None


def new_entities(store: Store, doc_id: str) -> list[sqlite3.Row]:
    """The entities a document names that no other document named before."""
    return store.query("SELECT DISTINCT e.id, e.name, e.type FROM doc_entities de JOIN entities e"
                       " ON e.id = de.entity_id WHERE de.doc = (SELECT rowid FROM documents WHERE id = ?)"
                       " AND e.docs <= 1 ORDER BY e.name, e.id", (doc_id,))


def document_row(store: Store, doc_id: str) -> sqlite3.Row | None:
    rows = store.query("SELECT url, source, published, title, name FROM documents WHERE id = ?", (doc_id,))
    return rows[0] if rows else None


# --- matches and deliveries -----------------------------------------------------------------

def record_match(store: Store, rule_name: str, kind: str, item: str, doc_id: str | None, title: str,
                 evidence: str | None, sentence: str | None, url: str | None, published: str | None,
                 data: dict[str, Any], channels: list[tuple[str, str]]) -> int | None:
    """Record that a rule matched an item (inside the caller's transaction), with a delivery per
    channel (webhook or email, target); the match's id, or None when it was recorded before."""
    match_id = store.insert_id(
        "INSERT OR IGNORE INTO alert_matches (rule, kind, item, doc_id, title, evidence, sentence, url,"
        " published, data, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id",
        (rule_name, kind, item, doc_id, title, evidence, sentence, url, published, dumps(data), now()))
    if match_id is None:
        return None
    store.execute_many("INSERT OR IGNORE INTO alert_deliveries (match_id, channel, target, next_try)"
                       " VALUES (?, ?, ?, ?)", [(match_id, c, t, now()) for c, t in channels])
    return match_id


def matches(store: Store, rule_name: str | None = None, limit: int = 50) -> list[sqlite3.Row]:
    """The latest matches, of one rule or all."""
    if rule_name:
        return store.query("SELECT * FROM alert_matches WHERE rule = ? ORDER BY id DESC LIMIT ?",
                           (rule_name, limit))
    return store.query("SELECT * FROM alert_matches ORDER BY id DESC LIMIT ?", (limit,))


def due_deliveries(store: Store, at: str) -> list[sqlite3.Row]:
    """Deliveries waiting whose time has come, with their match and rule."""
    return store.query(
        "SELECT d.id, d.channel, d.target, d.attempts, m.id AS match_id, m.rule, m.kind, m.item, m.title,"
        " m.evidence, m.sentence, m.url, m.published, m.data, m.at, r.webhooks, r.grouped"
        " FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match_id JOIN alert_rules r ON r.name = m.rule"
        " WHERE d.status = 'pending' AND d.next_try <= ? ORDER BY d.id", (at,))


def delivery_sent(store: Store, delivery_ids: Iterable[int]) -> None:
    with store.write():
        store.execute_many("UPDATE alert_deliveries SET status = 'sent', attempts = attempts + 1, sent_at = ?,"
                           " error = NULL WHERE id = ?", [(now(), i) for i in delivery_ids])


def delivery_failed(store: Store, delivery_ids: Iterable[int], error: str, next_try: str, dead: bool) -> None:
    with store.write():
        store.execute_many("UPDATE alert_deliveries SET status = ?, attempts = attempts + 1, next_try = ?,"
                           " error = ? WHERE id = ?",
                           [("dead" if dead else "pending", next_try, error, i) for i in delivery_ids])


def deliveries(store: Store, status: str | None = None, rule_name: str | None = None) -> list[sqlite3.Row]:
    """Deliveries (dead letters with status='dead'), newest first."""
    return store.query(
        "SELECT d.*, m.rule, m.title FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match_id"
        " WHERE (? IS NULL OR d.status = ?) AND (? IS NULL OR m.rule = ?) ORDER BY d.id DESC",
        (status, status, rule_name, rule_name))


def retry_dead(store: Store, rule_name: str | None = None) -> int:
    """Put the dead letters (of a rule) back in the queue; how many."""
    with store.write():
        rows = store.query("SELECT d.id FROM alert_deliveries d JOIN alert_matches m ON m.id = d.match_id"
                           " WHERE d.status = 'dead' AND (? IS NULL OR m.rule = ?)", (rule_name, rule_name))
        store.execute_many("UPDATE alert_deliveries SET status = 'pending', attempts = 0, next_try = ? WHERE id = ?",
                           [(now(), r[0]) for r in rows])
    return len(rows)


def feed_matches(store: Store, rule_name: str | None, limit: int = 100) -> list[sqlite3.Row]:
    """The latest matches for an Atom feed (of one rule, or of all)."""
    return matches(store, rule_name, limit)


def last_match(store: Store) -> int:
    """The id of the latest match (0 when none): what came after it is new."""
    rows = store.query("SELECT max(id) FROM alert_matches")
    return int(rows[0][0] or 0)


def rules_matched_since(store: Store, after: int) -> set[str]:
    """The rules that matched something after the match `after`."""
    return {r[0] for r in store.query("SELECT DISTINCT rule FROM alert_matches WHERE id > ?", (after,))}


def matches_since(store: Store, after: int) -> dict[str, int]:
    """How many matches each rule found after the match `after`."""
    return {r[0]: r[1] for r in store.query("SELECT rule, count(*) FROM alert_matches WHERE id > ? GROUP BY rule",
                                            (after,))}


def next_delivery(store: Store) -> str | None:
    """When the next waiting delivery is due."""
    rows = store.query("SELECT min(next_try) FROM alert_deliveries WHERE status = 'pending'")
    return rows[0][0] if rows else None


# --- scheduled digests (schema 7) ------------------------------------------------------------

def add_digest_schedule(store: Store, name: str, every: int, emails: list[str], lang: str, entities: list[str],
                        min_confidence: float | None, server: str | None, replace: bool = False) -> None:
    """Schedule a digest, due at once; replacing one keeps what it covered already (no period
    is sent twice)."""
    from veille.errors import DigestMailError

    with store.write():
        known = store.query("SELECT covered, last_sent FROM digest_schedules WHERE name = ?", (name,))
        if known and not replace:
            raise DigestMailError(f"a scheduled digest named '{name}' exists already",
                                  "Choose another name, add --replace, or remove it with:"
                                  f" veille digests remove {name}")
        covered, last_sent = (known[0][0], known[0][1]) if known else (None, None)
        store.execute("INSERT OR REPLACE INTO digest_schedules (name, every, emails, lang, entities, min_confidence,"
                      " server, next_send, covered, last_sent, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                      (name, every, dumps(emails), lang, dumps(entities), min_confidence, server, now(), covered,
                       last_sent, now()))


def digest_schedule(store: Store, name: str) -> sqlite3.Row:
    from veille.errors import UnknownDigestSchedule

    rows = store.query("SELECT * FROM digest_schedules WHERE name = ?", (name,))
    if not rows:
        names = [r[0] for r in store.query("SELECT name FROM digest_schedules ORDER BY name")]
        raise UnknownDigestSchedule(f"no scheduled digest named '{name}'",
                                    ("The scheduled digests are: " + ", ".join(names)) if names
                                    else "Add one with: veille digests add NAME --every 7d --email ADDRESS")
    return rows[0]


def digest_schedules(store: Store) -> list[sqlite3.Row]:
    return store.query("SELECT * FROM digest_schedules ORDER BY name")


def remove_digest_schedule(store: Store, name: str) -> None:
    digest_schedule(store, name)
    with store.write():
        store.execute("DELETE FROM digest_schedules WHERE name = ?", (name,))


def due_digests(store: Store, at: str) -> list[sqlite3.Row]:
    """The scheduled digests whose time has come, the most overdue first."""
    return store.query("SELECT * FROM digest_schedules WHERE next_send <= ? ORDER BY next_send, name", (at,))


def claim_digest(store: Store, name: str, was_due: str, next_send: str, covered: str | None,
                 last_sent: str | None) -> bool:
    """Take a due digest to send it: its next time and the last day it covers recorded first, so
    that no other watch (nor this one restarted) sends it again; False when another took it."""
    with store.write():
        return bool(store.query("UPDATE digest_schedules SET next_send = ?, covered = ?, last_sent = ? WHERE name = ?"
                                " AND next_send = ? RETURNING name", (next_send, covered, last_sent, name, was_due)))


def digest_sent(store: Store, name: str) -> None:
    with store.write():
        store.execute("UPDATE digest_schedules SET failures = 0, error = NULL WHERE name = ?", (name,))


def digest_failed(store: Store, name: str, covered: str | None, last_sent: str | None, next_send: str,
                  error: str) -> None:
    """A claimed digest was not sent: its period given back, tried again at `next_send`."""
    with store.write():
        store.execute("UPDATE digest_schedules SET covered = ?, last_sent = ?, next_send = ?,"
                      " failures = failures + 1, error = ? WHERE name = ?",
                      (covered, last_sent, next_send, error, name))


def next_digest(store: Store) -> str | None:
    rows = store.query("SELECT min(next_send) FROM digest_schedules")
    return rows[0][0] if rows else None
