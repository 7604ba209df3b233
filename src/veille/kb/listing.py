"""Listing what the knowledge base holds — documents, entities, facts — with filters, as
records. Facts page with an opaque cursor: the position after the last fact of a page in
their order (undated last, then by date, type and id), so pages never repeat or skip a fact
even while facts are added."""

from __future__ import annotations

import base64
import binascii
import json
import re
from typing import Any

from veille.errors import NotFound, VeilleError
from veille.kb.store import DOC_DAY, Store, first_evidence, period_end, period_start
from veille.models import ENTITY_TYPES, FACT_TYPES, MODALITIES, norm_name
from veille.normalize import date_range
from veille.records import DocumentInfo, EntityRef, EntitySummary, Fact, Failure, Records, Stats


class FilterError(VeilleError):
    """A filter that cannot be applied: an unknown type, a date that is not ISO, a bad cursor."""

    code = "V320"


_DATE = re.compile(r"\d{4}(-\d{2}(-\d{2})?)?")
CHUNK = 500  # ids per IN (...) list


def documents(store: Store, limit: int | None = None, offset: int = 0,
              entity_id: str | None = None) -> Records[DocumentInfo]:
    """The stored documents by name (`limit` of them after `offset`, default all), with their
    numbers of entities and facts; or those mentioning an entity, newest first (by publication
    date, else the day they were ingested)."""
    columns = ("SELECT d.id, d.name, d.lang, d.status, d.published, d.title, d.duplicate_of, d.note,"
               " (SELECT o.name FROM documents o WHERE o.id = d.duplicate_of) AS original,"
               " (SELECT count(*) FROM doc_entities de WHERE de.doc = d.rowid) AS entities,"
               " (SELECT count(DISTINCT fact_id) FROM evidence_spans ev WHERE ev.doc = d.rowid) AS facts")
    page = (-1 if limit is None else limit, offset)
    if entity_id:
        # The page's documents are chosen first, their counts then gathered for them only. An
        # entity named in a good share of the store finds them walking the documents' day
        # index newest first; another sorts its own.
        order = f"ORDER BY {DOC_DAY} DESC, d.id DESC"
        named = store.query("SELECT docs FROM entities WHERE id = ?", (entity_id,))
        stored = store.query("SELECT max(rowid) FROM documents")[0][0] or 0
        if named and limit is not None and named[0][0] ** 2 > (limit + offset) * stored:
            chosen = ("SELECT d.id FROM documents d WHERE EXISTS (SELECT 1 FROM doc_entities de"
                      f" WHERE de.doc = d.rowid AND de.entity_id = ?) {order} LIMIT ? OFFSET ?")
        else:
            chosen = ("SELECT d.id FROM documents d WHERE d.rowid IN (SELECT doc FROM doc_entities"
                      f" WHERE entity_id = ?) {order} LIMIT ? OFFSET ?")
        ids = [r[0] for r in store.query(chosen, (entity_id, *page))]
        rows = store.query(f"{columns} FROM documents d WHERE d.id IN (SELECT value FROM json_each(?)) {order}",
                           (json.dumps(ids),))
    else:
        rows = store.query(f"{columns} FROM documents d ORDER BY d.name, d.id LIMIT ? OFFSET ?", page)
    return Records(DocumentInfo(**dict(r)) for r in rows)


def failures(store: Store) -> Records[Failure]:
    """The inputs whose last ingest failed, oldest first."""
    return Records(Failure(r["source"], r["code"], r["error"], r["at"]) for r in store.failures())


def stats(store: Store) -> Stats:
    """The numbers of documents, entities, facts and failed inputs."""
    row = store.query("SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM entities),"
                      " (SELECT count(*) FROM facts), (SELECT count(*) FROM failures)")[0]
    return Stats(*map(int, row))


def entity_ref(store: Store, ref: str) -> EntityRef:
    """The entity one of whose aliases is `ref` (the oldest if several), else the entity whose
    id is `ref`; NotFound otherwise."""
    rows = store.entities_by_alias(ref) or store.query("SELECT * FROM entities WHERE id = ?", (ref,))
    if not rows:
        raise NotFound(f"no entity named '{ref}'", "Search with: veille entities --search TEXT")
    return EntityRef(rows[0]["id"], rows[0]["name"], rows[0]["type"])


