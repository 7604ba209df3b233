"""Storing facts: one fact per statement across articles, each piece of evidence kept,
and conflicting values of the same measure flagged."""

from __future__ import annotations

import json
from typing import Any

from veille.kb.graph import relink
from veille.kb.store import DOC_DAY, Store, first_evidence, period_end, period_start, stored_period
from veille.models import Document, norm_name, stable_id
from veille.normalize import date_range
from veille.normalize.dates import PRECISIONS
from veille.schema import fact_type

# json.dumps with options builds an encoder at every call; one made once writes the same.
_COMPACT_JSON = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _norm_value(value: Any) -> Any:
    if isinstance(value, str):
        return norm_name(value)
    if isinstance(value, list):
        return sorted(_norm_value(v) for v in value)
    if isinstance(value, float):
        return round(value, 3)
    if isinstance(value, dict):
        return {k: _norm_value(v) for k, v in sorted(value.items())}
    return value


def fact_id(fact: dict[str, Any]) -> str:
    """The same statement in two articles gets the same id."""
    args = fact["args"]
    ftype = fact_type(fact["type"])
    key = [_norm_value(args.get(r)) for r in ftype.key_roles]
    date = (fact.get("date") or "")[:7] if ftype.dated else ""
    return stable_id("fact", fact["type"], key, date)


def conflict_key(fact: dict[str, Any]) -> int | None:
    """Same subject, same measure, same date: the values should agree. The roles that name the
    figure are the schema's `conflict` roles; a measure counts by its first word. A 64-bit
    integer (schema 25; its 16 hexadecimal digits as text before, `key_number`)."""
    roles = fact_type(fact["type"]).conflict
    args = fact["args"]
    if not roles or not args.get("subject") or not fact.get("date"):
        return None
    what: list[Any] = []
    for role in roles:
        value = args.get(role)
        if role == "measure":
            text = value if isinstance(value, str) else " ".join(value or [])
            what.append(norm_name(text).split()[:1])
        elif role == "subject":
            what.append(norm_name(str(value)))
        else:
            what.append(value)
    return key_number(stable_id("conflict", fact["type"], *what, fact.get("date")))


def key_number(key: str) -> int:
    """A key of 16 hexadecimal digits as a signed 64-bit integer, in the same order: the
    digits' number less 2^63 (PostgreSQL's and SQLite's integers are signed)."""
    return int(key, 16) - (1 << 63)


def args_text(args: dict[str, Any]) -> str:
    """A fact's arguments as the store keeps them: JSON, keys sorted, no spaces (schema 25)."""
    return _COMPACT_JSON.encode(args)


def sentence_span(text: str, evidence: dict[str, Any]) -> tuple[int, int]:
    """Where the sentence stating a piece of evidence is in the document's text: it holds the
    evidence's words; without one, the words stand for it. The store keeps offsets, not text
    (the view `evidence` slices the document's text)."""
    start, end = evidence["start"], evidence["end"]
    sentence = evidence.get("sentence") or ""
    at = text.find(sentence, max(0, start - len(sentence)), end + len(sentence)) if sentence else -1
    if at < 0 or at > start or at + len(sentence) < end:
        return start, end
    return at, at + len(sentence)


def save_facts(store: Store, doc: Document, facts: list[dict[str, Any]],
               keys: dict[str, str]) -> int:
    """Store a document's facts (inside the caller's transaction), three statements for all
    of them; return how many."""
    rows, links = [], []
    # each piece of evidence (fact, start, end): its statement, links and sentence (the first's)
    spans: dict[tuple[str, int, int], tuple[tuple[Any, ...], dict[str, list[str]], tuple[int, int]]] = {}
    for fact in facts:
        fid = fact_id(fact)
        ev = fact["evidence"]
        first, last = period(fact.get("date"))
        row = (fid, fact["type"], args_text(fact["args"]), fact.get("date"), fact.get("date_precision"),
               fact.get("modality", "asserted"), float(fact.get("confidence", 0.5)),
               fact.get("rule", ""), int(fact.get("rule_version", 1)), conflict_key(fact), first, last)
        rows.append(row)
        roles: dict[str, list[str]] = {}
        for role, key in (fact.get("entities") or {}).items():
            for k in key if isinstance(key, list) else [key]:
                entity_id = keys.get(k)
                if entity_id:
                    links.append((fid, role, entity_id))
                    roles.setdefault(role, []).append(k)
        span = (fid, ev["start"], ev["end"])
        if span in spans:  # stated twice in the same words: the best statement, every link
            kept, kept_roles, sentence = spans[span]
            for role, ks in kept_roles.items():
                roles[role] = sorted({*roles.get(role, []), *ks})
            spans[span] = (min(row, kept, key=statement_rank), roles, sentence)
        else:
            spans[span] = (row, roles, sentence_span(doc.text, ev))
    number = store.query("SELECT rowid FROM documents WHERE id = ?", (doc.id,))[0][0]  # its evidence's `doc`
    before = {r[0] for r in store.query("SELECT DISTINCT fact_id FROM evidence_spans WHERE doc = ?", (number,))}
    known = {r[0] for r in store.query("SELECT id FROM facts WHERE id IN (SELECT value FROM json_each(?))",
                                       (json.dumps([r[0] for r in rows]),))}
    store.execute_many(
        "INSERT OR IGNORE INTO facts (id, type, args, date, date_precision, modality, confidence,"
        " rule, rule_version, conflict_key, date_start, date_end)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", [_stored(r) for r in rows])
    added: dict[str, int | None] = {}  # each new fact's conflict key, as stored: its first statement's
    for r in rows:
        if r[0] not in known:
            added.setdefault(r[0], r[9])
    # A new value for a measure: it and the facts it contradicts count each other. The new facts
    # of this document are counted once all of them count the others (counted as each came, the
    # first would count those after it twice: counts following the order of the facts).
    for fid, key in added.items():
        if key is not None:
            store.execute("UPDATE facts SET n_conflicts = n_conflicts + 1 WHERE conflict_key = ? AND id != ?",
                          (key, fid))
    for fid, key in added.items():
        if key is not None:
            store.execute("UPDATE facts SET n_conflicts = (SELECT count(*) FROM facts f2 WHERE f2.conflict_key = ?"
                          " AND f2.id != ?) WHERE id = ?", (key, fid, fid))
    # then a better statement of a fact counted already may move it to another measure's conflicts
    bettered = _keep_the_best_statement(store, [r for r in rows if r[0] in known] + _repeated(rows, known))
    current = {r[0]: tuple(r) for r in store.query(f"SELECT {FACT_SELECT} FROM facts WHERE id IN"
                                                   " (SELECT value FROM json_each(?))",
                                                   (json.dumps(sorted({r[0] for r in rows})),))}
    evidence = [(fid, number, start, end, *sentence, statement(row, current[fid], roles))
                for (fid, start, end), (row, roles, sentence) in spans.items()]
    store.execute_many("INSERT OR IGNORE INTO evidence_spans (fact_id, doc, start, end, sentence_start,"
                       " sentence_end, statement) VALUES (?, ?, ?, ?, ?, ?, ?)", evidence)
    store.execute_many("INSERT OR IGNORE INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
                       " SELECT ?, ?, ?, f.type, f.date, f.confidence FROM facts f WHERE f.id = ?",
                       [(fid, role, entity_id, fid) for fid, role, entity_id in links])
    # the graph's edges these links add, and those of facts now dated or sure otherwise (kb/graph.py)
    relink(store, [fid for fid, _, _ in links] + bettered)
    _count_statements(store, doc, evidence, before)
    return len(facts)


FACT_COLUMNS = ("id", "type", "args", "date", "date_precision", "modality", "confidence", "rule", "rule_version",
                "conflict_key", "date_start", "date_end")
# a fact's row as read: its first and last day as `period_start` and `period_end` give them
FACT_SELECT = ", ".join((*FACT_COLUMNS[:-2], f"{period_start('facts')} AS date_start",
                         f"{period_end('facts')} AS date_end"))