def entity_ids(store: Store, name: str) -> list[str]:
    """Every entity one of whose aliases is `name`."""
    return [r["id"] for r in store.entities_by_alias(name)]


def entities(store: Store, type_: str | None = None, search: str | None = None,
             limit: int = 50, offset: int = 0) -> Records[EntitySummary]:
    """Entities by number of documents, then mentions, then name, type and id (an order of
    their own, the same on every backend); of one type, or one of whose aliases holds
    `search` (case and accents ignored)."""
    if type_ and type_ not in ENTITY_TYPES:
        raise FilterError(f"unknown type '{type_}'", f"Use one of {', '.join(ENTITY_TYPES)}")
    # Their numbers of documents and mentions are kept on the entities (kb/resolve.py): the
    # listing is the first rows of an index in that order.
    sql = "SELECT e.id, e.name, e.type, e.docs, e.mentions FROM entities e WHERE e.docs > 0"
    params: list[Any] = []
    if type_:
        sql += " AND e.type = ?"
        params.append(type_)
    if search:
        sql += " AND e.id IN (SELECT entity_id FROM aliases WHERE norm LIKE ?)"
        params.append(f"%{norm_name(search)}%")
    sql += " ORDER BY e.docs DESC, e.mentions DESC, e.name, e.type, e.id LIMIT ? OFFSET ?"
    params += [limit, offset]
    return Records(EntitySummary(r["id"], r["name"], r["type"], r["docs"], r["mentions"])
                   for r in store.query(sql, tuple(params)))


def facts(store: Store, *, min_confidence: float, type_: str | None = None,
          entity_id: str | None = None, modality: str | None = None, since: str | None = None,
          until: str | None = None, conflicts: bool = False, corroborated: bool = False,
          limit: int = 100, cursor: str | None = None) -> Records[Fact]:
    """Facts at least `min_confidence` sure, undated last, then by date, type and id, with
    filters: type, an entity they concern, modality, dated on or after `since` and on or
    before `until` (YYYY, YYYY-MM or YYYY-MM-DD: a fact dated by a period, '2025-Q3', counts
    when the whole period is within), only those another fact contradicts
    (`conflicts`) or stated by at least two documents (`corroborated`). The result's
    `next_cursor` gives the next page, None after the last."""
    check_fact_filters(type_, modality, since, until)
    # The page's facts are chosen on the facts table alone, walking an index in their order
    # (dated ones, then undated ones); their sources, evidence and conflicts are then gathered
    # for them only (not for every fact matching).
    # The facts stated twice, and those in conflict, have partial indexes in the listing's
    # order: the few they hold are walked rather than every fact of a type or period.
    hint = " INDEXED BY facts_corroborated" if corroborated else " INDEXED BY facts_conflicting" if conflicts else ""
    where, params = fact_conditions(min_confidence=min_confidence, type_=type_, entity_id=entity_id,
                                    modality=modality, since=since, until=until, conflicts=conflicts,
                                    corroborated=corroborated)
    sql = f"SELECT f.id, f.date, f.type FROM facts f{hint} WHERE {where}"
    position = _decode(cursor) if cursor else None
    rows: list[Any] = []
    if position is None or not position[0]:
        after = " AND (f.date, f.type, f.id) > (?, ?, ?)" if position else ""
        rows = store.query(f"{sql} AND f.date IS NOT NULL{after} ORDER BY f.date, f.type, f.id LIMIT ?",
                           (*params, *(position[1:] if position else []), limit + 1))
    if len(rows) <= limit and not since and not until:
        after = " AND (f.type, f.id) > (?, ?)" if position and position[0] else ""
        rows += store.query(f"{sql} AND f.date IS NULL{after} ORDER BY f.type, f.id LIMIT ?",
                            (*params, *(position[2:] if after and position else []), limit + 1 - len(rows)))
    found = facts_by_id(store, [r["id"] for r in rows[:limit]])
    page = Records(found[r["id"]] for r in rows[:limit] if r["id"] in found)
    if len(rows) > limit and page:
        last = rows[limit - 1]
        page.next_cursor = _encode([last["date"] is None, last["date"] or "", last["type"], last["id"]])
    return page