PRECISION_RANK = {p: n for n, p in enumerate(PRECISIONS)}


def _stored(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """A fact's row (FACT_COLUMNS) as the store keeps it: its first and last day by
    `stored_period` (schema 27)."""
    return (*row[:-2], *stored_period(row[3], row[-2], row[-1]))


def statement_rank(row: tuple[Any, ...]) -> tuple[Any, ...]:
    """How a statement of a fact ranks among the others (lower is better): the surest, then
    the most precisely dated, then the one with the most roles filled, then by its values. A
    fact is shown as its best statement, whichever document came first: a store built from
    the same documents in any order holds the same facts."""
    values = dict(zip(FACT_COLUMNS, row, strict=True))
    args = json.loads(values["args"]) if isinstance(values["args"], str) else {}
    return (-float(values["confidence"] or 0), -PRECISION_RANK.get(values["date_precision"] or "", -1),
            -sum(1 for v in args.values() if v not in (None, "", [], {})),
            *(str(values[c]) if values[c] is not None else "" for c in FACT_COLUMNS[1:]))


def statement(row: tuple[Any, ...], current: tuple[Any, ...], roles: dict[str, list[str]]) -> str:
    """What one statement of a fact says, kept with its evidence so that the fact can be drawn
    again from the statements left when a document's are taken out (`restate`): its values
    (args, date, precision, modality, confidence, rule and its version: the rest follows from
    them), unless they are the fact's `current` row, as most are; and the document's keys of
    the entities in each role. JSON: [values, {role: [keys]}], or {role: [keys]} alone when
    the values are the fact's (schema 20; [null, {role: [keys]}] before)."""
    said = roles if tuple(row[1:]) == tuple(current[1:]) else [[json.loads(row[2]), *row[3:9]], roles]
    return _COMPACT_JSON.encode(said)


def stated(fid: str, fact_type: str, text: str, current: tuple[Any, ...]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """A statement kept by `statement`, as a fact's row (`current` when it is said to be) and
    its links."""
    said = json.loads(text)
    values, roles = (None, said) if isinstance(said, dict) else said
    if values is None:
        return tuple(current), roles
    args, date, precision, modality, confidence, rule, version = values
    fact = {"type": fact_type, "args": args, "date": date}
    return (fid, fact_type, args_text(args), date, precision, modality, confidence, rule, version, conflict_key(fact),
            *period(date)), roles


def _restated(store: Store, old: tuple[Any, ...], new: tuple[Any, ...]) -> None:
    """A fact's row was `old` and is `new`: its statements said as the row keep what they said."""
    for r in store.query("SELECT doc, start, end, statement FROM evidence_spans WHERE fact_id = ?"
                         " AND statement IS NOT NULL", (new[0],)):
        row, roles = stated(new[0], new[1], r["statement"], old)
        text = statement(row, new, roles)
        if text != r["statement"]:
            store.execute("UPDATE evidence_spans SET statement = ? WHERE fact_id = ? AND doc = ? AND start = ?"
                          " AND end = ?", (text, new[0], r["doc"], r["start"], r["end"]))


def restate(store: Store, fact_ids: list[str]) -> None:
    """Draw these facts again from the statements their evidence keeps (inside the caller's
    transaction), after some were taken out: a fact no document states any more goes; one still
    stated becomes its best statement (see `statement_rank`), linked to the entities its
    statements name, and its numbers of sources and contradicting facts, first evidence and
    newest statement follow. A fact with evidence stored before statements were kept (schema
    version 10) keeps its values and links."""
    keys: set[int] = set()
    for fid in fact_ids:
        stored = store.query(f"SELECT {FACT_SELECT} FROM facts WHERE id = ?", (fid,))
        if not stored:
            continue
        current = tuple(stored[0])
        keys.add(current[FACT_COLUMNS.index("conflict_key")])
        said = store.query("SELECT d.id AS doc_id, ev.doc, ev.statement FROM evidence_spans ev JOIN documents d"
                           " ON d.rowid = ev.doc WHERE ev.fact_id = ? ORDER BY d.id, ev.start, ev.end", (fid,))
        if not said:
            store.execute("DELETE FROM fact_entities WHERE fact_id = ?", (fid,))
            store.execute("DELETE FROM facts WHERE id = ?", (fid,))
            continue
        if any(r["statement"] is None for r in said):
            continue  # stated before statements were kept: what it holds stays
        rows, links = [], set()
        for r in said:
            row, roles = stated(fid, current[1], r["statement"], current)
            rows.append(row)
            links |= {(role, r["doc_id"], r["doc"], k) for role, ks in roles.items() for k in ks}
        best = min(rows, key=statement_rank)
        if best != current:
            keys.add(best[FACT_COLUMNS.index("conflict_key")])
            store.execute(f"UPDATE facts SET {', '.join(f'{c} = ?' for c in FACT_COLUMNS[1:])} WHERE id = ?",
                          (*_stored(best)[1:], fid))
            _restated(store, current, best)
        store.execute("DELETE FROM fact_entities WHERE fact_id = ?", (fid,))
        store.execute_many(
            "INSERT OR IGNORE INTO fact_entities (fact_id, role, entity_id, type, date, confidence)"
            " SELECT ?, ?, de.entity_id, f.type, f.date, f.confidence FROM doc_entities de, facts f"
            " WHERE de.doc = ? AND de.key = ? AND f.id = ?",
            [(fid, role, doc, k, fid) for role, _, doc, k in sorted(links)])
    marks = ",".join("?" * len(fact_ids))
    if fact_ids:
        store.execute(
            "UPDATE facts SET (n_sources, first_doc, stated) ="
            " (SELECT count(DISTINCT ev.doc), min(d.name),"
            f" max({DOC_DAY}) FROM evidence_spans ev JOIN documents d ON d.rowid = ev.doc WHERE ev.fact_id = facts.id),"
            " (first_ev_doc, first_ev_start, first_ev_end) = (SELECT ev.doc, ev.start, ev.end FROM evidence ev"
            "  WHERE ev.fact_id = facts.id ORDER BY ev.text, ev.doc_id, ev.start LIMIT 1)"
            f" WHERE id IN ({marks})", tuple(fact_ids))
    keys.discard(None)
    for key in sorted(keys):
        store.execute("UPDATE facts SET n_conflicts = (SELECT count(*) FROM facts f2 WHERE f2.conflict_key = ?"
                      " AND f2.id != facts.id) WHERE conflict_key = ?", (key, key))


def _repeated(rows: list[tuple[Any, ...]], known: set[str]) -> list[tuple[Any, ...]]:
    """The statements of a new fact after its first in this document (the first was inserted)."""
    seen: set[str] = set()
    out = []
    for row in rows:
        if row[0] in known:
            continue
        if row[0] in seen:
            out.append(row)
        seen.add(row[0])
    return out


def _keep_the_best_statement(store: Store, rows: list[tuple[Any, ...]]) -> list[str]:
    """Make each fact's row that of its best statement (see `statement_rank`), the one stored
    or one of `rows`; its links to entities carry that statement's date and confidence, and
    the counts of contradicting facts follow its conflict key. Returns the facts changed."""
    changed = []
    for row in rows:
        stored = store.query(f"SELECT {FACT_SELECT} FROM facts WHERE id = ?", (row[0],))
        if not stored or statement_rank(row) >= statement_rank(tuple(stored[0])):
            continue
        changed.append(row[0])
        _restated(store, tuple(stored[0]), tuple(row))
        fid, old_key, new_key = row[0], stored[0]["conflict_key"], row[FACT_COLUMNS.index("conflict_key")]
        store.execute(f"UPDATE facts SET {', '.join(f'{c} = ?' for c in FACT_COLUMNS[1:])} WHERE id = ?",
                      (*_stored(row)[1:], fid))
        store.execute("UPDATE fact_entities SET date = ?, confidence = ? WHERE fact_id = ?",
                      (row[FACT_COLUMNS.index("date")], row[FACT_COLUMNS.index("confidence")], fid))
        if old_key != new_key:
            if old_key is not None:
                store.execute("UPDATE facts SET n_conflicts = n_conflicts - 1 WHERE conflict_key = ? AND id != ?",
                              (old_key, fid))
            if new_key is not None:
                store.execute("UPDATE facts SET n_conflicts = n_conflicts + 1 WHERE conflict_key = ? AND id != ?",
                              (new_key, fid))
            store.execute("UPDATE facts SET n_conflicts = (SELECT count(*) FROM facts f2 WHERE f2.conflict_key = ?"
                          " AND f2.id != ?) WHERE id = ?", (new_key, fid, fid))
    return changed


def _count_statements(store: Store, doc: Document, evidence: list[tuple[Any, ...]], before: set[str]) -> None:
    """What each fact keeps of its statements: how many documents state it, its first evidence
    and document (by text and name), the day of the newest (kb/listing.py, kb/overview.py).
    `before`: the facts this document stated already."""
    row = store.query(f"SELECT {DOC_DAY}, d.rowid FROM documents d WHERE d.id = ?", (doc.id,))
    day, number = (row[0][0], row[0][1]) if row else (None, None)
    first: dict[str, tuple[str, int, int]] = {}  # the least evidence by text, then offsets
    for fid, _, start, end, *_ in evidence:
        ev = (doc.text[start:end], start, end)
        first[fid] = min(first.get(fid, ev), ev)
    # the least by text of all its evidence (in the store's order of text), then by document id
    # (a fact keeps its first evidence's document's number: its id is found by it) and offset
    least = (f"(first_ev_doc IS NULL OR (?2, ?6, ?3) < ({first_evidence('facts')},"
             " (SELECT fd.id FROM documents fd WHERE fd.rowid = facts.first_ev_doc), first_ev_start))")
    store.execute_many(
        "UPDATE facts SET n_sources = n_sources + ?1,"
        f" first_ev_doc = CASE WHEN {least} THEN ?9 ELSE first_ev_doc END,"
        f" first_ev_start = CASE WHEN {least} THEN ?3 ELSE first_ev_start END,"
        f" first_ev_end = CASE WHEN {least} THEN ?4 ELSE first_ev_end END,"
        " first_doc = CASE WHEN first_doc IS NULL OR ?5 < first_doc THEN ?5 ELSE first_doc END,"
        " stated = CASE WHEN ?7 IS NOT NULL AND (stated IS NULL OR stated < ?7) THEN ?7 ELSE stated END"
        " WHERE id = ?8", [(int(fid not in before), text, start, end, doc.name, doc.id, day, fid, number)
                           for fid, (text, start, end) in first.items()])


def period(value: str | None) -> tuple[str | None, str | None]:
    """A date value's first and last day ('2025-Q3' -> 2025-07-01, 2025-09-30), or none."""
    if not value:
        return None, None
    try:
        return date_range(value)
    except ValueError:
        return None, None


def iso_date(value: str | None) -> str | None:
    """A date value as plain ISO 8601 at the precision it holds exactly: a quarter, season
    or week is its month when it lies in one month, else its year ('2025-Q3' -> '2025',
    '2025-W10' -> '2025-03'); a decade or century gives nothing."""
    first, last = period(value)
    if value is None or first is None or last is None:
        return None
    if len(value) in (4, 7, 10) and first.startswith(value):
        return value  # already a year, a month or a day
    if first[:7] == last[:7]:
        return first[:7]
    return first[:4] if first[:4] == last[:4] else None


def conflicts(store: Store, fid: str) -> list[str]:
    """Ids of facts that give another value for the same measure, subject and date."""
    rows = store.query("SELECT conflict_key FROM facts WHERE id = ?", (fid,))
    if not rows or rows[0][0] is None:
        return []
    return [r[0] for r in store.query(
        "SELECT id FROM facts WHERE conflict_key = ? AND id != ?", (rows[0][0], fid))]


def load_args(text: str) -> dict[str, Any]:
    value = json.loads(text)
    return value if isinstance(value, dict) else {}