def fact_conditions(*, min_confidence: float, type_: str | None = None, entity_id: str | None = None,
                    modality: str | None = None, since: str | None = None, until: str | None = None,
                    conflicts: bool = False, corroborated: bool = False) -> tuple[str, list[Any]]:
    """The condition on `facts f` (and its parameters) that the facts listing's filters make;
    the exports select with the same. Check the filters first (`check_fact_filters`)."""
    sql = "f.confidence >= ? AND f.n_sources > 0"
    params: list[Any] = [min_confidence]
    if type_:
        sql += " AND f.type = ?"
        params.append(type_)
    if since:
        # A date whose first day is on or after `since` is written on or after it too ('2025-W10',
        # '2025-Q3' and '2025-03-04' all come after '2025-03'): the index on dates seeks there.
        sql += f" AND {period_start('f')} >= ? AND f.date >= ?"
        params += [date_range(since)[0], since]
    if until:
        sql += f" AND {period_end('f')} <= ? AND f.date < ?"
        params += [date_range(until)[1], str(int(until[:4]) + 1)]
    if modality:
        sql += " AND f.modality = ?"
        params.append(modality)
    if conflicts:  # counted as facts are stored (kb/facts.py)
        sql += " AND f.n_conflicts > 0"
    if entity_id:
        sql += " AND f.id IN (SELECT fact_id FROM fact_entities WHERE entity_id = ?)"
        params.append(entity_id)
    if corroborated:
        sql += " AND f.n_sources > 1"
    return sql, params


def facts_by_id(store: Store, ids: list[str]) -> dict[str, Fact]:
    """The facts with these ids (any confidence), as listings show them: how many documents
    state each, its first evidence and document, how many facts contradict it."""
    out: dict[str, Fact] = {}
    for i in range(0, len(ids), CHUNK):
        chunk = ids[i:i + CHUNK]
        rows = store.query(  # what each fact keeps of its statements (kb/facts.py)
            f"SELECT f.*, f.n_sources AS sources, {first_evidence('f')} AS evidence, f.first_doc AS doc,"
            " f.n_conflicts AS conflicts"
            f" FROM facts f WHERE f.id IN ({','.join('?' * len(chunk))}) AND f.n_sources > 0", tuple(chunk))
        out.update((r["id"], _fact(r)) for r in rows)
    return out


def check_fact_filters(type_: str | None, modality: str | None, since: str | None,
                       until: str | None) -> None:
    """FilterError for an unknown fact type or modality, or a date that is not ISO."""
    if type_ and type_ not in FACT_TYPES:
        raise FilterError(f"unknown fact type '{type_}'", "Use one of: " + ", ".join(FACT_TYPES))
    if modality and modality not in MODALITIES:
        raise FilterError(f"unknown modality '{modality}'", "Use one of: " + ", ".join(MODALITIES))
    for value in (since, until):
        if value and not _valid_date(value):
            raise FilterError(f"'{value}' is not a date", "Write dates as YYYY, YYYY-MM or YYYY-MM-DD")


def _valid_date(value: str) -> bool:
    if not _DATE.fullmatch(value):
        return False
    try:
        date_range(value)
    except ValueError:  # '2025-13'
        return False
    return True


def _fact(r: Any) -> Fact:
    return Fact(r["id"], r["type"], json.loads(r["args"]), r["date"], r["modality"],
                r["confidence"], r["sources"], r["conflicts"], r["doc"], r["evidence"])


def _encode(position: list[Any]) -> str:
    return base64.urlsafe_b64encode(json.dumps(position).encode()).decode().rstrip("=")


def _decode(cursor: str) -> list[Any]:
    try:
        value = json.loads(base64.urlsafe_b64decode(cursor + "=" * (-len(cursor) % 4)))
        if (isinstance(value, list) and len(value) == 4 and isinstance(value[0], bool)
                and all(isinstance(v, str) for v in value[1:])):
            return value
    except (ValueError, binascii.Error):
        pass
    raise FilterError(f"'{cursor[:40]}' is not a cursor of this listing",
                      "Pass the next_cursor of the previous page unchanged, or no cursor for the first page")
